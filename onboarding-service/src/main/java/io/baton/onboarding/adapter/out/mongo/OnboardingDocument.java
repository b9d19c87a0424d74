package io.baton.onboarding.adapter.out.mongo;

import io.baton.onboarding.domain.Onboarding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An onboarding as stored: one document per deal. */
@Document("onboardings")
record OnboardingDocument(
    @Id String dealId,
    String customerName,
    String accountManager,
    String handoffNote,
    List<Onboarding.Promise> promises,
    List<Onboarding.SuccessCriterion> successCriteria,
    LocalDate desiredGoLiveDate,
    long processInstanceKey,
    @Indexed Instant startedAt) {

  static OnboardingDocument of(Onboarding onboarding) {
    return new OnboardingDocument(
        onboarding.dealId(),
        onboarding.customerName(),
        onboarding.accountManager(),
        onboarding.handoffNote(),
        onboarding.promises(),
        onboarding.successCriteria(),
        onboarding.desiredGoLiveDate(),
        onboarding.processInstanceKey(),
        onboarding.startedAt());
  }

  Onboarding toOnboarding() {
    return new Onboarding(
        dealId, customerName, accountManager, handoffNote, promises, successCriteria,
        desiredGoLiveDate, processInstanceKey, startedAt);
  }
}
