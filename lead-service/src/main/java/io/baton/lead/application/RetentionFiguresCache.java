package io.baton.lead.application;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * retention-service's figures per period, read in the background and never while a request waits:
 * {@link #figuresFor} answers what was read for the period, if anything, and asks for it to be read
 * (again) when it is missing or older than {@code baton.retention-figures.max-age}. One read runs
 * at a time per period; at most {@code periods} periods are kept, the least recently asked dropped
 * first. A failed read keeps what was read before.
 */
@Component
public class RetentionFiguresCache {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionFiguresCache.class);

  private final RetentionAccountability retention;
  private final Clock clock;
  private final Duration maxAge;
  private final int periods;
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final ExecutorService reader =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "retention-figures");
            thread.setDaemon(true);
            return thread;
          });

  public RetentionFiguresCache(
      RetentionAccountability retention,
      Clock clock,
      @Value("${baton.retention-figures.max-age:PT5M}") Duration maxAge,
      @Value("${baton.retention-figures.periods:32}") int periods) {
    this.retention = retention;
    this.clock = clock;
    this.maxAge = maxAge;
    this.periods = periods;
  }

  /** The figures read for the period, if any; asks for them when missing or old. */
  public Optional<RetentionFigures> figuresFor(
      RetentionFigures.Dimension dimension, LocalDate from, LocalDate to) {
    Key key = new Key(dimension, from, to);
    Instant now = clock.instant();
    Entry entry = entries.computeIfAbsent(key, k -> new Entry());
    entry.askedAt = now;
    RetentionFigures figures = entry.figures;
    boolean old = figures == null || figures.asOf().plus(maxAge).isBefore(now);
    if (old && entry.claimRead()) {
      reader.execute(() -> read(key, entry));
    }
    forgetTheLeastRecentlyAsked();
    return Optional.ofNullable(figures);
  }

  private void read(Key key, Entry entry) {
    try {
      entry.figures = retention.read(key.dimension(), key.from(), key.to());
    } catch (RuntimeException e) {
      LOG.warn("retention-service's figures for {} not read now: {}", key, e.getMessage());
    } finally {
      entry.reading = false;
    }
  }

  private void forgetTheLeastRecentlyAsked() {
    while (entries.size() > periods) {
      entries.entrySet().stream()
          .min(Comparator.comparing(e -> e.getValue().askedAt))
          .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
    }
  }

  @PreDestroy
  void stop() {
    reader.shutdownNow();
  }

  private record Key(RetentionFigures.Dimension dimension, LocalDate from, LocalDate to) {}

  private static final class Entry {
    volatile RetentionFigures figures;
    volatile Instant askedAt = Instant.MIN;
    volatile boolean reading;

    synchronized boolean claimRead() {
      if (reading) {
        return false;
      }
      reading = true;
      return true;
    }
  }
}
