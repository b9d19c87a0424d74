package io.baton.onboarding.adapter.out.mongo;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.PlanStatus;
import io.baton.onboarding.domain.Promise;
import io.baton.onboarding.domain.SuccessCriterion;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * An onboarding plan as stored: one document per deal, with its checkpoints, promises, blockers,
 * outbox and notifications, changed under optimistic locking. {@code status} is kept for queries;
 * the plan derives it. Plans stored before the lineage travelled have no {@code lineage}: it reads
 * as null.
 */
@Document(OnboardingPlanDocument.COLLECTION)
record OnboardingPlanDocument(
    @Id String dealId,
    String customerName,
    @Indexed String accountManager,
    String handoffNote,
    @Indexed String segment,
    @Field(targetType = FieldType.DECIMAL128) BigDecimal arr,
    @Indexed LocalDate contractDate,
    LocalDate renewalDate,
    @Indexed Instant startedAt,
    LocalDate goLiveTarget,
    @Indexed PlanStatus status,
    List<Checkpoint> checkpoints,
    List<Promise> promises,
    List<SuccessCriterion> successCriteria,
    List<Blocker> blockers,
    Instant firstValueAt,
    Integer timeToValueDays,
    Instant handedOverAt,
    Long handoffProcessInstanceKey,
    Lineage lineage,
    List<OutboxMessage> outbox,
    List<Notification> notifications,
    @Version Long version) {

  /**
   * One onboarding plan per deal, with its outbox ({@code baton.outbox.collections}) and
   * notifications ({@code baton.notifications.collections}).
   */
  static final String COLLECTION = "onboardings";

  static OnboardingPlanDocument of(OnboardingPlan plan) {
    OnboardingPlan.Snapshot s = plan.snapshot();
    return new OnboardingPlanDocument(
        s.dealId(),
        s.customerName(),
        s.accountManager(),
        s.handoffNote(),
        s.segment(),
        s.arr(),
        s.contractDate(),
        s.renewalDate(),
        s.startedAt(),
        s.goLiveTarget(),
        plan.status(),
        s.checkpoints(),
        s.promises(),
        s.successCriteria(),
        s.blockers(),
        s.firstValueAt(),
        s.timeToValueDays(),
        s.handedOverAt(),
        s.handoffProcessInstanceKey(),
        s.lineage(),
        s.outbox(),
        s.notifications(),
        s.version());
  }

  OnboardingPlan toPlan() {
    return OnboardingPlan.restore(
        new OnboardingPlan.Snapshot(
            dealId,
            customerName,
            accountManager,
            handoffNote,
            segment,
            arr,
            contractDate,
            renewalDate,
            startedAt,
            goLiveTarget,
            checkpoints,
            promises,
            successCriteria,
            blockers,
            firstValueAt,
            timeToValueDays,
            handedOverAt,
            handoffProcessInstanceKey,
            lineage,
            outbox,
            notifications,
            version));
  }
}
