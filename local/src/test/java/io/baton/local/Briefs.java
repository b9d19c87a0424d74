package io.baton.local;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The handoff brief as the sales owner completes it in its form (the task's variables). */
final class Briefs {

  private Briefs() {}

  /** A complete brief: promises, a champion and an economic buyer, success criteria, risks. */
  static Map<String, Object> complete() {
    Map<String, Object> brief = new HashMap<>(withoutEconomicBuyer());
    brief.put(
        "stakeholders",
        List.of(
            Map.of("name", "Cleo", "role", "champion", "contact", "cleo@acme.example"),
            Map.of("name", "Bob", "role", "economic-buyer", "contact", "bob@acme.example")));
    return brief;
  }

  /** The same brief without its economic buyer, which the brief's listener refuses. */
  static Map<String, Object> withoutEconomicBuyer() {
    return Map.of(
        "promises",
        List.of(Map.of("text", "SSO before go-live", "owner", "sam", "dueDate", "2027-01-15")),
        "stakeholders",
        List.of(Map.of("name", "Cleo", "role", "champion", "contact", "cleo@acme.example")),
        "successCriteria",
        List.of(
            Map.of("metric", "Time to onboard a team", "baseline", "14 days", "target", "3 days")),
        "risks",
        "IT security review may take long",
        "notSold",
        "No custom reporting",
        "desiredGoLiveDate",
        "2027-02-01");
  }
}
