package io.baton.local.demo;

import io.baton.local.demo.DemoPlan.Brief;
import io.baton.local.demo.DemoPlan.Lead;
import io.baton.local.demo.DemoPlan.Promise;
import io.baton.local.demo.DemoPlan.Stakeholder;
import io.baton.local.demo.DemoPlan.SuccessCriterion;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/** What the people of the demo write: intents, notes, briefs, questions, evidence, reasons. */
final class Texts {

  static final List<String> DISQUALIFY_REASONS =
      List.of("no-budget", "no-need", "not-a-fit", "competitor", "no-authority", "no-budget");

  static final List<String> RETURN_QUESTIONS =
      List.of(
          "What exactly was promised about the CRM sync, and by when?",
          "Who signs off go-live on their side? The economic buyer is not reachable.",
          "The success criteria have no baseline we can measure. What do they track today?",
          "Was a custom report sold? The order form mentions one, the brief does not.",
          "Which teams roll out first? The seat count does not match the brief.");

  static final List<String> ACCEPTANCE_NOTES =
      List.of(
          "Kickoff booked for Monday",
          "Looks complete, kickoff this week",
          "Taking it on; intro call with the champion tomorrow",
          "Accepted, technical setup starts next week");

  static final List<String> BLOCKERS =
      List.of(
          "No SSO admin on their side yet",
          "Security review not signed off",
          "Data export from the old tool is incomplete",
          "Their IT freezes changes until month end");

  static final List<String> MISS_REASONS =
      List.of(
          "CRM sync slipped to next quarter",
          "Custom report is not on the roadmap",
          "Dedicated trainer was not available");

  static final List<String> TROUBLE_CAUSES =
      List.of("usage-drop", "usage-drop", "champion-left", "payment-late");

  private static final List<String> CHECKPOINT_EVIDENCE =
      List.of(
          "Kickoff held with %s",
          "SSO and data import confirmed by %s",
          "Admins and first team trained, signed off by %s",
          "Live for the first team, confirmed by %s",
          "First weekly report used in the ops review, confirmed by %s");

  private static final List<String> PROMISES =
      List.of(
          "SSO before go-live",
          "CRM sync in the first month",
          "A dedicated trainer for the rollout",
          "Custom SLA report by go-live",
          "Data migration from the old tool");

  private static final List<String> METRICS =
      List.of(
          "Time to onboard a team",
          "First response time",
          "Tickets handled per agent",
          "Weekly active users",
          "Hours spent on manual reports");

  private Texts() {}

  static String pick(RandomGenerator random, List<String> texts) {
    return texts.get(random.nextInt(texts.size()));
  }

  static String intent(RandomGenerator random, String interest) {
    return switch (interest) {
      case "demo-request" -> "Wants a demo for the support and ops teams";
      case "pricing-request" -> "Asked for pricing for " + random.nextInt(10, 120) + " seats";
      case "trial-signup" -> "Started a trial, invited " + random.nextInt(2, 12) + " colleagues";
      case "contact-request" -> "Asked to be called back about replacing their current tool";
      case "content-download" -> "Downloaded the ROI guide";
      default -> "Talked to us at the booth about onboarding handoffs";
    };
  }

  static String attemptNote(RandomGenerator random, String outcome) {
    return switch (outcome) {
      case "meeting-booked" ->
          pick(random, List.of("Discovery call booked", "Demo booked with their ops lead"));
      case "replied" -> pick(random, List.of("Replied, wants pricing", "Replied, needs SSO"));
      case "left-voicemail" -> "Left a voicemail";
      default -> "No answer";
    };
  }

  static String lossNote(String reason) {
    return switch (reason) {
      case "no-budget" -> "No budget this year";
      case "no-need" -> "Happy with their current process";
      case "not-a-fit" -> "Too small for the product";
      case "competitor" -> "Signed with a competitor";
      default -> "Not the one who decides";
    };
  }

  /** A complete brief: promises, a champion and an economic buyer, success criteria. */
  static Brief brief(
      RandomGenerator random,
      Lead lead,
      String salesOwner,
      LocalDate closeDate,
      LocalDate desiredGoLive) {
    String domain = Names.domain(lead.company());
    Names.Person buyer = Names.person(random);
    int promises = random.nextInt(1, 3);
    int first = random.nextInt(PROMISES.size());
    List<Promise> promised =
        java.util.stream.IntStream.range(0, promises)
            .mapToObj(
                i ->
                    new Promise(
                        PROMISES.get((first + i) % PROMISES.size()),
                        salesOwner,
                        closeDate.plusDays(random.nextInt(30, 91))))
            .toList();
    String metric = pick(random, METRICS);
    return new Brief(
        promised,
        List.of(
            new Stakeholder(lead.contactName(), "champion", lead.contactEmail()),
            new Stakeholder(buyer.name(), "economic-buyer", buyer.email(domain))),
        List.of(
            new SuccessCriterion(
                metric, random.nextInt(5, 30) + " today", "half of it within a quarter")),
        pick(
            random,
            List.of(
                "IT security review may take long",
                "Two teams still use spreadsheets",
                "The champion is new in the role")),
        pick(random, List.of("No custom reporting", "No on-site training", "No API add-on")),
        desiredGoLive);
  }

  static String evidence(int checkpoint, String champion) {
    return String.format(CHECKPOINT_EVIDENCE.get(checkpoint), champion);
  }

  static String savePlayReason(String cause) {
    return switch (cause) {
      case "champion-left" -> "Our champion left; the new ops lead questions the renewal";
      case "payment-late" -> "Invoice overdue and usage falling";
      default -> "Usage dropped and tickets were escalated";
    };
  }

  static String decisionNote(String outcome, String cause) {
    return switch (outcome) {
      case "churned" ->
          cause.equals("payment-late")
              ? "They could not fund the renewal"
              : "Moved to a cheaper tool";
      case "downgraded" -> "Kept the core team, dropped the other seats";
      default -> "Recovery plan agreed and usage is back";
    };
  }
}
