package io.baton.lead.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The pipeline retention-service reads for its revenue figures: leads received from {@code from} to
 * {@code to} (both days included) and converted, per campaign, source channel, play, owner and
 * month, counted in MongoDB. The leads are imported through the API as received in 2019 (their
 * {@code receivedAt}; no other test's leads are there), then owned, played and converted in the
 * store.
 */
@BatonServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadPipelineApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PIPELINE =
      "/api/leads/feedback/pipeline?from=2019-01-01&to=2019-03-31";

  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;

  private final String alpha = "pipeline-a-" + UUID.randomUUID();
  private final String beta = "pipeline-b-" + UUID.randomUUID();

  @BeforeAll
  void receiveLeadsAcrossCampaignsOwnersAndMonths() {
    // on the first day, included
    lead(alpha, "paid-search", "sam", "fast-track", "2019-01-01T00:00:00Z", true);
    lead(alpha, "webinar", "rita", "fast-track", "2019-01-15T10:00:00Z", false);
    lead(beta, "paid-search", "sam", "nurture-first", "2019-02-10T10:00:00Z", true);
    // no campaign, owner or play; on the last day, included
    lead(null, "paid-search", null, null, "2019-03-31T23:59:59Z", false);
    // outside the period
    lead(alpha, "paid-search", "sam", "fast-track", "2018-12-31T23:59:59Z", true);
    lead(alpha, "paid-search", "sam", "fast-track", "2019-04-01T00:00:00Z", true);
  }

  @Test
  void countsTheLeadsReceivedOnEveryDayOfThePeriodAndThoseConvertedPerGrouping() throws Exception {
    ResponseEntity<String> answer = getAs("retention-service", PIPELINE, "system");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode pipeline = JSON.readTree(answer.getBody());
    assertThat(pipeline.path("from").asText()).isEqualTo("2019-01-01");
    assertThat(pipeline.path("to").asText()).isEqualTo("2019-03-31");
    assertThat(rows(pipeline.path("campaign")))
        .containsExactly(alpha + " 2 1", beta + " 1 1", "null 1 0");
    assertThat(rows(pipeline.path("sourceChannel")))
        .containsExactly("paid-search 3 2", "webinar 1 0");
    assertThat(rows(pipeline.path("play")))
        .containsExactly("fast-track 2 1", "nurture-first 1 1", "null 1 0");
    assertThat(rows(pipeline.path("owner"))).containsExactly("rita 1 0", "sam 2 2", "null 1 0");
    assertThat(rows(pipeline.path("receivedMonth")))
        .containsExactly("2019-01 2 1", "2019-02 1 1", "2019-03 1 0");
    assertThat(pipeline.path("campaign").get(2).has("value")).as("null value written").isTrue();
  }

  @Test
  void aPeriodWithoutLeadsHasNoRows() throws Exception {
    JsonNode pipeline =
        JSON.readTree(
            getAs("mia", "/api/leads/feedback/pipeline?from=2017-01-01&to=2017-12-31", "marketing")
                .getBody());

    assertThat(pipeline.path("campaign")).isEmpty();
    assertThat(pipeline.path("receivedMonth")).isEmpty();
  }

  @Test
  void marketingCsLeadersAdminsAndTheSystemReadItAndASalesRepIsRefused() {
    for (String role : List.of("marketing", "cs-leader", "admin", "system")) {
      assertThat(getAs("reader", PIPELINE, role).getStatusCode()).as(role).isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> rep = getAs("sam", PIPELINE, "sales");
    assertThat(rep.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rep.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(getAs("ann", PIPELINE, "account-manager").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusesABadMissingOrInvertedPeriodNamingEachParameter() throws Exception {
    assertThat(problemFields("from=2019-13-01&to=2019-03-31")).containsExactly("from");
    assertThat(problemFields("from=2019-01-01&to=31.03.2019")).containsExactly("to");
    assertThat(problemFields("from=2019-01-01")).containsExactly("to");
    assertThat(problemFields("")).containsExactly("from", "to");
    assertThat(problemFields("from=2019-04-01&to=2019-03-31")).containsExactly("from");
  }

  private List<String> problemFields(String query) throws Exception {
    ResponseEntity<String> answer =
        getAs("cleo", "/api/leads/feedback/pipeline?" + query, "cs-leader");
    assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return JSON.readTree(answer.getBody()).path("errors").findValuesAsText("field");
  }

  private void lead(
      String campaign,
      String channel,
      String owner,
      String play,
      String receivedAt,
      boolean converted) {
    Map<String, Object> source = new HashMap<>();
    source.put("channel", channel);
    source.put("campaign", campaign == null ? "to-be-removed" : campaign);
    ResponseEntity<String> received =
        http.postForEntity(
            "/api/leads",
            Map.of(
                "company",
                Map.of("name", "Acme Corp", "size", 250),
                "contact",
                Map.of("name", "Dana Miller", "email", UUID.randomUUID() + "@acme.example"),
                "source",
                source,
                "intent",
                "Wants a demo",
                "receivedAt",
                receivedAt),
            String.class);
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String leadId;
    try {
      JsonNode lead = JSON.readTree(received.getBody());
      leadId = lead.path("leadId").asText();
      assertThat(Instant.parse(lead.path("receivedAt").asText()))
          .isEqualTo(Instant.parse(receivedAt));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Update update = new Update();
    if (campaign == null) {
      update.unset("source.campaign");
    }
    if (owner == null) {
      update.unset("owner");
    } else {
      update.set("owner", owner);
    }
    if (play == null) {
      update.unset("play");
    } else {
      update.set("play", new Document("playName", play).append("slaTier", "standard"));
    }
    if (converted) {
      update.set("status", "CONVERTED");
    }
    mongo.updateFirst(Query.query(Criteria.where("_id").is(leadId)), update, "leads");
  }

  private static List<String> rows(JsonNode rows) {
    List<String> lines = new ArrayList<>();
    for (JsonNode row : rows) {
      lines.add(
          (row.path("value").isNull() ? "null" : row.path("value").asText())
              + " "
              + row.path("leads").asLong()
              + " "
              + row.path("converted").asLong());
    }
    return lines;
  }

  private ResponseEntity<String> getAs(String username, String path, String... roles) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.of(username, roles));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
