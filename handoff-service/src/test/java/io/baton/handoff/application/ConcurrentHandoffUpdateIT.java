package io.baton.handoff.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.handoff.domain.Brief;
import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.handoff.domain.LeadContext;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.ConcurrentWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Two changes from the same version of a handoff: the first is stored, the second loses whole and
 * nothing of it is half-written: no update is lost. A use case then applies its change again to the
 * fresh handoff; one that loses every try answers 409 problem+json through the API.
 */
@BatonServiceTest
class ConcurrentHandoffUpdateIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @MockitoSpyBean private Handoffs handoffs;
  @Autowired private WritingBrief writingBrief;
  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;

  @Test
  void ofTwoUpdatesFromTheSameVersionTheSecondLoses() {
    registerWonDeal("race-1");
    Handoff mine = handoffs.find("race-1").orElseThrow();
    Handoff theirs = handoffs.find("race-1").orElseThrow();
    mine.saveDraft(aDraftPromising("SSO before go-live"));
    theirs.attachContext(LeadContext.missing(null, Instant.now()));

    handoffs.update(mine);

    assertThatThrownBy(() -> handoffs.update(theirs))
        .isInstanceOf(OptimisticLockingFailureException.class);
    Handoff stored = handoffs.find("race-1").orElseThrow();
    assertThat(stored.brief().promises())
        .extracting(Brief.Promise::text)
        .containsExactly("SSO before go-live");
    assertThat(stored.context()).isEmpty();
    assertThat(stored.snapshot().version()).isEqualTo(mine.snapshot().version() + 1);
  }

  @Test
  void aDraftRacingAnotherChangeIsAConflictAndStoresNothing() throws Exception {
    registerWonDeal("race-2");
    Document before = stored("race-2");
    doAnswer(ConcurrentWriter.afterEachRead(mongo, "handoffs", "race-2"))
        .when(handoffs)
        .find(eq("race-2"));

    ResponseEntity<String> response =
        http.exchange(
            "/api/handoffs/race-2/brief",
            HttpMethod.PUT,
            new HttpEntity<>(
                Map.of(
                    "promises",
                    List.of(
                        Map.of("text", "Lost update?", "owner", "sam", "dueDate", "2027-01-15")))),
            String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = JSON.readTree(response.getBody());
    assertThat(problem.path("title").asText()).isEqualTo("Changed concurrently");
    assertThat(problem.path("detail").asText()).contains("changed by another request");
    Document after = stored("race-2");
    assertThat(after.get("brief", Document.class).getList("promises", Document.class)).isEmpty();
    assertThat(after.getList("outbox", Document.class))
        .isEqualTo(before.getList("outbox", Document.class));
    assertThat(after.getList("history", Document.class))
        .isEqualTo(before.getList("history", Document.class));
  }

  @Test
  void aDraftRacingAnotherChangeIsAppliedAgainToTheFreshHandoff() {
    registerWonDeal("race-3");
    doAnswer(ConcurrentWriter.afterFirstRead(mongo, "handoffs", "race-3"))
        .when(handoffs)
        .find(eq("race-3"));

    Handoff saved = writingBrief.saveDraft("race-3", aDraftPromising("Kept after a race"));

    assertThat(saved.brief().promises())
        .extracting(Brief.Promise::text)
        .containsExactly("Kept after a race");
    assertThat(stored("race-3").get("brief", Document.class).getList("promises", Document.class))
        .hasSize(1);
  }

  private void registerWonDeal(String dealId) {
    ResponseEntity<String> response =
        http.postForEntity(
            "/api/handoffs",
            Map.of(
                "dealId",
                dealId,
                "customerName",
                "Race Inc",
                "salesOwner",
                "sam",
                "arr",
                48000,
                "closeDate",
                "2026-11-20"),
            String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
  }

  private Document stored(String dealId) {
    return mongo.getCollection("handoffs").find(new Document("_id", dealId)).first();
  }

  private static Brief aDraftPromising(String promise) {
    return new Brief(
        List.of(new Brief.Promise(promise, "sam", LocalDate.parse("2027-01-15"))),
        List.of(),
        List.of(),
        null,
        null,
        null);
  }
}
