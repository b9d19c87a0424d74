package io.baton.retention.revenue.domain;

import io.baton.support.vocabulary.KebabCase;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * What the revenue figures are grouped by: a part of the customer's lineage, the account manager
 * who keeps it, its segment or the month it closed. Lead-side dimensions also have lead-service's
 * pipeline counts ({@link #leadGrouping}).
 */
public enum Dimension implements KebabCase {
  CAMPAIGN(CustomerFacts::campaign, LeadGrouping.CAMPAIGN),
  SOURCE_CHANNEL(CustomerFacts::sourceChannel, LeadGrouping.SOURCE_CHANNEL),
  LEAD_PLAY(CustomerFacts::leadPlay, LeadGrouping.PLAY),
  SALES_OWNER(CustomerFacts::salesOwner, LeadGrouping.OWNER),
  /** The account manager looking after the customer now. */
  ACCOUNT_MANAGER(CustomerFacts::accountManager, null),
  /** The segment onboarding put the customer in (else its segment now). */
  SEGMENT(CustomerFacts::segment, null),
  /** The month of the contract (close) date, {@code 2026-03}; leads by the month they came in. */
  CLOSE_MONTH(
      facts -> YearMonth.from(facts.contractDate()).toString(), LeadGrouping.RECEIVED_MONTH);

  private final Function<CustomerFacts, String> value;
  private final LeadGrouping leadGrouping;

  Dimension(Function<CustomerFacts, String> value, LeadGrouping leadGrouping) {
    this.value = value;
    this.leadGrouping = leadGrouping;
  }

  /** The customer's value of this dimension; null when it is unknown. */
  public String valueOf(CustomerFacts facts) {
    return value.apply(facts);
  }

  /** How lead-service groups its counts for this dimension; null when it has none. */
  public LeadGrouping leadGrouping() {
    return leadGrouping;
  }

  /** Whether {@code value} can be a value of this dimension (a close month is {@code yyyy-MM}). */
  public boolean accepts(String value) {
    if (this != CLOSE_MONTH) {
      return true;
    }
    try {
      YearMonth.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
