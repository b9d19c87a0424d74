package io.baton.engine;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob.JobKind;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UserTaskProperties;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Gives a task listener's job its user task properties on the gRPC API, as Camunda's gateway does
 * (zeebe-process-test's gateway only passes the raw headers on). Workers read who completes a task
 * from {@code job.getUserTask().getAssignee()} against the embedded engine and against Camunda
 * alike. Applies to polled ({@code ActivateJobs}) and streamed jobs.
 */
final class ListenerJobProperties implements ServerInterceptor {

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      final ServerCall<Q, R> call, final Metadata headers, final ServerCallHandler<Q, R> next) {
    return next.startCall(
        new SimpleForwardingServerCall<>(call) {
          @Override
          @SuppressWarnings("unchecked")
          public void sendMessage(final R message) {
            super.sendMessage((R) withUserTasks(message));
          }
        },
        headers);
  }

  private static Object withUserTasks(final Object message) {
    return switch (message) {
      case final ActivateJobsResponse response ->
          response.toBuilder()
              .clearJobs()
              .addAllJobs(
                  response.getJobsList().stream().map(ListenerJobProperties::withUserTask).toList())
              .build();
      case final ActivatedJob job -> withUserTask(job);
      default -> message;
    };
  }

  private static ActivatedJob withUserTask(final ActivatedJob job) {
    return UserTaskHeaders.of(UserTaskHeaders.parse(job.getCustomHeaders()))
        .map(
            task ->
                job.toBuilder()
                    .setKind(JobKind.TASK_LISTENER)
                    .setUserTask(properties(task))
                    .build())
        .orElse(job);
  }

  private static UserTaskProperties properties(final UserTaskHeaders task) {
    final UserTaskProperties.Builder properties =
        UserTaskProperties.newBuilder()
            .setAction(task.action())
            .addAllCandidateGroups(task.candidateGroups())
            .addAllCandidateUsers(task.candidateUsers())
            .addAllChangedAttributes(task.changedAttributes())
            .setUserTaskKey(task.userTaskKey());
    if (task.assignee() != null) {
      properties.setAssignee(task.assignee());
    }
    if (task.dueDate() != null) {
      properties.setDueDate(task.dueDate());
    }
    if (task.followUpDate() != null) {
      properties.setFollowUpDate(task.followUpDate());
    }
    if (task.formKey() != null) {
      properties.setFormKey(task.formKey());
    }
    if (task.priority() != null) {
      properties.setPriority(task.priority());
    }
    return properties.build();
  }
}
