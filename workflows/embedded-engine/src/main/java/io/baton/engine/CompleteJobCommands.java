package io.baton.engine;

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
 * Turns a gRPC CompleteJob request into the engine's COMPLETE command the way Camunda's gateway
 * does: variables plus the job result, so task listeners can deny or correct a user task and
 * ad-hoc sub-process jobs can activate elements.
 */
final class CompleteJobCommands {

  private CompleteJobCommands() {}

  static JobRecord toCommand(final CompleteJobRequest request) {
    final JobRecord job = new JobRecord();
    if (!request.getVariables().isEmpty()) {
      job.setVariables(msgPack(request.getVariables()));
    }
    if (request.hasResult()) {
      job.setResult(toResult(request.getResult()));
    }
    return job;
  }

  private static JobResult toResult(final GatewayOuterClass.JobResult grpc) {
    final JobResult result =
        new JobResult()
            .setType(JobResultType.from(grpc.hasType() ? grpc.getType() : null))
            .setDenied(grpc.getDenied())
            .setDeniedReason(grpc.getDeniedReason())
            .setCompletionConditionFulfilled(grpc.getIsCompletionConditionFulfilled())
            .setCancelRemainingInstances(grpc.getIsCancelRemainingInstances());
    grpc.getActivateElementsList()
        .forEach(
            element -> {
              final JobResultActivateElement activate =
                  new JobResultActivateElement().setElementId(element.getElementId());
              if (!element.getVariables().isEmpty()) {
                activate.setVariables(msgPack(element.getVariables()));
              }
              result.addActivateElement(activate);
            });
    if (grpc.hasCorrections()) {
      addCorrections(result, grpc.getCorrections());
    }
    return result;
  }

  private static void addCorrections(
      final JobResult result, final GatewayOuterClass.JobResultCorrections grpc) {
    final JobResultCorrections corrections = new JobResultCorrections();
    final List<String> corrected = new ArrayList<>();
    if (grpc.hasAssignee()) {
      corrections.setAssignee(grpc.getAssignee());
      corrected.add(UserTaskRecord.ASSIGNEE);
    }
    if (grpc.hasDueDate()) {
      corrections.setDueDate(grpc.getDueDate());
      corrected.add(UserTaskRecord.DUE_DATE);
    }
    if (grpc.hasFollowUpDate()) {
      corrections.setFollowUpDate(grpc.getFollowUpDate());
      corrected.add(UserTaskRecord.FOLLOW_UP_DATE);
    }
    if (grpc.hasCandidateUsers()) {
      corrections.setCandidateUsersList(grpc.getCandidateUsers().getValuesList());
      corrected.add(UserTaskRecord.CANDIDATE_USERS);
    }
    if (grpc.hasCandidateGroups()) {
      corrections.setCandidateGroupsList(grpc.getCandidateGroups().getValuesList());
      corrected.add(UserTaskRecord.CANDIDATE_GROUPS);
    }
    if (grpc.hasPriority()) {
      corrections.setPriority(grpc.getPriority());
      corrected.add(UserTaskRecord.PRIORITY);
    }
    result.setCorrections(corrections).setCorrectedAttributes(corrected);
  }

  private static DirectBuffer msgPack(final String json) {
    return BufferUtil.wrapArray(MsgPackConverter.convertToMsgPack(json));
  }
}
