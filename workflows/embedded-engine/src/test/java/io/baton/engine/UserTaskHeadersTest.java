package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.protocol.Protocol;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserTaskHeadersTest {

  @Test
  void aListenerJobsHeadersDescribeItsUserTask() {
    final UserTaskHeaders task =
        UserTaskHeaders.of(
                Map.of(
                    Protocol.USER_TASK_KEY_HEADER_NAME, "42",
                    Protocol.USER_TASK_ACTION_HEADER_NAME, "complete",
                    Protocol.USER_TASK_ASSIGNEE_HEADER_NAME, "amy",
                    Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"account-managers\"]",
                    Protocol.USER_TASK_PRIORITY_HEADER_NAME, "60"))
            .orElseThrow();

    assertThat(task.userTaskKey()).isEqualTo(42);
    assertThat(task.action()).isEqualTo("complete");
    assertThat(task.assignee()).isEqualTo("amy");
    assertThat(task.candidateGroups()).containsExactly("account-managers");
    assertThat(task.priority()).isEqualTo(60);
  }

  @Test
  void aCreatingListenersTaskHasNoActionYetAndOtherJobsHaveNoTask() {
    assertThat(UserTaskHeaders.of(Map.of(Protocol.USER_TASK_KEY_HEADER_NAME, "7")))
        .hasValueSatisfying(task -> assertThat(task.action()).isEmpty());
    assertThat(UserTaskHeaders.of(Map.of("channel", "phone"))).isEmpty();
  }
}
