package io.baton.retention.revenue.adapter.out.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.baton.retention.revenue.LeadServiceStubbed;
import io.baton.retention.revenue.application.LeadPipeline;
import io.baton.retention.revenue.application.LeadPipelineUnavailableException;
import io.baton.retention.revenue.domain.LeadCounts;
import io.baton.retention.revenue.domain.LeadGrouping;
import io.baton.retention.revenue.domain.RevenuePeriod;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** lead-service's pipeline over HTTP: the request and answer of the contract, and faults. */
class LeadPipelineOverHttpIT extends LeadServiceStubbed {

  private static final String PIPELINE = "/api/leads/feedback/pipeline";
  private static final RevenuePeriod PERIOD =
      new RevenuePeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));

  @Autowired private LeadPipeline pipeline;

  @Test
  void asksForThePeriodAsDatesAndReadsEveryGrouping() {
    LEAD_SERVICE.stubFor(
        get(urlPathEqualTo(PIPELINE))
            .willReturn(
                status(200)
                    .withBody(
                        """
                        {"from": "2026-01-01", "to": "2026-12-31", "somethingNew": true,
                         "campaign": [{"value": "spring-webinar", "leads": 40, "converted": 5},
                                      {"value": null, "leads": 8, "converted": 1}],
                         "sourceChannel": [{"value": "webinar", "leads": 48, "converted": 6}],
                         "play": [{"value": "fast-track", "leads": 48, "converted": 6}],
                         "owner": [{"value": "sam", "leads": 48, "converted": 6}],
                         "receivedMonth": [{"value": "2026-03", "leads": 48, "converted": 6}]}
                        """)));

    LeadCounts counts = pipeline.countsFor(PERIOD);

    LEAD_SERVICE.verify(
        getRequestedFor(urlPathEqualTo(PIPELINE))
            .withQueryParam("from", equalTo("2026-01-01"))
            .withQueryParam("to", equalTo("2026-12-31")));
    assertThat(counts.by(LeadGrouping.CAMPAIGN))
        .containsEntry("spring-webinar", new LeadCounts.Count(40, 5))
        .containsEntry(null, new LeadCounts.Count(8, 1));
    assertThat(counts.by(LeadGrouping.SOURCE_CHANNEL)).containsKey("webinar");
    assertThat(counts.by(LeadGrouping.PLAY)).containsKey("fast-track");
    assertThat(counts.by(LeadGrouping.OWNER)).containsKey("sam");
    assertThat(counts.by(LeadGrouping.RECEIVED_MONTH))
        .containsEntry("2026-03", new LeadCounts.Count(48, 6));
    assertThat(counts.readAt()).isNotNull();
  }

  @Test
  void aRefusalIsNoOutageAndNeverOpensTheBreaker() {
    LEAD_SERVICE.stubFor(
        get(urlPathEqualTo(PIPELINE))
            .willReturn(status(404).withBody("{\"title\":\"Not found\"}")));

    for (int i = 0; i < 12; i++) {
      assertThatThrownBy(() -> pipeline.countsFor(PERIOD))
          .isInstanceOf(LeadPipelineUnavailableException.class)
          .hasMessageContaining("refused its pipeline: 404");
    }

    assertThat(breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void anOutageOpensTheBreakerAndThenFailsFast() {
    LEAD_SERVICE.stubFor(get(urlPathEqualTo(PIPELINE)).willReturn(status(503)));

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> pipeline.countsFor(PERIOD))
          .isInstanceOf(LeadPipelineUnavailableException.class);
    }

    assertThat(breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(() -> pipeline.countsFor(PERIOD))
        .isInstanceOf(LeadPipelineUnavailableException.class)
        .hasCauseInstanceOf(CallNotPermittedException.class);
    LEAD_SERVICE.verify(5, getRequestedFor(urlPathEqualTo(PIPELINE)));
  }

  @Test
  void aSlowLeadServiceIsCutAtTheTimeLimit() {
    LEAD_SERVICE.stubFor(
        get(urlPathEqualTo(PIPELINE)).willReturn(status(200).withBody("{}").withFixedDelay(2_000)));

    assertThatThrownBy(() -> pipeline.countsFor(PERIOD))
        .isInstanceOf(LeadPipelineUnavailableException.class)
        .hasCauseInstanceOf(TimeoutException.class);
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json");
  }
}
