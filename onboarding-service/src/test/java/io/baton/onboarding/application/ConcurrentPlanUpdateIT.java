package io.baton.onboarding.application;

import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlans;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.ConcurrentWriter;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Two changes from the same version of a plan: the first is stored, the second loses whole and
 * nothing of it is half-written. A use case then applies its change again to the fresh plan; one
 * that loses every try answers 409 problem+json through the API.
 */
@BatonServiceTest
class ConcurrentPlanUpdateIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @MockitoSpyBean private OnboardingPlans plans;
  @Autowired private StartingOnboarding startingOnboarding;
  @Autowired private CompletingCheckpoint completingCheckpoint;
  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;

  @Test
  void ofTwoUpdatesFromTheSameVersionTheSecondLoses() {
    startingOnboarding.start(anAcceptedHandoff("race-1").build(), null);
    OnboardingPlan mine = plans.find("race-1").orElseThrow();
    OnboardingPlan theirs = plans.find("race-1").orElseThrow();
    Instant now = Instant.now();
    mine.complete("kickoff", "notes", "amy", null, now);
    theirs.reportBlocker("training", "Trainer sick", "tom", now);

    plans.update(mine);

    assertThatThrownBy(() -> plans.update(theirs))
        .isInstanceOf(OptimisticLockingFailureException.class);
    OnboardingPlan stored = plans.find("race-1").orElseThrow();
    assertThat(stored.checkpoint("kickoff").orElseThrow().isDone()).isTrue();
    assertThat(stored.snapshot().blockers()).isEmpty();
    assertThat(stored.snapshot().version()).isEqualTo(1L);
  }

  @Test
  void aCompletionRacingAnotherChangeIsAConflictAndStoresNothing() throws Exception {
    startingOnboarding.start(anAcceptedHandoff("race-2").build(), null);
    doAnswer(ConcurrentWriter.afterEachRead(mongo, "onboardings", "race-2"))
        .when(plans)
        .find(eq("race-2"));

    ResponseEntity<String> response =
        http.postForEntity(
            "/api/onboardings/race-2/checkpoints/kickoff/completion",
            Map.of("evidence", "notes", "completedBy", "amy"),
            String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(JSON.readTree(response.getBody()).path("title").asText())
        .isEqualTo("Changed concurrently");
    Document stored =
        mongo.getCollection("onboardings").find(new Document("_id", "race-2")).first();
    assertThat(stored.getList("checkpoints", Document.class).getFirst().getString("status"))
        .isEqualTo("ON_TRACK");
    assertThat(stored.getList("outbox", Document.class)).hasSize(1);
  }

  @Test
  void aCompletionRacingAnotherChangeIsAppliedAgainToTheFreshPlan() {
    startingOnboarding.start(anAcceptedHandoff("race-3").build(), null);
    doAnswer(ConcurrentWriter.afterFirstRead(mongo, "onboardings", "race-3"))
        .when(plans)
        .find(eq("race-3"));

    CompletingCheckpoint.Completion completion =
        completingCheckpoint.complete(
            new CompleteCheckpoint("race-3", "kickoff", "notes", "amy", null));

    assertThat(completion.completed()).isTrue();
    Document stored =
        mongo.getCollection("onboardings").find(new Document("_id", "race-3")).first();
    assertThat(stored.getList("checkpoints", Document.class).getFirst().getString("status"))
        .isEqualTo("DONE");
    assertThat(stored.getList("outbox", Document.class)).hasSize(2);
  }
}
