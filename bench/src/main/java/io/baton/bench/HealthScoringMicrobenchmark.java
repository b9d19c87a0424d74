package io.baton.bench;

import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.HealthSubject;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the hot path of the health recompute, reassessing one customer, by how many signals the
 * customer has within the lookback. Cycles through 1,024 synthetic customers so no single
 * customer's data stays in the processor's cache. Run by {@link JmhRunner}.
 */
@State(Scope.Thread)
public class HealthScoringMicrobenchmark {

  private static final int CUSTOMERS = 1024;

  @Param({"4", "16", "64"})
  public int signals;

  private HealthScoring scoring;
  private List<HealthSubject> customers;
  private int next;

  @Setup
  public void createCustomers() {
    scoring = SyntheticCustomers.shippedScoring();
    customers = SyntheticCustomers.generate(scoring, CUSTOMERS, signals, 11);
  }

  @Benchmark
  public Optional<?> reassessOneCustomer() {
    HealthSubject customer = customers.get(next++ & (CUSTOMERS - 1));
    return scoring.reassess(
        customer.health(),
        customer.segment(),
        customer.recentSignals(),
        HealthCause.SCHEDULED_RECOMPUTE,
        null,
        SyntheticCustomers.NOW);
  }
}
