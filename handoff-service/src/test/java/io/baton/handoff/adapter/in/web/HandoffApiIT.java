package io.baton.handoff.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The handoff API against the embedded MongoDB while the engine is unreachable: a won deal is
 * registered once and its {@code deal-won} message waits, stored with the handoff, until the engine
 * takes it.
 */
@BatonServiceTest
class HandoffApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;

  @Test
  void registersAWonDealAndKeepsItsMessageUntilTheEngineTakesIt() {
    ResponseEntity<String> response = post(wonDeal("api-deal-1"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(response.getHeaders().getLocation()).hasToString("/api/handoffs/api-deal-1");
    Document stored =
        mongo.getCollection("handoffs").find(new Document("_id", "api-deal-1")).first();
    assertThat(stored).isNotNull();
    assertThat(stored.getString("status")).isEqualTo("DEAL_WON");
    List<Document> outbox = stored.getList("outbox", Document.class);
    assertThat(outbox)
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.getString("messageId")).isEqualTo("deal-won:api-deal-1");
              assertThat(message.get("publishedAt")).isNull();
            });
  }

  @Test
  void recognisesTheSameWonDealPostedTwice() throws Exception {
    assertThat(post(wonDeal("api-deal-2")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

    ResponseEntity<String> again = post(wonDeal("api-deal-2"));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(again.getBody()).path("dealId").asText()).isEqualTo("api-deal-2");
    assertThat(mongo.getCollection("handoffs").countDocuments(new Document("_id", "api-deal-2")))
        .isEqualTo(1);
  }

  @Test
  void refusesTheSameDealIdWithDifferentData() throws Exception {
    post(wonDeal("api-deal-3"));
    Map<String, Object> changed = wonDeal("api-deal-3");
    changed.put("arr", 99000);

    ResponseEntity<String> response = post(changed);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("dealId");
  }

  @Test
  void rejectsAnIncompleteWonDealNamingEveryMissingField() throws Exception {
    ResponseEntity<String> response = post(Map.of("dealId", "api-deal-4"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("arr", "closeDate", "customerName", "salesOwner");
    assertThat(mongo.getCollection("handoffs").countDocuments(new Document("_id", "api-deal-4")))
        .isZero();
  }

  @Test
  void rejectsAnUnsafeDealIdAndANegativeArr() throws Exception {
    Map<String, Object> deal = wonDeal("bad id!");
    deal.put("arr", -1);

    ResponseEntity<String> response = post(deal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("arr", "dealId");
  }

  @Test
  void rejectsAnArrThatIsNotANumberNamingTheField() throws Exception {
    Map<String, Object> deal = wonDeal("api-deal-5");
    deal.put("arr", "lots");

    ResponseEntity<String> response = post(deal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("arr");
  }

  @Test
  void rejectsACloseDateInTheFuture() throws Exception {
    Map<String, Object> deal = wonDeal("api-deal-6");
    deal.put("closeDate", "2999-01-01");

    ResponseEntity<String> response = post(deal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("closeDate");
  }

  @Test
  void answersAnUnknownDealWithNotFound() throws Exception {
    ResponseEntity<String> response = http.getForEntity("/api/handoffs/never-won", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(JSON.readTree(response.getBody()).path("detail").asText()).contains("never-won");
  }

  @Test
  void savesADraftBriefAndSaysWhatItStillLacks() throws Exception {
    post(wonDeal("api-deal-7"));
    Map<String, Object> draft =
        Map.of(
            "promises",
                List.of(
                    Map.of("text", "SSO before go-live", "owner", "sam", "dueDate", "2027-01-15")),
            "stakeholders", List.of(Map.of("name", "Cleo", "role", "champion")));

    ResponseEntity<String> saved = put("/api/handoffs/api-deal-7/brief", draft);

    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode completeness =
        JSON.readTree(
            http.getForObject("/api/handoffs/api-deal-7/brief/completeness", String.class));
    assertThat(completeness.path("complete").asBoolean()).isFalse();
    assertThat(completeness.path("missing").findValuesAsText("field"))
        .containsExactly("stakeholders", "successCriteria");
    assertThat(completeness.path("missing").toString()).contains("economic buyer");
    assertThat(
            JSON.readTree(http.getForObject("/api/handoffs/api-deal-7", String.class))
                .path("brief")
                .path("promises")
                .get(0)
                .path("owner")
                .asText())
        .isEqualTo("sam");
  }

  @Test
  void rejectsADraftWithAnUnknownStakeholderRoleNamingIt() throws Exception {
    post(wonDeal("api-deal-8"));

    ResponseEntity<String> response =
        put(
            "/api/handoffs/api-deal-8/brief",
            Map.of("stakeholders", List.of(Map.of("name", "Cleo", "role", "boss"))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("stakeholders[0].role");
  }

  @Test
  void findsHandoffsByStatusAndOwner() throws Exception {
    Map<String, Object> deal = wonDeal("api-deal-9");
    deal.put("salesOwner", "olivia");
    post(deal);

    JsonNode mine =
        JSON.readTree(
            http.getForObject("/api/handoffs?owner=olivia&status=DEAL_WON", String.class));
    JsonNode overdue =
        JSON.readTree(http.getForObject("/api/handoffs?owner=olivia&overdue=true", String.class));

    assertThat(mine.findValuesAsText("dealId")).containsExactly("api-deal-9");
    assertThat(overdue).isEmpty();
  }

  @Test
  void rejectsALimitOutOfRangeNamingIt() throws Exception {
    ResponseEntity<String> response = http.getForEntity("/api/handoffs?limit=0", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("limit");
  }

  /**
   * sam and rita are both sales reps; the handoff is sam's. For rita it does not exist: reading it,
   * its brief's completeness and drafting its brief are 404, and her list does not hold it.
   */
  @Test
  void aSalesRepSeesAndBriefsOnlyTheirOwnHandoffs() throws Exception {
    post(wonDeal("api-deal-own"));
    Map<String, Object> draft = Map.of("risks", "None known");

    assertThat(as("sam", HttpMethod.GET, "/api/handoffs/api-deal-own", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("sam", HttpMethod.PUT, "/api/handoffs/api-deal-own/brief", draft).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String path :
        List.of("/api/handoffs/api-deal-own", "/api/handoffs/api-deal-own/brief/completeness")) {
      ResponseEntity<String> answer = as("rita", HttpMethod.GET, path, null);
      assertThat(answer.getStatusCode()).as("rita reads " + path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).doesNotContain("Acme Corp");
    }
    assertThat(
            as(
                    "rita",
                    HttpMethod.PUT,
                    "/api/handoffs/api-deal-own/brief",
                    Map.of("risks", "Rita was here"))
                .getStatusCode())
        .as("rita drafts sam's brief")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            JSON.readTree(as("rita", HttpMethod.GET, "/api/handoffs?limit=500", null).getBody())
                .findValuesAsText("dealId"))
        .doesNotContain("api-deal-own");
    assertThat(
            JSON.readTree(http.getForObject("/api/handoffs/api-deal-own", String.class))
                .path("brief")
                .path("risks")
                .asText())
        .as("sam's brief after rita's try")
        .isEqualTo("None known");
  }

  private ResponseEntity<String> as(String salesRep, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.of(salesRep, "sales"));
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> put(String path, Object body) {
    return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
  }

  private ResponseEntity<String> post(Map<String, Object> body) {
    return http.postForEntity("/api/handoffs", body, String.class);
  }

  private static List<String> fields(ResponseEntity<String> response) throws Exception {
    JsonNode problem = JSON.readTree(response.getBody());
    return problem.path("errors").findValuesAsText("field");
  }

  private static Map<String, Object> wonDeal(String dealId) {
    Map<String, Object> deal = new HashMap<>();
    deal.put("dealId", dealId);
    deal.put("customerName", "Acme Corp");
    deal.put("salesOwner", "sam");
    deal.put("arr", 48000);
    deal.put("closeDate", "2026-11-20");
    return deal;
  }
}
