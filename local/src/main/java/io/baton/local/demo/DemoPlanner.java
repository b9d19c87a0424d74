package io.baton.local.demo;

import io.baton.local.demo.DemoPlan.Acceptance;
import io.baton.local.demo.DemoPlan.Attempt;
import io.baton.local.demo.DemoPlan.Blocker;
import io.baton.local.demo.DemoPlan.Brief;
import io.baton.local.demo.DemoPlan.CheckpointCompletion;
import io.baton.local.demo.DemoPlan.Deal;
import io.baton.local.demo.DemoPlan.Decision;
import io.baton.local.demo.DemoPlan.Fate;
import io.baton.local.demo.DemoPlan.Handoff;
import io.baton.local.demo.DemoPlan.Journey;
import io.baton.local.demo.DemoPlan.Lead;
import io.baton.local.demo.DemoPlan.Onboarding;
import io.baton.local.demo.DemoPlan.Outcome;
import io.baton.local.demo.DemoPlan.PromiseMiss;
import io.baton.local.demo.DemoPlan.Retention;
import io.baton.local.demo.DemoPlan.Return;
import io.baton.local.demo.DemoPlan.SavePlay;
import io.baton.local.demo.DemoPlan.Signal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Makes the demo's year from a seed: one {@code L64X128MixRandom} generator, drawn from in a fixed
 * order, decides everything, so the same seed, day and sizes make the same {@link DemoPlan}. The
 * story has the shapes a leader looks for: the discount campaign fills the pipeline with customers
 * who churn, the partner programme brings few customers who stay; a returned brief, a late first
 * value, a missed promise or a first contact outside the SLA make trouble likelier; one rep's
 * briefs come back more often; deals close all year and customers churn in every quarter.
 */
public final class DemoPlanner {

  /** How many leads the year has, and how many of them become won deals. */
  public record Sizes(int leads, int deals) {

    /** About 2,000 leads and 300 won deals: a year of a small sales team. */
    public static final Sizes DEFAULT = new Sizes(2000, 300);

    public Sizes {
      if (leads < 1 || deals < 0 || deals > leads) {
        throw new IllegalArgumentException(
            "A demo needs at least one lead and at most as many deals as leads, not "
                + leads
                + " leads and "
                + deals
                + " deals");
      }
    }
  }

  /**
   * A campaign, its source channel and the interests its leads state, and how it behaves: its share
   * of the leads, how likely a lead converts (relative), how likely a customer gets into trouble,
   * which share of troubled customers churn, and its customers' segments (smb, mid-market,
   * enterprise).
   */
  record Campaign(
      String name,
      String channel,
      List<String> interests,
      double leadShare,
      double conversion,
      double trouble,
      double churnShare,
      double[] segmentMix) {}

  /** Fills the pipeline with customers who churn. */
  static final String CHURNY_CAMPAIGN = "summer-discount-blitz";

  /** Few customers, and they stay. */
  static final String STICKY_CAMPAIGN = "partner-referral-program";

  static final List<Campaign> CAMPAIGNS =
      List.of(
          new Campaign(
              "spring-product-webinar",
              "webinar",
              List.of("demo-request", "content-download"),
              0.14,
              1.0,
              0.15,
              0.25,
              new double[] {0.45, 0.43, 0.12}),
          new Campaign(
              CHURNY_CAMPAIGN,
              "paid-search",
              List.of("pricing-request", "trial-signup"),
              0.22,
              1.5,
              0.28,
              0.5,
              new double[] {0.8, 0.2, 0.0}),
          new Campaign(
              STICKY_CAMPAIGN,
              "partner",
              List.of("demo-request"),
              0.04,
              2.6,
              0.03,
              0.1,
              new double[] {0.1, 0.5, 0.4}),
          new Campaign(
              "customer-referrals",
              "referral",
              List.of("contact-request", "demo-request"),
              0.06,
              1.8,
              0.09,
              0.2,
              new double[] {0.35, 0.45, 0.2}),
          new Campaign(
              "saas-summit-booth",
              "event",
              List.of("event-visit"),
              0.12,
              0.8,
              0.15,
              0.25,
              new double[] {0.4, 0.4, 0.2}),
          new Campaign(
              "cfo-outbound-sequence",
              "outbound",
              List.of("contact-request"),
              0.13,
              0.6,
              0.15,
              0.25,
              new double[] {0.3, 0.45, 0.25}),
          new Campaign(
              "roi-calculator-ebook",
              "web-form",
              List.of("content-download"),
              0.15,
              0.5,
              0.15,
              0.25,
              new double[] {0.55, 0.38, 0.07}),
          new Campaign(
              "free-trial-signup",
              "web-form",
              List.of("trial-signup"),
              0.14,
              1.0,
              0.18,
              0.3,
              new double[] {0.7, 0.27, 0.03}));

  static final List<String> SEGMENTS = List.of("smb", "mid-market", "enterprise");

  /**
   * The default onboarding templates' first-value offsets per segment, in days: a first value later
   * than this after acceptance is late.
   */
  static final Map<String, Integer> FIRST_VALUE_DAYS =
      Map.of("smb", 30, "mid-market", 60, "enterprise", 90);

  /** How much likelier trouble is with each predictor. */
  static final double RETURNED_BRIEF = 3.0;

  static final double LATE_FIRST_VALUE = 2.5;
  static final double MISSED_PROMISE = 2.5;
  static final double OUTSIDE_SLA = 3.0;

  /** How often a rep's brief is returned with questions. */
  static final double RETURN_RATE = 0.1;

  static final double RETURNED_REP_RATE = 0.45;

  private final long seed;
  private final Instant end;
  private final RandomGenerator random;

  private DemoPlanner(long seed, Instant end) {
    this.seed = seed;
    this.end = end;
    this.random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  /** The year that ends at the start of {@code today} (UTC), from {@code seed}. */
  public static DemoPlan plan(long seed, LocalDate today, Sizes sizes) {
    Instant end = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new DemoPlanner(seed, end).year(today, sizes);
  }

  /** The lead's external id: the demo's seed and the lead's number. */
  static String externalId(long seed, int index) {
    return String.format(Locale.ROOT, "demo-%d-lead-%04d", seed, index);
  }

  /** The won deal's id, which is also the customer's. */
  static String dealId(long seed, int index) {
    return String.format(Locale.ROOT, "demo-%d-deal-%04d", seed, index);
  }

  private DemoPlan year(LocalDate today, Sizes sizes) {
    List<String> companies = Names.companies(random, sizes.leads());
    List<Campaign> campaigns = new ArrayList<>();
    for (int i = 0; i < sizes.leads(); i++) {
      campaigns.add(pick(CAMPAIGNS, Campaign::leadShare));
    }
    Set<Integer> converted = converted(campaigns, sizes.deals());
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < sizes.leads(); i++) {
      drafts.add(draft(i, companies.get(i), campaigns.get(i), converted.contains(i)));
    }
    troubles(drafts);
    List<Journey> journeys = new ArrayList<>();
    for (Draft draft : drafts) {
      journeys.add(journey(draft));
    }
    return new DemoPlan(seed, today, end, List.copyOf(journeys));
  }

  /**
   * Which leads convert: exactly {@code deals} of them, drawn without replacement with their
   * campaign's conversion as weight.
   */
  private Set<Integer> converted(List<Campaign> campaigns, int deals) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < campaigns.size(); i++) {
      indexes.add(i);
    }
    return new HashSet<>(weightedSample(indexes, i -> campaigns.get(i).conversion(), deals));
  }

  /**
   * {@code count} of {@code items} drawn without replacement, each with its weight: every item is
   * keyed by u^(1/w) and the highest keys win (Efraimidis and Spirakis).
   */
  private <T> List<T> weightedSample(List<T> items, ToDoubleFunction<T> weight, int count) {
    List<Map.Entry<Double, T>> keyed = new ArrayList<>();
    for (T item : items) {
      keyed.add(Map.entry(Math.pow(random.nextDouble(), 1 / weight.applyAsDouble(item)), item));
    }
    keyed.sort(Map.Entry.<Double, T>comparingByKey().reversed());
    return keyed.stream().limit(count).map(Map.Entry::getValue).toList();
  }

  /** A lead, and for a converted one its deal as far as handoff and onboarding got by the end. */
  private Draft draft(int index, String company, Campaign campaign, boolean converts) {
    String segment = pick(SEGMENTS, s -> campaign.segmentMix()[SEGMENTS.indexOf(s)]);
    String interest = campaign.interests().get(random.nextInt(campaign.interests().size()));
    boolean outsideSla = random.nextDouble() < 0.25;
    LocalDate lastDay = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
    LocalDate closeDate = converts ? lastDay.minusDays(random.nextInt(0, 358)) : null;
    Instant receivedAt =
        converts
            ? businessHours(closeDate.minusDays(random.nextInt(14, 61)))
            : businessHours(lastDay.minusDays(random.nextInt(0, 365)));
    if (!receivedAt.isBefore(end)) {
      receivedAt = end.minus(Duration.ofMinutes(random.nextInt(30, 600)));
    }
    Names.Person contact = Names.person(random);
    Lead lead =
        new Lead(
            externalId(seed, index),
            company,
            companySize(segment),
            contact.name(),
            contact.email(Names.domain(company)),
            Names.title(random),
            campaign.channel(),
            campaign.name(),
            interest,
            Texts.intent(random, interest),
            receivedAt,
            outsideSla);
    Draft draft = new Draft(index, campaign, segment, lead);
    if (converts) {
      draft.attempts = attempts(receivedAt, outsideSla, true);
      draft.outcome = new Outcome(Fate.CONVERTED, null, "Signed the order form");
      deal(draft, closeDate);
    } else {
      lead(draft);
    }
    return draft;
  }

  /** A lead that does not convert: tried or not yet, and how it ended so far. */
  private void lead(Draft draft) {
    Instant receivedAt = draft.lead.receivedAt();
    Duration age = Duration.between(receivedAt, end);
    if (age.compareTo(Duration.ofHours(36)) < 0 && random.nextDouble() < 0.4) {
      draft.attempts = List.of();
      draft.outcome = new Outcome(Fate.UNWORKED, null, null);
      return;
    }
    boolean contacted = random.nextDouble() < 0.75;
    List<Attempt> attempts = attempts(receivedAt, draft.lead.firstContactOutsideSla(), contacted);
    Instant decided = attempts.getLast().at().plus(hours(1, 30));
    Outcome outcome;
    if (!contacted) {
      outcome = new Outcome(Fate.NURTURE, "unreachable", "Tried three times without an answer");
    } else if (age.compareTo(Duration.ofDays(45)) < 0 && random.nextDouble() < 0.3) {
      outcome = new Outcome(Fate.QUALIFIED, null, "Opportunity opened");
    } else if (random.nextDouble() < 0.7) {
      String reason = Texts.pick(random, Texts.DISQUALIFY_REASONS);
      outcome = new Outcome(Fate.DISQUALIFIED, reason, Texts.lossNote(reason));
    } else {
      outcome = new Outcome(Fate.NURTURE, "bad-timing", "Budget opens next fiscal year");
    }
    List<Attempt> happened = attempts.stream().filter(a -> a.at().isBefore(end)).toList();
    draft.attempts = happened;
    if (happened.isEmpty()) {
      draft.outcome = new Outcome(Fate.UNWORKED, null, null);
    } else if (happened.size() < attempts.size() || !decided.isBefore(end)) {
      draft.outcome = new Outcome(Fate.WORKING, null, null);
    } else {
      draft.outcome = outcome;
    }
  }

  /**
   * The owner's attempts: the first within minutes of the lead coming in, or hours late; then one a
   * day or so. Reaching the lead ends them (a meeting booked or a reply); otherwise three tries.
   */
  private List<Attempt> attempts(Instant receivedAt, boolean late, boolean reached) {
    int count = reached ? random.nextInt(1, 4) : 3;
    List<Attempt> attempts = new ArrayList<>();
    Instant at =
        receivedAt.plus(
            late
                ? Duration.ofMinutes(random.nextInt(5 * 60, 20 * 60))
                : Duration.ofSeconds(random.nextInt(60, 240)));
    for (int i = 0; i < count; i++) {
      boolean last = i == count - 1;
      String channel = i == 0 ? "call" : Texts.pick(random, List.of("call", "email", "linkedin"));
      String outcome;
      if (last && reached) {
        outcome = random.nextDouble() < 0.6 ? "meeting-booked" : "replied";
      } else {
        outcome = random.nextDouble() < 0.6 ? "no-answer" : "left-voicemail";
      }
      attempts.add(new Attempt(channel, outcome, Texts.attemptNote(random, outcome), at));
      at = at.plus(hours(20, 50));
    }
    return List.copyOf(attempts);
  }

  /**
   * The won deal: its sales owner and account manager, the brief (returned with questions for some,
   * the returned rep's more often), acceptance, and onboarding to first value (late for some, with
   * a blocker or a missed promise for some); each step only if it happened by the end.
   */
  private void deal(Draft draft, LocalDate closeDate) {
    boolean churny = draft.campaign.name().equals(CHURNY_CAMPAIGN);
    draft.closeDate = closeDate;
    draft.arr = arr(draft.segment);
    draft.salesOwner = DemoCast.REPS.get(random.nextInt(DemoCast.REPS.size()));
    draft.accountManager =
        DemoCast.ACCOUNT_MANAGERS.get(random.nextInt(DemoCast.ACCOUNT_MANAGERS.size()));
    draft.serviceAgent =
        DemoCast.SERVICE_AGENTS.get(random.nextInt(DemoCast.SERVICE_AGENTS.size()));
    LocalDate desiredGoLive = closeDate.plusDays(FIRST_VALUE_DAYS.get(draft.segment) * 3L / 4);
    draft.brief = Texts.brief(random, draft.lead, draft.salesOwner, closeDate, desiredGoLive);
    double returnRate =
        draft.salesOwner.equals(DemoCast.RETURNED_REP) ? RETURNED_REP_RATE : RETURN_RATE;
    int returns = random.nextDouble() < returnRate ? (random.nextDouble() < 0.25 ? 2 : 1) : 0;
    Instant last = closeDate.atStartOfDay(ZoneOffset.UTC).toInstant().plus(hours(9, 72));
    draft.briefsAt.add(last);
    for (int i = 0; i < returns; i++) {
      Instant returnedAt = last.plus(hours(3, 40));
      draft.returns.add(new Return(returnedAt, Texts.pick(random, Texts.RETURN_QUESTIONS)));
      last = returnedAt.plus(hours(3, 48));
      draft.briefsAt.add(last);
    }
    Instant acceptedAt = last.plus(hours(2, 60));
    draft.acceptance = new Acceptance(acceptedAt, Texts.pick(random, Texts.ACCEPTANCE_NOTES));

    draft.late = random.nextDouble() < (churny ? 0.35 : 0.2);
    double share = draft.late ? 1.1 + random.nextDouble() * 0.6 : 0.5 + random.nextDouble() * 0.45;
    long firstValueMinutes = (long) (FIRST_VALUE_DAYS.get(draft.segment) * share * 24 * 60);
    Instant firstValue = acceptedAt.plus(Duration.ofMinutes(firstValueMinutes));
    double[] steps = {0.08, 0.35, 0.5, 0.75, 1.0};
    for (int i = 0; i < steps.length; i++) {
      double jitter = i == steps.length - 1 ? 0 : (random.nextDouble() - 0.5) * 0.06;
      Instant at =
          acceptedAt.plus(Duration.ofMinutes((long) (firstValueMinutes * (steps[i] + jitter))));
      draft.checkpoints.add(
          new CheckpointCompletion(
              at, Texts.evidence(i, draft.brief.stakeholders().getFirst().name())));
    }
    if (random.nextDouble() < (draft.late ? 0.55 : 0.15)) {
      int blocked = random.nextDouble() < 0.7 ? 1 : 3;
      Instant from = draft.checkpoints.get(blocked - 1).at();
      Instant to = draft.checkpoints.get(blocked).at();
      draft.blocker =
          new Blocker(
              blocked,
              from.plus(Duration.between(from, to).dividedBy(3)),
              Texts.pick(random, Texts.BLOCKERS));
    }
    if (random.nextDouble() < (churny ? 0.3 : 0.18)) {
      Instant goLive = draft.checkpoints.get(3).at();
      draft.promiseMiss =
          new PromiseMiss(
              "promise-1",
              goLive.plus(Duration.between(goLive, firstValue).dividedBy(2)),
              Texts.pick(random, Texts.MISS_REASONS));
    }
    draft.firstValueAt = firstValue;
    draft.troubleStart = firstValue.plus(churny ? days(2, 30) : days(10, 120));
  }

  /**
   * Who got into trouble and how their save play ended. Of the customers whose trouble could have
   * begun by the end, each is in trouble with the chance its campaign and predictors give it; of
   * those, each churns with its campaign's churn share (more with each predictor), and three in ten
   * of the others are downgraded. The draws are systematic over the customers ordered by campaign
   * and predictors, so every group gets its share and the shapes hold for any seed; and every
   * quarter's customers (by close date) that could have churned by the end have at least one who
   * did.
   */
  private void troubles(List<Draft> drafts) {
    List<Draft> eligible =
        drafts.stream()
            .filter(draft -> draft.troubleStart != null && happened(draft.troubleStart))
            .toList();
    Map<Draft, Double> keys = new HashMap<>();
    eligible.forEach(draft -> keys.put(draft, random.nextDouble()));
    Comparator<Draft> byGroup =
        Comparator.comparingInt(Draft::predictors)
            .thenComparingInt(draft -> CAMPAIGNS.indexOf(draft.campaign))
            .thenComparing(keys::get);
    List<Draft> troubled =
        systematic(eligible.stream().sorted(byGroup).toList(), Draft::troubleChance);
    troubled.stream()
        .sorted(Comparator.comparingInt(draft -> draft.index))
        .forEach(draft -> draft.trouble = trouble(draft));
    List<Draft> inOrder = troubled.stream().sorted(byGroup).toList();
    Set<Draft> churned = new HashSet<>(systematic(inOrder, Draft::churnChance));
    List<Draft> kept = inOrder.stream().filter(draft -> !churned.contains(draft)).toList();
    Set<Draft> downgraded = new HashSet<>(systematic(kept, draft -> 0.3));
    for (Draft draft : troubled) {
      String outcome =
          churned.contains(draft) ? "churned" : downgraded.contains(draft) ? "downgraded" : "saved";
      draft.trouble = draft.trouble.withOutcome(outcome);
    }
    for (int quarter = 0; quarter < 4; quarter++) {
      int q = quarter;
      churnInQuarter(eligible.stream().filter(draft -> closeQuarter(draft) == q).toList());
    }
  }

  /**
   * {@code items} drawn systematically: walking them in order with the running sum of their
   * chances, an item is drawn where the sum passes the next of the points u, u+1, u+2, …; so each
   * is drawn with its chance (at most 1), and any run of items gets as many as its chances add up
   * to, give or take one.
   */
  private <T> List<T> systematic(List<T> items, ToDoubleFunction<T> chance) {
    double start = random.nextDouble();
    double sum = 0;
    List<T> drawn = new ArrayList<>();
    for (T item : items) {
      double before = sum;
      sum += Math.min(1, chance.applyAsDouble(item));
      if (Math.floor(sum - start) > Math.floor(before - start)) {
        drawn.add(item);
      }
    }
    return drawn;
  }

  /** How many quarters before the end the customer closed: 0 for the last quarter, up to 3. */
  private int closeQuarter(Draft draft) {
    long days = ChronoUnit.DAYS.between(draft.closeDate, LocalDate.ofInstant(end, ZoneOffset.UTC));
    return (int) Math.min(3, (days - 1) / 91);
  }

  /**
   * When none of these customers churned by the end, the one of the churniest campaign (the first
   * by index) whose trouble is decided by the end churns.
   */
  private void churnInQuarter(List<Draft> customers) {
    boolean churned =
        customers.stream()
            .anyMatch(
                draft ->
                    draft.trouble != null
                        && happened(draft.trouble.decidedAt())
                        && draft.trouble.outcome().equals("churned"));
    if (churned) {
      return;
    }
    List<Draft> candidates =
        customers.stream()
            .sorted(
                Comparator.comparingDouble((Draft draft) -> -draft.campaign.churnShare())
                    .thenComparingInt(draft -> draft.index))
            .toList();
    for (Draft draft : candidates) {
      Trouble trouble = draft.trouble == null ? trouble(draft) : draft.trouble;
      if (happened(trouble.decidedAt())) {
        draft.trouble = trouble.withOutcome("churned");
        return;
      }
    }
  }

  /**
   * When a troubled customer's save play was asked for and decided, and why it got into trouble.
   * The discount campaign's customers go fast.
   */
  private Trouble trouble(Draft draft) {
    boolean churny = draft.campaign.name().equals(CHURNY_CAMPAIGN);
    Instant requestedAt = draft.troubleStart.plus(churny ? days(3, 10) : days(5, 20));
    Instant decidedAt = requestedAt.plus(churny ? days(2, 14) : days(4, 28));
    String cause = Texts.pick(random, Texts.TROUBLE_CAUSES);
    return new Trouble(draft.troubleStart, requestedAt, decidedAt, "saved", cause);
  }

  private Journey journey(Draft draft) {
    if (draft.closeDate == null) {
      return new Journey(draft.index, draft.lead, draft.attempts, draft.outcome, null);
    }
    Handoff handoff = null;
    List<Instant> briefsAt = draft.briefsAt.stream().filter(this::happened).toList();
    if (!briefsAt.isEmpty()) {
      boolean accepted = happened(draft.acceptance.at());
      handoff =
          new Handoff(
              draft.brief,
              briefsAt,
              draft.accountManager,
              draft.returns.stream().filter(r -> happened(r.at())).toList(),
              accepted ? draft.acceptance : null);
    }
    Onboarding onboarding = null;
    if (handoff != null && handoff.acceptance() != null) {
      onboarding =
          new Onboarding(
              draft.checkpoints.stream().filter(c -> happened(c.at())).toList(),
              draft.blocker != null && happened(draft.blocker.at()) ? draft.blocker : null,
              draft.promiseMiss != null && happened(draft.promiseMiss.at())
                  ? draft.promiseMiss
                  : null,
              draft.late);
    }
    Retention retention =
        onboarding != null && happened(draft.firstValueAt) ? retention(draft) : null;
    Deal deal =
        new Deal(
            dealId(seed, draft.index),
            draft.arr,
            draft.segment,
            draft.closeDate,
            draft.salesOwner,
            handoff,
            onboarding,
            retention);
    return new Journey(draft.index, draft.lead, draft.attempts, draft.outcome, deal);
  }

  /**
   * A customer's signals from first value to the end (or to churn): product usage about monthly, a
   * ticket now and then with its satisfaction, NPS about quarterly; in trouble, until the save play
   * is decided, usage collapses and tickets escalate every week, NPS drops, and a champion leaves
   * or a payment is late, or both (a customer in trouble at the end is red). And the save play of
   * its trouble.
   */
  private Retention retention(Draft draft) {
    Trouble trouble = draft.trouble;
    Instant stop =
        trouble != null && trouble.outcome().equals("churned") && happened(trouble.decidedAt())
            ? trouble.decidedAt()
            : end;
    List<Signal> signals = new ArrayList<>();
    SignalSink sink =
        (type, at, value, details) -> {
          if (at.isBefore(stop)) {
            signals.add(new Signal(null, type, at.truncatedTo(ChronoUnit.MILLIS), value, details));
          }
        };
    Instant firstValue = draft.firstValueAt;
    for (Instant at = firstValue.plus(days(4, 9)); at.isBefore(stop); at = at.plus(days(26, 34))) {
      sink.add("product-usage", at, usage(trouble, at), Map.of());
      if (random.nextDouble() < 0.3) {
        Instant opened = at.plus(days(1, 20));
        sink.add("support-ticket-opened", opened, null, Map.of());
        if (random.nextDouble() < 0.5) {
          Instant answered = opened.plus(days(1, 4));
          double csat = inTrouble(trouble, answered) ? random.nextInt(1, 3) : random.nextInt(3, 6);
          sink.add("csat-response", answered, csat, Map.of());
        }
      }
    }
    for (Instant at = firstValue.plus(days(20, 40));
        at.isBefore(stop);
        at = at.plus(days(80, 100))) {
      double nps = inTrouble(trouble, at) ? random.nextInt(1, 6) : random.nextInt(7, 11);
      sink.add("nps-response", at, nps, Map.of());
    }
    SavePlay savePlay = null;
    if (trouble != null) {
      Instant from = trouble.start();
      if (trouble.cause().equals("champion-left") || random.nextDouble() < 0.5) {
        sink.add("champion-left", from.plus(days(0, 3)), null, Map.of());
      }
      if (trouble.cause().equals("payment-late") || random.nextDouble() < 0.6) {
        sink.add(
            "payment-late",
            from.plus(days(0, 3)),
            null,
            Map.of("daysLate", String.valueOf(random.nextInt(60, 91))));
      }
      for (Instant at = from.plus(days(1, 4));
          at.isBefore(trouble.decidedAt());
          at = at.plus(days(5, 8))) {
        sink.add("product-usage", at, round(0.02 + random.nextDouble() * 0.08), Map.of());
        sink.add("support-ticket-escalated", at.plus(days(0, 2)), null, Map.of());
      }
      sink.add("nps-response", from.plus(days(3, 14)), (double) random.nextInt(0, 3), Map.of());
      savePlay = savePlay(draft, trouble);
    }
    signals.sort(Comparator.comparing(Signal::occurredAt));
    List<Signal> named = new ArrayList<>();
    for (int k = 0; k < signals.size(); k++) {
      Signal signal = signals.get(k);
      named.add(
          new Signal(
              String.format(Locale.ROOT, "%s-signal-%02d", dealId(seed, draft.index), k + 1),
              signal.type(),
              signal.occurredAt(),
              signal.value(),
              signal.details()));
    }
    return new Retention(List.copyOf(named), savePlay);
  }

  private SavePlay savePlay(Draft draft, Trouble trouble) {
    if (!happened(trouble.requestedAt())) {
      return null;
    }
    Decision decision = null;
    if (happened(trouble.decidedAt())) {
      BigDecimal arrAfter =
          switch (trouble.outcome()) {
            case "churned" -> BigDecimal.ZERO;
            case "downgraded" ->
                roundedTo500(draft.arr.doubleValue() * (0.4 + random.nextDouble() * 0.4));
            default -> draft.arr;
          };
      decision =
          new Decision(
              trouble.outcome(),
              arrAfter,
              trouble.decidedAt(),
              Texts.decisionNote(trouble.outcome(), trouble.cause()));
    }
    return new SavePlay(
        draft.serviceAgent,
        trouble.requestedAt(),
        Texts.savePlayReason(trouble.cause()),
        String.format(Locale.ROOT, "SR-%d-%04d", seed, draft.index),
        decision);
  }

  private double usage(Trouble trouble, Instant at) {
    if (inTrouble(trouble, at)) {
      return round(0.12 + random.nextDouble() * 0.23);
    }
    if (trouble != null && trouble.decidedAt().isBefore(at)) {
      return trouble.outcome().equals("saved")
          ? round(0.55 + random.nextDouble() * 0.25)
          : round(0.4 + random.nextDouble() * 0.2);
    }
    return round(0.55 + random.nextDouble() * 0.37);
  }

  private static boolean inTrouble(Trouble trouble, Instant at) {
    return trouble != null && !at.isBefore(trouble.start()) && !at.isAfter(trouble.decidedAt());
  }

  private boolean happened(Instant at) {
    return at.isBefore(end);
  }

  private Instant businessHours(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .plus(Duration.ofMinutes(random.nextInt(8 * 60, 18 * 60)))
        .plusSeconds(random.nextInt(60));
  }

  private Duration hours(int from, int to) {
    return Duration.ofMinutes(random.nextInt(from * 60, to * 60));
  }

  private Duration days(int from, int to) {
    return Duration.ofMinutes(random.nextInt(from * 24 * 60, to * 24 * 60 + 1));
  }

  private int companySize(String segment) {
    return switch (segment) {
      case "smb" -> random.nextInt(12, 200);
      case "mid-market" -> random.nextInt(200, 1500);
      default -> random.nextInt(1500, 15000);
    };
  }

  private BigDecimal arr(String segment) {
    int arr =
        switch (segment) {
          case "smb" -> random.nextInt(12, 49) * 500;
          case "mid-market" -> random.nextInt(25, 96) * 1000;
          default -> random.nextInt(20, 49) * 5000;
        };
    return BigDecimal.valueOf(arr);
  }

  private static BigDecimal roundedTo500(double arr) {
    return BigDecimal.valueOf(Math.max(1, Math.round(arr / 500)) * 500);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
    double total = items.stream().mapToDouble(weight).sum();
    double u = random.nextDouble() * total;
    for (T item : items) {
      u -= weight.applyAsDouble(item);
      if (u < 0) {
        return item;
      }
    }
    return items.getLast();
  }

  /** Where planned signals go: kept only if they happen before the journey stops. */
  @FunctionalInterface
  private interface SignalSink {
    void add(String type, Instant at, Double value, Map<String, String> details);
  }

  /** A troubled customer's save play: when the trouble began, was asked for, was decided. */
  private record Trouble(
      Instant start, Instant requestedAt, Instant decidedAt, String outcome, String cause) {
    Trouble withOutcome(String changed) {
      return new Trouble(start, requestedAt, decidedAt, changed, cause);
    }
  }

  /** A journey being made, every step planned, whether or not it happened by the end. */
  private static final class Draft {
    final int index;
    final Campaign campaign;
    final String segment;
    final Lead lead;
    List<Attempt> attempts;
    Outcome outcome;
    LocalDate closeDate;
    BigDecimal arr;
    String salesOwner;
    String accountManager;
    String serviceAgent;
    Brief brief;
    final List<Instant> briefsAt = new ArrayList<>();
    final List<Return> returns = new ArrayList<>();
    Acceptance acceptance;
    final List<CheckpointCompletion> checkpoints = new ArrayList<>();
    Blocker blocker;
    PromiseMiss promiseMiss;
    boolean late;
    Instant firstValueAt;
    Instant troubleStart;
    Trouble trouble;

    Draft(int index, Campaign campaign, String segment, Lead lead) {
      this.index = index;
      this.campaign = campaign;
      this.segment = segment;
      this.lead = lead;
    }

    /** The customer's trouble predictors as bits, to order customers by them. */
    int predictors() {
      return (returns.isEmpty() ? 0 : 8)
          + (late ? 4 : 0)
          + (promiseMiss == null ? 0 : 2)
          + (lead.firstContactOutsideSla() ? 1 : 0);
    }

    /**
     * How likely this customer, once in trouble, churns: its campaign's share, more with each
     * predictor.
     */
    double churnChance() {
      return Math.min(0.95, campaign.churnShare() * (1 + 0.2 * Integer.bitCount(predictors())));
    }

    /** How likely this customer gets into trouble: its campaign's chance times its predictors. */
    double troubleChance() {
      double chance = campaign.trouble();
      if (!returns.isEmpty()) {
        chance *= RETURNED_BRIEF;
      }
      if (late) {
        chance *= LATE_FIRST_VALUE;
      }
      if (promiseMiss != null) {
        chance *= MISSED_PROMISE;
      }
      if (lead.firstContactOutsideSla()) {
        chance *= OUTSIDE_SLA;
      }
      return Math.min(0.95, chance);
    }
  }
}
