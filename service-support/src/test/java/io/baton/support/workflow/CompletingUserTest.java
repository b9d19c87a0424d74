package io.baton.support.workflow;

import static io.baton.testsupport.ListenerJobs.completedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.Test;

class CompletingUserTest {

  @Test
  void theAssigneeTheEngineNamesCompletesTheTask() {
    assertThat(CompletingUser.of(completedBy("amy"))).hasValue("amy");
  }

  @Test
  void nobodyCompletesATaskWithoutAnAssigneeOrAJobWithoutAUserTask() {
    assertThat(CompletingUser.of(completedBy(null))).isEmpty();
    assertThat(CompletingUser.of(completedBy(" "))).isEmpty();
    assertThat(CompletingUser.of(mock(ActivatedJob.class))).isEmpty();
  }
}
