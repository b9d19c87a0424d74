package io.baton.engine;

import io.camunda.client.protocol.rest.JobCompletionRequest;
import io.camunda.client.protocol.rest.JobResultAdHocSubProcess;
import io.camunda.client.protocol.rest.JobResultUserTask;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.impl.record.value.job.JobResult;
import io.camunda.zeebe.protocol.impl.record.value.job.JobResultActivateElement;
import io.camunda.zeebe.protocol.impl.record.value.job.JobResultCorrections;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.value.JobResultType;
import io.camunda.zeebe.util.buffer.BufferUtil;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;

/**
 * Turns a job completion, a gRPC CompleteJob request or a REST {@code POST
 * /v2/jobs/{jobKey}/completion}, into the engine's COMPLETE command the way Camunda's gateway does:
 * variables plus the job result, so task listeners can deny or correct a user task and ad-hoc
 * sub-process jobs can activate elements. Both protocols only pick their fields; one mapping builds
 * the result, so a job result means the same over either.
 */
final class CompleteJobCommands {

  private CompleteJobCommands() {}

  static JobRecord toCommand(final CompleteJobRequest request) {
    return command(
        request.getVariables().isEmpty() ? null : msgPack(request.getVariables()),
        request.hasResult() ? toResult(request.getResult()) : null);
  }

  static JobRecord toCommand(final JobCompletionRequest request) {
    if (request == null) {
      return new JobRecord();
    }
    return command(
        RestRequests.msgPack(request.getVariables()),
        request.getResult() == null ? null : toResult(request.getResult()));
  }

  private static JobRecord command(final DirectBuffer variables, final JobResult result) {
    final JobRecord job = new JobRecord();
    if (variables != null) {
      job.setVariables(variables);
    }
    if (result != null) {
      job.setResult(result);
    }
    return job;
  }

  private static JobResult toResult(final GatewayOuterClass.JobResult grpc) {
    final JobResult result =
        result(JobResultType.from(grpc.hasType() ? grpc.getType() : null))
            .setDenied(grpc.getDenied())
            .setDeniedReason(grpc.getDeniedReason())
            .setCompletionConditionFulfilled(grpc.getIsCompletionConditionFulfilled())
            .setCancelRemainingInstances(grpc.getIsCancelRemainingInstances());
    grpc.getActivateElementsList()
        .forEach(
            element ->
                activate(
                    result,
                    element.getElementId(),
                    element.getVariables().isEmpty() ? null : msgPack(element.getVariables())));
    if (grpc.hasCorrections()) {
      final GatewayOuterClass.JobResultCorrections corrections = grpc.getCorrections();
      correct(
          result,
          new Corrections(
              corrections.hasAssignee() ? corrections.getAssignee() : null,
              corrections.hasDueDate() ? corrections.getDueDate() : null,
              corrections.hasFollowUpDate() ? corrections.getFollowUpDate() : null,
              corrections.hasCandidateUsers()
                  ? corrections.getCandidateUsers().getValuesList()
                  : null,
              corrections.hasCandidateGroups()
                  ? corrections.getCandidateGroups().getValuesList()
                  : null,
              corrections.hasPriority() ? corrections.getPriority() : null));
    }
    return result;
  }

  private static JobResult toResult(final io.camunda.client.protocol.rest.JobResult rest) {
    return switch (rest) {
      case final JobResultUserTask userTask -> {
        final JobResult result =
            result(JobResultType.USER_TASK)
                .setDenied(Boolean.TRUE.equals(userTask.getDenied()))
                .setDeniedReason(RestRequests.orEmpty(userTask.getDeniedReason()));
        final var corrections = userTask.getCorrections();
        if (corrections != null) {
          correct(
              result,
              new Corrections(
                  corrections.getAssignee(),
                  corrections.getDueDate(),
                  corrections.getFollowUpDate(),
                  corrections.getCandidateUsers(),
                  corrections.getCandidateGroups(),
                  corrections.getPriority()));
        }
        yield result;
      }
      case final JobResultAdHocSubProcess adHoc -> {
        final JobResult result =
            result(JobResultType.AD_HOC_SUB_PROCESS)
                .setCompletionConditionFulfilled(
                    Boolean.TRUE.equals(adHoc.getIsCompletionConditionFulfilled()))
                .setCancelRemainingInstances(
                    Boolean.TRUE.equals(adHoc.getIsCancelRemainingInstances()));
        if (adHoc.getActivateElements() != null) {
          adHoc
              .getActivateElements()
              .forEach(
                  element ->
                      activate(
                          result,
                          RestRequests.required(
                              element.getElementId(), "result.activateElements.elementId"),
                          RestRequests.msgPack(element.getVariables())));
        }
        yield result;
      }
      default -> throw new IllegalArgumentException("Unknown job result type: " + rest.getType());
    };
  }

  private static JobResult result(final JobResultType type) {
    return new JobResult().setType(type);
  }

  private static void activate(
      final JobResult result, final String elementId, final DirectBuffer variables) {
    final JobResultActivateElement activate =
        new JobResultActivateElement().setElementId(elementId);
    if (variables != null) {
      activate.setVariables(variables);
    }
    result.addActivateElement(activate);
  }

  /** The user-task attributes a listener corrects; null where it keeps the task's value. */
  private record Corrections(
      String assignee,
      String dueDate,
      String followUpDate,
      List<String> candidateUsers,
      List<String> candidateGroups,
      Integer priority) {}

  private static void correct(final JobResult result, final Corrections values) {
    final JobResultCorrections corrections = new JobResultCorrections();
    final List<String> corrected = new ArrayList<>();
    if (values.assignee() != null) {
      corrections.setAssignee(values.assignee());
      corrected.add(UserTaskRecord.ASSIGNEE);
    }
    if (values.dueDate() != null) {
      corrections.setDueDate(values.dueDate());
      corrected.add(UserTaskRecord.DUE_DATE);
    }
    if (values.followUpDate() != null) {
      corrections.setFollowUpDate(values.followUpDate());
      corrected.add(UserTaskRecord.FOLLOW_UP_DATE);
    }
    if (values.candidateUsers() != null) {
      corrections.setCandidateUsersList(values.candidateUsers());
      corrected.add(UserTaskRecord.CANDIDATE_USERS);
    }
    if (values.candidateGroups() != null) {
      corrections.setCandidateGroupsList(values.candidateGroups());
      corrected.add(UserTaskRecord.CANDIDATE_GROUPS);
    }
    if (values.priority() != null) {
      corrections.setPriority(values.priority());
      corrected.add(UserTaskRecord.PRIORITY);
    }
    result.setCorrections(corrections).setCorrectedAttributes(corrected);
  }

  private static DirectBuffer msgPack(final String json) {
    return BufferUtil.wrapArray(MsgPackConverter.convertToMsgPack(json));
  }
}
