package io.baton.handoff.adapter.in.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.baton.handoff.application.AcceptingHandoff;
import io.baton.handoff.application.OpeningHandoff;
import io.baton.handoff.application.ReturningHandoff;
import io.baton.handoff.application.WritingBrief;
import io.baton.handoff.domain.Brief;
import io.baton.handoff.domain.WonDeal;
import io.baton.testsupport.BatonServiceTest;
import io.baton.workflows.ProcessContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lineage from the lead's context to the {@code lineage} variable onboarding starts with: the
 * context lead-service serves (WireMock) is stored with the handoff, a return with questions and
 * the acceptance are counted, and record-acceptance hands on the keys of the contract — the
 * accepting account manager being the user who completed the task, never a form's value.
 */
@BatonServiceTest
class HandoffLineageIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WireMockServer LEAD_SERVICE =
      new WireMockServer(wireMockConfig().dynamicPort());
  private static final String DEAL = "lineage-deal-1";

  @Autowired private OpeningHandoff openingHandoff;
  @Autowired private AssembleContextWorker assembleContext;
  @Autowired private WritingBrief writingBrief;
  @Autowired private ReturningHandoff returningHandoff;
  @Autowired private AcceptingHandoff acceptingHandoff;
  @Autowired private RecordAcceptanceWorker recordAcceptance;
  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;

  @DynamicPropertySource
  static void pointAtWireMock(DynamicPropertyRegistry registry) {
    LEAD_SERVICE.start();
    registry.add("baton.services.lead-service.url", LEAD_SERVICE::baseUrl);
  }

  @AfterAll
  static void stopWireMock() {
    LEAD_SERVICE.stop();
  }

  @Test
  void theAcceptedHandoffHandsOnTheLineageOfItsLeadDealAndAcceptance() throws Exception {
    LEAD_SERVICE.stubFor(
        get("/api/leads/L-77/context")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"leadId":"L-77","source":{"channel":"webinar","campaign":"spring-launch"},
                         "interest":"demo-request","owner":"rita",
                         "play":{"name":"event-follow-up","slaTier":"standard"},
                         "attempts":[{"channel":"call","outcome":"replied","at":"2026-11-02T10:30:00Z"}],
                         "notes":[],"receivedAt":"2026-11-02T09:00:00Z",
                         "firstContactAt":"2026-11-02T10:30:00Z","firstContactDueAt":"2026-11-02T10:00:00Z"}
                        """)));
    WonDeal deal =
        new WonDeal(
            DEAL,
            "L-77",
            "Acme Corp",
            "sam",
            new BigDecimal("48000"),
            LocalDate.parse("2026-11-20"));
    openingHandoff.open(deal, 11L);
    assembleContext.assembleContext(DEAL, "L-77", "lineage-test");
    writingBrief.complete(DEAL, Brief.empty(), 0);
    returningHandoff.returnWithQuestions(DEAL, "Who signs off?", 0);
    writingBrief.complete(DEAL, Brief.empty(), 1);
    acceptingHandoff.recordDecider(DEAL, "amy");

    Map<String, Object> variables = recordAcceptance.recordAcceptance(DEAL, "Go", "lineage-test");

    @SuppressWarnings("unchecked")
    Map<String, Object> lineage =
        (Map<String, Object>) variables.get(ProcessContract.Handoff.LINEAGE);
    assertThat(lineage.keySet())
        .containsExactlyElementsOf(ProcessContract.Lineage.ACQUISITION_AND_HANDOFF_KEYS);
    assertThat(lineage)
        .containsEntry("leadId", "L-77")
        .containsEntry("campaign", "spring-launch")
        .containsEntry("sourceChannel", "webinar")
        .containsEntry("interest", "demo-request")
        .containsEntry("leadPlay", "event-follow-up")
        .containsEntry("slaTier", "standard")
        .containsEntry("salesOwner", "sam")
        .containsEntry("leadReceivedAt", "2026-11-02T09:00:00Z")
        .containsEntry("firstContactAt", "2026-11-02T10:30:00Z")
        .containsEntry("minutesToFirstContact", 90)
        .containsEntry("firstContactWithinSla", false)
        .containsEntry("handoffReturns", 1)
        .containsEntry("acceptingAccountManager", "amy");
    assertThat(lineage.get("dealWonAt")).isNotNull();
    assertThat(lineage.get("acceptedAt")).isNotNull();
    assertThat((Double) lineage.get("hoursToAccept")).isBetween(0.0, 0.1);
    assertThat(variables).containsEntry(ProcessContract.Handoff.ACCOUNT_MANAGER, "amy");

    Document stored = mongo.getCollection("handoffs").find(new Document("_id", DEAL)).first();
    Document context = stored.get("context", Document.class);
    assertThat(context.getString("interest")).isEqualTo("demo-request");
    assertThat(context.getString("slaTier")).isEqualTo("standard");
    assertThat(context.getString("owner")).isEqualTo("rita");
    assertThat(context.get("firstContactDueAt")).isNotNull();

    JsonNode answered = JSON.readTree(http.getForObject("/api/handoffs/" + DEAL, String.class));
    assertThat(answered.path("lineage").path("campaign").asText()).isEqualTo("spring-launch");
    assertThat(answered.path("lineage").path("acceptingAccountManager").asText()).isEqualTo("amy");
    assertThat(answered.path("lineage").path("handoffReturns").asInt()).isEqualTo(1);
    assertThat(answered.path("lineage").path("acceptedAt").asText())
        .isEqualTo(lineage.get("acceptedAt"));
  }

  @Test
  void aRedeliveredAcceptanceHandsOnTheSameLineage() {
    WonDeal deal =
        new WonDeal(
            "lineage-deal-2",
            null,
            "Beta Ltd",
            "sam",
            new BigDecimal("12000"),
            LocalDate.parse("2026-11-20"));
    openingHandoff.open(deal, 12L);
    acceptingHandoff.recordDecider("lineage-deal-2", "amy");

    Map<String, Object> first = recordAcceptance.recordAcceptance("lineage-deal-2", null, null);
    Map<String, Object> again = recordAcceptance.recordAcceptance("lineage-deal-2", null, null);

    assertThat(again).isEqualTo(first);
    @SuppressWarnings("unchecked")
    Map<String, Object> lineage = (Map<String, Object>) first.get(ProcessContract.Handoff.LINEAGE);
    assertThat(lineage)
        .containsEntry("leadId", null)
        .containsEntry("campaign", null)
        .containsEntry("salesOwner", "sam")
        .containsEntry("handoffReturns", 0);
  }
}
