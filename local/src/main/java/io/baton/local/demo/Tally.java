package io.baton.local.demo;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the demo's journeys stand, counted as they go: what the suite holds now, whether this run
 * or an earlier one put it there, and what this run added.
 */
public final class Tally {

  private final AtomicInteger leads = new AtomicInteger();
  private final AtomicInteger newLeads = new AtomicInteger();
  private final AtomicInteger deals = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger customers = new AtomicInteger();
  private final AtomicInteger savePlays = new AtomicInteger();
  private final AtomicInteger churned = new AtomicInteger();
  private final AtomicInteger newSignals = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  void lead(boolean created) {
    leads.incrementAndGet();
    if (created) {
      newLeads.incrementAndGet();
    }
  }

  void deal() {
    deals.incrementAndGet();
  }

  void accepted() {
    accepted.incrementAndGet();
  }

  void customer() {
    customers.incrementAndGet();
  }

  void savePlay() {
    savePlays.incrementAndGet();
  }

  void churned() {
    churned.incrementAndGet();
  }

  void signal() {
    newSignals.incrementAndGet();
  }

  void failed() {
    failed.incrementAndGet();
  }

  /** The counts so far, for a progress line or the summary. */
  Counts counts() {
    return new Counts(
        leads.get(),
        newLeads.get(),
        deals.get(),
        accepted.get(),
        customers.get(),
        savePlays.get(),
        churned.get(),
        newSignals.get(),
        failed.get());
  }

  /**
   * Leads in the suite (and how many this run added), deals won, handoffs accepted, customers
   * handed over to retention, save plays, churned customers, signals this run added, journeys that
   * failed.
   */
  public record Counts(
      int leads,
      int newLeads,
      int deals,
      int accepted,
      int customers,
      int savePlays,
      int churned,
      int newSignals,
      int failed) {}
}
