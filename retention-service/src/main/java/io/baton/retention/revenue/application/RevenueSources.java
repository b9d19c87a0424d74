package io.baton.retention.revenue.application;

import io.baton.retention.revenue.domain.CustomerDetail;
import io.baton.retention.revenue.domain.CustomerFacts;
import io.baton.retention.revenue.domain.SavePlayFacts;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the revenue read model's facts come from: the customers and the save plays as stored, read
 * a few fields at a time, never whole documents.
 */
public interface RevenueSources {

  /**
   * Streams the facts of every customer stored at or after {@code since} (null: every customer).
   *
   * @return how many
   */
  long customers(Instant since, Consumer<CustomerFacts> facts);

  /**
   * Streams the facts of every save play with an outcome stored at or after {@code since} (null:
   * every one).
   *
   * @return how many
   */
  long savePlays(Instant since, Consumer<SavePlayFacts> facts);

  /** What the drill-down shows of the customers with these ids, in no particular order. */
  List<CustomerDetail> details(List<String> customerIds);
}
