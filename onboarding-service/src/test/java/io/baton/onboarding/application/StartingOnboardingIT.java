package io.baton.onboarding.application;

import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.testsupport.BatonServiceTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Starting an onboarding plan is idempotent per deal, as a redelivered job needs it to be, and its
 * {@code onboarding-started} message waits in the plan's outbox while the engine is unreachable.
 */
@BatonServiceTest
class StartingOnboardingIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private StartingOnboarding startingOnboarding;
  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;

  @Test
  void aRedeliveredStartKeepsTheOnePlanAndItsOneMessage() throws Exception {
    var handoff =
        anAcceptedHandoff("onb-deal-1")
            .withArr(48000)
            .wantingGoLiveOn(LocalDate.parse("2027-02-01"))
            .withPromise("SSO by go-live", "sam", LocalDate.parse("2027-01-15"))
            .build();

    StartingOnboarding.Start first = startingOnboarding.start(handoff, "corr-1");
    StartingOnboarding.Start again = startingOnboarding.start(handoff, "corr-2");

    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.plan().snapshot()).isEqualTo(first.plan().snapshot());
    assertThat(mongo.getCollection("onboardings").countDocuments(new Document("_id", "onb-deal-1")))
        .isEqualTo(1);
    List<Document> outbox = stored("onb-deal-1").getList("outbox", Document.class);
    assertThat(outbox)
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.getString("messageId")).isEqualTo("onboarding-started:onb-deal-1");
              assertThat(message.getString("messageName")).isEqualTo("onboarding-started");
              assertThat(message.getString("correlationKey")).isEqualTo("onb-deal-1");
              assertThat(message.get("publishedAt")).isNull();
            });
    ResponseEntity<String> response =
        http.getForEntity("/api/onboardings/onb-deal-1", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(body.path("accountManager").asText()).isEqualTo("amy");
    assertThat(body.path("segment").asText()).isEqualTo("mid-market");
    assertThat(body.path("goLiveTarget").asText()).isEqualTo("2027-02-01");
    assertThat(body.path("handoffProcessInstanceKey").asText()).isEqualTo("11");
    assertThat(body.path("promises").get(0).path("promiseId").asText()).isEqualTo("promise-1");
    assertThat(body.path("successCriteria").get(0).path("baseline").asText()).isEqualTo("14 days");
  }

  @Test
  void thePlanStoresTheLineageItStartedWithAndShowsIt() throws Exception {
    startingOnboarding.start(anAcceptedHandoff("onb-deal-lineage").withLineage().build(), "c-1");

    Document lineage = stored("onb-deal-lineage").get("lineage", Document.class);
    assertThat(lineage.getString("campaign")).isEqualTo("spring-launch");
    assertThat(lineage.getString("acceptingAccountManager")).isEqualTo("amy");
    assertThat(lineage.getInteger("handoffReturns")).isEqualTo(1);
    assertThat(lineage.getDouble("hoursToAccept")).isEqualTo(26.5);
    JsonNode shown =
        JSON.readTree(http.getForObject("/api/onboardings/onb-deal-lineage", String.class))
            .path("lineage");
    assertThat(shown.path("leadPlay").asText()).isEqualTo("event-follow-up");
    assertThat(shown.path("firstContactWithinSla").asBoolean()).isTrue();
    assertThat(shown.has("daysToValue")).as("not before first value").isFalse();
  }

  @Test
  void theStartMessageCarriesThePlanForTheProcess() {
    OnboardingPlan plan =
        startingOnboarding
            .start(
                anAcceptedHandoff("onb-deal-2")
                    .withArr(150000)
                    .withPromise("SSO by go-live", "sam", LocalDate.parse("2027-01-15"))
                    .withPromise("Salesforce sync", "sam", null)
                    .build(),
                "corr-2")
            .plan();

    Document variables =
        stored("onb-deal-2")
            .getList("outbox", Document.class)
            .getFirst()
            .get("variables", Document.class);

    assertThat(variables.getString("dealId")).isEqualTo("onb-deal-2");
    assertThat(variables.getString("customerName")).isEqualTo("Acme Corp");
    assertThat(variables.getString("accountManager")).isEqualTo("amy");
    assertThat(variables.getString("segment")).isEqualTo("enterprise");
    assertThat(variables.get("arr")).isEqualTo(150000L);
    assertThat(variables.getString("contractDate")).isEqualTo("2026-11-20");
    assertThat(variables.getString("goLiveTarget"))
        .isEqualTo(plan.snapshot().goLiveTarget().toString());
    assertThat(variables.getString("correlationId")).isEqualTo("corr-2");
    List<Document> checkpoints = variables.getList("checkpoints", Document.class);
    assertThat(checkpoints)
        .extracting(c -> c.getString("checkpointId"))
        .containsExactly("kickoff", "technical-setup", "training", "go-live", "first-value");
    assertThat(checkpoints.getFirst().getString("name")).isEqualTo("Kickoff");
    assertThat(checkpoints)
        .allSatisfy(
            c ->
                assertThat(c.getString("dueAt"))
                    .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
    assertThat(variables.getList("promises", Document.class))
        .containsExactly(
            new Document(
                Map.of(
                    "promiseId",
                    "promise-1",
                    "text",
                    "SSO by go-live",
                    "owner",
                    "sam",
                    "dueDate",
                    "2027-01-15")),
            new Document(
                Map.of("promiseId", "promise-2", "text", "Salesforce sync", "owner", "sam")));
  }

  @Test
  void theSegmentFollowsTheArrBands() {
    assertThat(
            startingOnboarding
                .start(anAcceptedHandoff("onb-deal-3").withArr(0).build(), null)
                .plan()
                .segment())
        .isEqualTo("smb");
    assertThat(
            startingOnboarding
                .start(anAcceptedHandoff("onb-deal-4").withArr(25000).build(), null)
                .plan()
                .segment())
        .isEqualTo("mid-market");
  }

  @Test
  void aPlanNotStartedYetIsNotFound() {
    ResponseEntity<String> response =
        http.getForEntity("/api/onboardings/not-started", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private Document stored(String dealId) {
    return mongo.getCollection("onboardings").find(new Document("_id", dealId)).first();
  }
}
