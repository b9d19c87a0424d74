package io.baton.support.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.support.web.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class UnitOfWorkTest {

  private final Counters counters = new Counters();
  private final List<Counter> published = new ArrayList<>();
  private final UnitOfWork<Counter> counterWork =
      new UnitOfWork<>("Counter", counters, published::add, new UnitOfWorkProperties(3));

  @Test
  void storesAndPublishesAChangeThatChangedTheAggregate() {
    counters.add(new Counter("c-1", 0, 0));

    Changed<Counter> result = counterWork.change("c-1", counter -> counter.increment(1));

    assertThat(result.changed()).isTrue();
    assertThat(result.value().value()).isEqualTo(1);
    assertThat(counters.find("c-1").orElseThrow().version()).isEqualTo(1);
    assertThat(published).containsExactly(result.value());
  }

  @Test
  void storesNothingAndPublishesNothingWhenTheChangeWasMadeBefore() {
    counters.add(new Counter("c-1", 1, 0));

    Changed<Counter> result = counterWork.change("c-1", counter -> counter.increment(1));

    assertThat(result.changed()).isFalse();
    assertThat(counters.updates).isZero();
    assertThat(published).isEmpty();
  }

  @Test
  void appliesTheChangeAgainToTheFreshAggregateWhenSomeoneElseStoredItMeanwhile() {
    counters.add(new Counter("c-1", 0, 0));
    counters.conflicts = 2;

    Changed<Counter> result = counterWork.change("c-1", counter -> counter.increment(1));

    assertThat(result.changed()).isTrue();
    assertThat(counters.finds).isEqualTo(3);
    assertThat(published).hasSize(1);
  }

  @Test
  void throwsTheConflictOfTheLastTryAndStoresNothing() {
    counters.add(new Counter("c-1", 0, 0));
    counters.conflicts = 3;

    assertThatThrownBy(() -> counterWork.change("c-1", counter -> counter.increment(1)))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(counters.finds).isEqualTo(3);
    assertThat(counters.find("c-1").orElseThrow().value()).isZero();
    assertThat(published).isEmpty();
  }

  @Test
  void answersAnAggregateThatDoesNotExistWithNotFoundNamingItsKind() {
    assertThatThrownBy(() -> counterWork.change("c-404", counter -> counter.increment(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Counter c-404 was not found");
  }

  @Test
  void publishesTheOutboxOfANewAggregateAndNothingWhenOneLikeItExists() {
    Optional<Counter> added = counterWork.add(new Counter("c-1", 0, 0));
    Optional<Counter> again = counterWork.add(new Counter("c-1", 5, 0));

    assertThat(added).isPresent();
    assertThat(again).isEmpty();
    assertThat(published).containsExactly(added.get());
  }

  @Test
  void triesAnAttemptThatLostARaceAgainUntilItComesToAResult() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        counterWork.retry(
            "count",
            () -> {
              int attempt = attempts.incrementAndGet();
              if (attempt == 1) {
                throw new OptimisticLockingFailureException("changed meanwhile");
              }
              return attempt == 2 ? Optional.empty() : Optional.of("third");
            });

    assertThat(result).isEqualTo("third");
  }

  @Test
  void givesUpAnAttemptThatNeverComesToAResultAfterTheConfiguredTries() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                counterWork.retry(
                    "count c-1",
                    () -> {
                      attempts.incrementAndGet();
                      return Optional.empty();
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Could not count c-1 in 3 tries");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void refusesFewerThanOneTry() {
    assertThatThrownBy(() -> new UnitOfWorkProperties(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** An aggregate that counts up to a target; incrementing past it changes nothing. */
  private static final class Counter {
    private final String id;
    private int value;
    private final long version;

    Counter(String id, int value, long version) {
      this.id = id;
      this.value = value;
      this.version = version;
    }

    boolean increment(int target) {
      if (value >= target) {
        return false;
      }
      value++;
      return true;
    }

    int value() {
      return value;
    }

    long version() {
      return version;
    }
  }

  /**
   * Counters in a map, versioned; the next {@code conflicts} updates find them changed meanwhile.
   */
  private static final class Counters implements AggregateStore<Counter> {
    private final Map<String, Counter> stored = new HashMap<>();
    private int conflicts;
    private int finds;
    private int updates;

    @Override
    public Optional<Counter> find(String id) {
      finds++;
      return Optional.ofNullable(stored.get(id)).map(c -> new Counter(c.id, c.value, c.version));
    }

    @Override
    public Optional<Counter> add(Counter counter) {
      if (stored.containsKey(counter.id)) {
        return Optional.empty();
      }
      stored.put(counter.id, counter);
      return Optional.of(counter);
    }

    @Override
    public Counter update(Counter counter) {
      if (conflicts > 0) {
        conflicts--;
        throw new OptimisticLockingFailureException("Counter " + counter.id + " changed meanwhile");
      }
      updates++;
      Counter next = new Counter(counter.id, counter.value, counter.version + 1);
      stored.put(counter.id, next);
      return next;
    }
  }
}
