package io.baton.onboarding.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Builders for accepted handoffs and plan templates, for unit and integration tests alike. */
public final class PlanFixtures {

  public static final Period ONE_YEAR = Period.ofYears(1);

  private PlanFixtures() {}

  public static AcceptedHandoffBuilder anAcceptedHandoff(String dealId) {
    return new AcceptedHandoffBuilder(dealId);
  }

  /**
   * The acquisition and handoff keys of the lineage as handoff-service hands them on: a webinar
   * lead of the spring launch, first tried 42 minutes after it came in (within its SLA), accepted
   * by amy after one return with questions.
   */
  public static Lineage handoffLineage() {
    return new Lineage(
        "L-7",
        "spring-launch",
        "webinar",
        "demo-request",
        "event-follow-up",
        "standard",
        "sam",
        Instant.parse("2026-11-02T09:00:00Z"),
        Instant.parse("2026-11-02T09:42:00Z"),
        42,
        true,
        Instant.parse("2026-11-20T10:00:00Z"),
        1,
        Instant.parse("2026-11-23T15:30:00Z"),
        26.5,
        "amy",
        null,
        null,
        null,
        null);
  }

  /**
   * The smb template of application.yml: kickoff, technical setup and training in any order, then
   * go-live, then first value.
   */
  public static PlanTemplate smbTemplate() {
    return new PlanTemplate(
        "smb",
        List.of(
            new CheckpointTemplate("kickoff", "Kickoff", Duration.ofDays(3), false),
            new CheckpointTemplate(
                "technical-setup", "Technical setup", Duration.ofDays(10), false),
            new CheckpointTemplate("training", "Training", Duration.ofDays(14), false),
            new CheckpointTemplate("go-live", "Go-live", Duration.ofDays(21), true),
            new CheckpointTemplate("first-value", "First value", Duration.ofDays(30), true)));
  }

  /**
   * An accepted handoff of Acme Corp, closed on 2026-11-20 at 48,000 ARR, with no promises unless
   * added.
   */
  public static final class AcceptedHandoffBuilder {
    private final String dealId;
    private String accountManager = "amy";
    private BigDecimal arr = new BigDecimal("48000");
    private LocalDate contractDate = LocalDate.parse("2026-11-20");
    private LocalDate desiredGoLiveDate;
    private final List<AcceptedHandoff.PromiseMade> promises = new ArrayList<>();
    private Lineage lineage;

    private AcceptedHandoffBuilder(String dealId) {
      this.dealId = dealId;
    }

    public AcceptedHandoffBuilder managedBy(String accountManager) {
      this.accountManager = accountManager;
      return this;
    }

    public AcceptedHandoffBuilder withArr(long arr) {
      this.arr = BigDecimal.valueOf(arr);
      return this;
    }

    public AcceptedHandoffBuilder closedOn(LocalDate contractDate) {
      this.contractDate = contractDate;
      return this;
    }

    public AcceptedHandoffBuilder wantingGoLiveOn(LocalDate desiredGoLiveDate) {
      this.desiredGoLiveDate = desiredGoLiveDate;
      return this;
    }

    public AcceptedHandoffBuilder withPromise(String text, String owner, LocalDate dueDate) {
      promises.add(new AcceptedHandoff.PromiseMade(text, owner, dueDate));
      return this;
    }

    /** With the lineage handoff-service hands on: {@link #handoffLineage()}. */
    public AcceptedHandoffBuilder withLineage() {
      return withLineage(handoffLineage());
    }

    public AcceptedHandoffBuilder withLineage(Lineage lineage) {
      this.lineage = lineage;
      return this;
    }

    public AcceptedHandoff build() {
      return new AcceptedHandoff(
          dealId,
          "Acme Corp",
          accountManager,
          "Kickoff next week",
          arr,
          contractDate,
          desiredGoLiveDate,
          promises,
          List.of(new SuccessCriterion("Onboarding time", "14 days", "3 days")),
          11L,
          lineage);
    }
  }
}
