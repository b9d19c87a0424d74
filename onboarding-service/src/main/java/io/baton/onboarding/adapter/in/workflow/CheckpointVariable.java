package io.baton.onboarding.adapter.in.workflow;

import io.baton.workflows.ProcessContract.Onboarding;
import java.util.Map;

/**
 * The checkpoint a job is about: each instance of the checkpoints sub-process sees its checkpoint
 * as the variable {@code checkpoint}, an entry of the plan's {@code checkpoints}.
 */
final class CheckpointVariable {

  private CheckpointVariable() {}

  static String idOf(Map<String, Object> checkpoint) {
    return (String) checkpoint.get(Onboarding.CHECKPOINT_ID);
  }
}
