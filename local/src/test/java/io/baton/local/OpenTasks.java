package io.baton.local;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;

/** The end-to-end tests' view of the engine's open user tasks. */
final class OpenTasks {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private OpenTasks() {}

  /** Waits until the process instance has exactly one open task at the element, and returns it. */
  static UserTask awaitOne(CamundaClient client, long processInstanceKey, String elementId) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(filter -> filter.processInstanceKey(processInstanceKey).elementId(elementId).state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            tasks -> tasks.size() == 1)
        .getFirst();
  }
}
