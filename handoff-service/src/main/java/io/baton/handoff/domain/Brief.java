package io.baton.handoff.domain;

import io.baton.workflows.ProcessContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sales owner's handoff brief: what was promised, to whom, how success is measured, what could
 * go wrong and what was not sold. A handoff cannot be completed while items are missing.
 */
public record Brief(
    List<Promise> promises,
    List<Stakeholder> stakeholders,
    List<SuccessCriterion> successCriteria,
    String risks,
    String notSold,
    LocalDate desiredGoLiveDate) {

  public static final String CHAMPION = ProcessContract.Handoff.ROLE_CHAMPION;
  public static final String ECONOMIC_BUYER = ProcessContract.Handoff.ROLE_ECONOMIC_BUYER;

  public Brief {
    promises = promises == null ? List.of() : List.copyOf(promises);
    stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
    successCriteria = successCriteria == null ? List.of() : List.copyOf(successCriteria);
  }

  public static Brief empty() {
    return new Brief(List.of(), List.of(), List.of(), null, null, null);
  }

  /** What the brief still lacks before a handoff may be completed; empty when it is complete. */
  public List<MissingItem> missingItems() {
    List<MissingItem> missing = new ArrayList<>();
    if (promises.stream().noneMatch(Promise::isComplete)) {
      missing.add(
          new MissingItem(
              ProcessContract.Handoff.PROMISES,
              "at least one promise with its owner and due date"));
    }
    if (stakeholders.stream().noneMatch(s -> s.hasRole(ECONOMIC_BUYER))) {
      missing.add(
          new MissingItem(
              ProcessContract.Handoff.STAKEHOLDERS,
              "the economic buyer (a stakeholder with role economic-buyer)"));
    }
    if (stakeholders.stream().noneMatch(s -> s.hasRole(CHAMPION))) {
      missing.add(
          new MissingItem(
              ProcessContract.Handoff.STAKEHOLDERS,
              "the champion (a stakeholder with role champion)"));
    }
    if (successCriteria.stream().noneMatch(SuccessCriterion::hasBaseline)) {
      missing.add(
          new MissingItem(
              ProcessContract.Handoff.SUCCESS_CRITERIA,
              "at least one success criterion with its metric and baseline"));
    }
    return List.copyOf(missing);
  }

  /** Something promised to the customer, who delivers it and by when. */
  public record Promise(String text, String owner, LocalDate dueDate) {
    boolean isComplete() {
      return present(text) && present(owner) && dueDate != null;
    }
  }

  /** Someone on the customer's side who matters to the outcome. */
  public record Stakeholder(String name, String role, String contact) {
    boolean hasRole(String wanted) {
      return present(name) && wanted.equals(role);
    }
  }

  /** How the customer will measure success: where they start and where they want to be. */
  public record SuccessCriterion(String metric, String baseline, String target) {
    boolean hasBaseline() {
      return present(metric) && present(baseline);
    }
  }

  /** One thing the brief lacks, and which part of the brief it belongs to. */
  public record MissingItem(String field, String description) {}

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
