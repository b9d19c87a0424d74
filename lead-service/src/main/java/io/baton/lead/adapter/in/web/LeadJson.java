package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.lead.domain.Assignment;
import io.baton.lead.domain.AssignmentReason;
import io.baton.lead.domain.Attempt;
import io.baton.lead.domain.AttemptChannel;
import io.baton.lead.domain.AttemptOutcome;
import io.baton.lead.domain.Company;
import io.baton.lead.domain.Contact;
import io.baton.lead.domain.ConvertedDeal;
import io.baton.lead.domain.Escalation;
import io.baton.lead.domain.EscalationStage;
import io.baton.lead.domain.LossReason;
import io.baton.lead.domain.Outcome;
import io.baton.lead.domain.OutcomeType;
import io.baton.lead.domain.PlayDecision;
import io.baton.lead.domain.Source;
import io.baton.lead.domain.SourceChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The parts of a lead as the API shows them: every key always present, null when unknown. */
final class LeadJson {

  private LeadJson() {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CompanyJson(String name, Integer size) {
    static CompanyJson of(Company company) {
      return new CompanyJson(company.name(), company.size());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ContactJson(String name, String email, String phone, String title) {
    static ContactJson of(Contact contact) {
      return new ContactJson(contact.name(), contact.email(), contact.phone(), contact.title());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SourceJson(SourceChannel channel, String campaign) {
    static SourceJson of(Source source) {
      return new SourceJson(source.channel(), source.campaign());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AttemptJson(AttemptChannel channel, AttemptOutcome outcome, String notes, Instant at) {
    static AttemptJson of(Attempt attempt) {
      return new AttemptJson(attempt.channel(), attempt.outcome(), attempt.notes(), attempt.at());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record PlayJson(
      String name,
      String slaTier,
      String talkTrack,
      String nextStep,
      String reason,
      String decisionId,
      Map<String, Object> inputs,
      Instant decidedAt) {
    static PlayJson of(PlayDecision play) {
      return play == null
          ? null
          : new PlayJson(
              play.playName(),
              play.slaTier(),
              play.talkTrack(),
              play.nextStep(),
              play.reason(),
              play.decisionId(),
              play.inputs(),
              play.decidedAt());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AssignmentJson(String owner, String team, AssignmentReason reason, Instant at) {
    static AssignmentJson of(Assignment assignment) {
      return new AssignmentJson(
          assignment.owner(), assignment.team(), assignment.reason(), assignment.at());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record EscalationJson(EscalationStage stage, Instant at, String note) {
    static EscalationJson of(Escalation escalation) {
      return new EscalationJson(escalation.stage(), escalation.at(), escalation.note());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record DealJson(
      String dealId, BigDecimal arr, LocalDate closeDate, String customerName, String salesOwner) {
    static DealJson of(ConvertedDeal deal) {
      return deal == null
          ? null
          : new DealJson(
              deal.dealId(), deal.arr(), deal.closeDate(), deal.customerName(), deal.salesOwner());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record OutcomeJson(
      OutcomeType outcome,
      LossReason reason,
      String notes,
      DealJson deal,
      String recordedBy,
      Instant at) {
    static OutcomeJson of(Outcome outcome) {
      return outcome == null
          ? null
          : new OutcomeJson(
              outcome.type(),
              outcome.reason(),
              outcome.notes(),
              DealJson.of(outcome.deal()),
              outcome.recordedBy(),
              outcome.at());
    }
  }
}
