package io.baton.bench;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.baton.retention.customer.adapter.out.mongo.CustomerDocument;
import io.baton.retention.customer.domain.ArrChangeCause;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerProfile;
import io.baton.retention.customer.domain.Handover;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.adapter.out.mongo.SignalDocument;
import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalType;
import io.baton.retention.revenue.domain.RevenuePeriod;
import io.baton.retention.saveplay.adapter.out.mongo.InterventionDocument;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.OutcomeReport;
import io.baton.retention.saveplay.domain.PlayDecision;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.shared.adapter.out.mongo.MongoConfiguration;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import io.baton.support.vocabulary.KebabCase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Retention-service's database filled with synthetic customers, their signals and their ended save
 * plays, for the revenue answers over HTTP. Seeding is setup, not a test of the API: posting a
 * million signals one by one would take hours and measure the signal endpoint, not the answers. So
 * it writes in bulk straight into the database (the driver's insertMany, a batch of customers with
 * their signals and save plays at a time), with retention's own document classes ({@link
 * CustomerDocument}, {@link SignalDocument}, {@link InterventionDocument}) and conversions ({@link
 * MongoConfiguration}) through a {@link MongoTemplate}, as retention writes them: the documents are
 * those retention stores.
 *
 * <p>Each customer lives its life through retention's domain, in the order things happen: it is
 * registered at its close with its lineage ({@link RevenueBenchmark#lineage}: the in-process
 * benchmark's campaigns, channels, plays, owners and segments), handed over after first value
 * unless it closed in the last 60 days, takes each of its signals into its health when it came (the
 * signals spread over its life since the close, of the types {@link SyntheticCustomers} reports),
 * may be renewed a year after its close with a 10 % uplift (one in twelve of those closed more than
 * a year ago), and may have had a save play that ended saved, downgraded to 70 % or churned (one in
 * six of those closed more than 100 days ago, about one in seven of all). Its pending save plays
 * are handed over and its health assessed by an hourly recompute, as retention would have done. So
 * health, health history, recent signals, ARR changes, lifecycle and the documents' sizes are what
 * retention makes of such customers. Stored signals are marked applied; the save plays' outbox
 * messages published.
 */
final class RevenueSeed {

  /** Customers (with their signals and save plays) per round of bulk writes. */
  static final int BATCH = 500;

  private static final long SEED = 13;
  private static final int ONBOARDING_DAYS = 60;
  private static final int SAVE_PLAY_AFTER_DAYS = 100;
  private static final int SAVE_PLAY_DAYS = 14;
  private static final String PLAY = "executive-business-review";

  private final HealthScoring scoring = SyntheticCustomers.shippedScoring();
  private final Random random = new Random(SEED);
  private final Instant now;
  private final LocalDate today;
  private final RevenuePeriod period;
  private final Instant latest;

  private RevenueSeed(Instant now) {
    this.now = now.truncatedTo(ChronoUnit.MILLIS);
    this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    this.period = RevenuePeriod.of(null, null, today);
    this.latest = this.now.minus(Duration.ofMinutes(5));
  }

  /**
   * Writes {@code customers} customers, {@code signals} signals spread evenly over them, and their
   * ended save plays into the database at {@code mongoUri}, as of {@code now}.
   */
  static Seeded seed(String mongoUri, int customers, int signals, Instant now) {
    RevenueSeed seed = new RevenueSeed(now);
    try (MongoClient client = MongoClients.create(mongoUri)) {
      return seed.write(
          template(client, new ConnectionString(mongoUri).getDatabase()), customers, signals);
    }
  }

  /** A template converting as retention's does (its {@link MongoConfiguration}). */
  static MongoTemplate template(MongoClient client, String database) {
    MongoCustomConversions conversions = new MongoConfiguration().mongoCustomConversions();
    MongoMappingContext context = new MongoMappingContext();
    context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
    context.afterPropertiesSet();
    MappingMongoConverter converter =
        new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
    converter.setCustomConversions(conversions);
    converter.afterPropertiesSet();
    return new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, database), converter);
  }

  private Seeded write(MongoTemplate mongo, int customers, int signals) {
    Tally tally = new Tally();
    long started = System.nanoTime();
    for (int first = 0; first < customers; first += BATCH) {
      List<CustomerDocument> customerDocuments = new ArrayList<>(BATCH);
      List<SignalDocument> signalDocuments = new ArrayList<>();
      List<InterventionDocument> savePlayDocuments = new ArrayList<>();
      for (int index = first; index < Math.min(first + BATCH, customers); index++) {
        int signalsOfCustomer = signals / customers + (index < signals % customers ? 1 : 0);
        live(
            index, signalsOfCustomer, tally, customerDocuments, signalDocuments, savePlayDocuments);
      }
      long written = System.nanoTime();
      mongo.insert(customerDocuments, CustomerDocument.class);
      tally.customerNanos += System.nanoTime() - written;
      written = System.nanoTime();
      mongo.insert(signalDocuments, SignalDocument.class);
      tally.signalNanos += System.nanoTime() - written;
      written = System.nanoTime();
      mongo.insert(savePlayDocuments, InterventionDocument.class);
      tally.savePlayNanos += System.nanoTime() - written;
    }
    return tally.seeded(Duration.ofNanos(System.nanoTime() - started));
  }

  /** One customer's life, its documents added to those of the batch. */
  private void live(
      int index,
      int signalCount,
      Tally tally,
      List<CustomerDocument> customers,
      List<SignalDocument> signals,
      List<InterventionDocument> savePlays) {
    String customerId = RevenueBenchmark.customerId(index);
    LocalDate close = today.minusDays(random.nextInt(RevenueBenchmark.CLOSE_DAYS));
    Instant closedAt = min(close.atTime(10, 0).toInstant(ZoneOffset.UTC), latest.minusSeconds(60));
    Lifecycle stage =
        close.isAfter(today.minusDays(ONBOARDING_DAYS)) ? Lifecycle.ONBOARDING : Lifecycle.ACTIVE;
    Lineage lineage = RevenueBenchmark.lineage(random, index, now, stage);
    String accountManager = "am-" + (1 + random.nextInt(RevenueBenchmark.ACCOUNT_MANAGERS));
    CustomerProfile profile =
        new CustomerProfile(
            "Customer " + index,
            KebabCase.fromCode(Segment.class, lineage.segment()).orElseThrow(),
            accountManager,
            BigDecimal.valueOf(5_000 + random.nextInt(195_000)),
            close,
            null);
    Customer customer = Customer.register(customerId, profile, scoring, closedAt);
    customer.recordLineage(lineage, closedAt);

    List<Event> events = new ArrayList<>();
    if (stage == Lifecycle.ACTIVE) {
      Instant handedOverAt =
          closedAt.plus(Duration.ofDays(Math.min(lineage.daysToValue(), ONBOARDING_DAYS)));
      events.add(
          new Event(
              handedOverAt,
              () ->
                  customer.handOver(
                      new Handover(
                          handedOverAt, lineage.daysToValue(), List.of(), List.of(), handedOverAt),
                      scoring,
                      handedOverAt)));
    }
    long lifeMillis = Duration.between(closedAt, latest).toMillis();
    for (int number = 1; number <= signalCount; number++) {
      Instant occurredAt = closedAt.plusMillis((long) (random.nextDouble() * lifeMillis));
      Instant receivedAt = occurredAt.plusMillis(500 + random.nextInt(60_000));
      SignalType type = SyntheticCustomers.type(random);
      Signal signal =
          Signal.reported(
              customerId + "-signal-" + number,
              customerId,
              type,
              occurredAt,
              SyntheticCustomers.valueOf(type, random),
              SyntheticCustomers.detailsOf(type, number, random),
              receivedAt);
      signals.add(
          new SignalDocument(
              signal.signalId(),
              customerId,
              type,
              occurredAt,
              signal.value(),
              signal.details(),
              receivedAt,
              receivedAt.plusMillis(40)));
      events.add(new Event(receivedAt, () -> customer.recordSignal(signal, scoring, receivedAt)));
    }
    LocalDate renewal = close.plusYears(1);
    if (!renewal.isAfter(today.minusDays(1)) && random.nextInt(12) == 0) {
      Instant renewedAt = min(renewal.atTime(12, 0).toInstant(ZoneOffset.UTC), latest);
      events.add(new Event(renewedAt, () -> renew(customer, renewedAt, tally)));
    }
    long daysSinceClose = ChronoUnit.DAYS.between(close, today);
    if (daysSinceClose > SAVE_PLAY_AFTER_DAYS && random.nextInt(6) == 0) {
      int earliest = ONBOARDING_DAYS + SAVE_PLAY_DAYS + 1;
      Instant endedAt =
          closedAt.plus(
              Duration.ofDays(earliest + random.nextInt((int) daysSinceClose - earliest)));
      Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
      Instant startedAt = endedAt.minus(Duration.ofDays(SAVE_PLAY_DAYS));
      List<Intervention> running = new ArrayList<>(1);
      events.add(new Event(startedAt, () -> running.add(startSavePlay(customer, startedAt))));
      events.add(
          new Event(
              endedAt,
              () ->
                  savePlays.add(
                      endSavePlay(running.getFirst(), customer, outcome, endedAt, tally))));
    }
    events.sort(Comparator.comparing(Event::at));
    events.forEach(event -> event.happen().run());

    customer.pendingSavePlays().stream()
        .map(SavePlayTrigger::triggerId)
        .toList()
        .forEach(customer::savePlayHandled);
    customer.reassess(scoring, HealthCause.SCHEDULED_RECOMPUTE, null, now.minusSeconds(1_800));
    customers.add(CustomerDocument.of(customer));
    tally.count(customer, period.contains(close), signalCount);
  }

  /** The renewal moved on a year with a 10 % uplift, unless the customer churned before it. */
  private void renew(Customer customer, Instant at, Tally tally) {
    if (customer.lifecycle() == Lifecycle.CHURNED) {
      return;
    }
    CustomerProfile before = customer.profile();
    customer.changeProfile(
        new CustomerProfile(
            before.customerName(),
            before.segment(),
            before.accountManager(),
            before.arr().multiply(new BigDecimal("1.1")),
            before.contractDate(),
            before.renewalDate().plusYears(1)),
        scoring,
        at);
    tally.arrChanges.merge(ArrChangeCause.RENEWED, 1, Integer::sum);
  }

  /** A save play asked for as the customer's health turned red, worked by its account manager. */
  private Intervention startSavePlay(Customer customer, Instant startedAt) {
    String worker = customer.profile().accountManager();
    SavePlayTrigger trigger = SavePlayTrigger.healthRed(customer.customerId(), startedAt);
    Intervention started =
        Intervention.start(
            "sp-" + customer.customerId(),
            customer,
            trigger,
            customer.riskReasons(trigger.source(), scoring, startedAt),
            "seed-" + customer.customerId(),
            startedAt);
    started.decide(
        new PlayDecision(PLAY, "Executive business review", worker, Map.of(), startedAt));
    started.recordWorker(worker);
    return started;
  }

  /**
   * The save play's outcome recorded and applied to the customer; the intervention as stored, its
   * message published a second after it was asked for.
   */
  private InterventionDocument endSavePlay(
      Intervention started, Customer customer, Outcome outcome, Instant endedAt, Tally tally) {
    BigDecimal arrBefore = customer.profile().arr();
    BigDecimal arrAfter =
        outcome == Outcome.DOWNGRADED ? arrBefore.multiply(new BigDecimal("0.7")) : null;
    started.recordOutcome(
        new OutcomeReport(outcome, arrAfter, started.snapshot().workedBy(), null, null),
        arrBefore,
        endedAt);
    customer.applyOutcome(started.interventionId(), started.outcome(), scoring, endedAt);
    tally.savePlays.merge(outcome, 1, Integer::sum);
    if (outcome != Outcome.SAVED) {
      tally.arrChanges.merge(
          outcome == Outcome.CHURNED ? ArrChangeCause.CHURNED : ArrChangeCause.DOWNGRADED,
          1,
          Integer::sum);
    }
    Intervention.Snapshot s = started.snapshot();
    Intervention published =
        Intervention.restore(
            new Intervention.Snapshot(
                s.interventionId(),
                s.customerId(),
                s.customerName(),
                s.segment(),
                s.arrAtStart(),
                s.healthScore(),
                s.band(),
                s.renewalDate(),
                s.status(),
                s.riskReasons(),
                s.triggers(),
                s.decision(),
                s.escalations(),
                s.workedBy(),
                s.outcome(),
                s.startedAt(),
                s.closedAt(),
                s.outbox().stream()
                    .map(
                        message ->
                            new OutboxMessage(
                                message.messageId(),
                                message.messageName(),
                                message.correlationKey(),
                                message.variables(),
                                message.createdAt(),
                                message.createdAt().plusSeconds(1)))
                    .toList(),
                s.notifications().stream()
                    .map(
                        notification ->
                            new Notification(
                                notification.eventId(),
                                notification.eventType(),
                                notification.recipients(),
                                notification.subject(),
                                notification.link(),
                                notification.createdAt(),
                                notification.createdAt().plusSeconds(1)))
                    .toList(),
                s.version()));
    return InterventionDocument.of(published, endedAt);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Something that happens to a customer at a moment of its life. */
  private record Event(Instant at, Runnable happen) {}

  /** What was written, counted as it is written. */
  private final class Tally {

    private int customers;
    private int inPeriod;
    private long signals;
    private final Map<Band, Integer> bands = new EnumMap<>(Band.class);
    private final Map<Lifecycle, Integer> lifecycles = new EnumMap<>(Lifecycle.class);
    private final Map<Outcome, Integer> savePlays = new EnumMap<>(Outcome.class);
    private final Map<ArrChangeCause, Integer> arrChanges = new EnumMap<>(ArrChangeCause.class);
    private long customerNanos;
    private long signalNanos;
    private long savePlayNanos;

    void count(Customer customer, boolean closedInPeriod, int signalCount) {
      customers++;
      inPeriod += closedInPeriod ? 1 : 0;
      signals += signalCount;
      bands.merge(customer.health().band(), 1, Integer::sum);
      lifecycles.merge(customer.lifecycle(), 1, Integer::sum);
    }

    Seeded seeded(Duration took) {
      return new Seeded(
          customers,
          inPeriod,
          signals,
          savePlays.values().stream().mapToInt(Integer::intValue).sum(),
          Map.copyOf(bands),
          Map.copyOf(lifecycles),
          Map.copyOf(savePlays),
          Map.copyOf(arrChanges),
          took,
          Duration.ofNanos(customerNanos),
          Duration.ofNanos(signalNanos),
          Duration.ofNanos(savePlayNanos),
          period);
    }
  }

  /**
   * What was seeded: the customers (and how many closed in the answers' default period), signals
   * and ended save plays; the customers' bands and lifecycles, the save plays' outcomes, the ARR
   * changes by cause; how long it all took, and of that the bulk writes of each collection
   * (conversion to BSON included).
   */
  record Seeded(
      int customers,
      int customersInPeriod,
      long signals,
      int savePlays,
      Map<Band, Integer> bands,
      Map<Lifecycle, Integer> lifecycles,
      Map<Outcome, Integer> outcomes,
      Map<ArrChangeCause, Integer> arrChanges,
      Duration took,
      Duration customerWrites,
      Duration signalWrites,
      Duration savePlayWrites,
      RevenuePeriod period) {}
}
