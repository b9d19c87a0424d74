package io.baton.retention.health.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalType;
import io.baton.retention.shared.adapter.out.mongo.MongoConfiguration;
import io.baton.testsupport.DocumentRoundTrip;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalDocumentTest {

  private static final Instant AT = Instant.parse("2026-11-02T09:15:00Z");

  /** A signal is stored as reported, before its customer numbers it: its sequence is 0 there. */
  @Test
  void aSignalWithEveryFieldSetSurvivesTheRoundTripThroughMongoDb() {
    Signal signal =
        Signal.reported(
            "signal-7",
            "customer-1",
            SignalType.ONBOARDING_SLIP,
            AT,
            0.5,
            Map.of(
                Signal.CHECKPOINT_ID,
                "checkpoint-1",
                Signal.DAYS_LATE,
                "4",
                "reason",
                "SSO not configured"),
            AT.plusSeconds(1));
    DocumentRoundTrip.assertEveryFieldSet(signal);

    SignalDocument stored =
        DocumentRoundTrip.throughBson(
            SignalDocument.of(signal), new MongoConfiguration().mongoCustomConversions());

    assertThat(stored.toSignal()).isEqualTo(signal);
  }
}
