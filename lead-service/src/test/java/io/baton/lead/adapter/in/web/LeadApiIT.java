package io.baton.lead.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.lead.application.AnnouncingWonDeal;
import io.baton.lead.application.AssigningOwner;
import io.baton.lead.domain.PlayDecision;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
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
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The lead API against the embedded MongoDB: intake once, owners in turn, follow-up attempts,
 * outcomes, marketing's feedback and the handoff context.
 */
@BatonServiceTest
class LeadApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SUBMISSIONS = 8;

  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;
  @Autowired private AssigningOwner assigningOwner;
  @Autowired private AnnouncingWonDeal announcingWonDeal;

  @Test
  void receivesALeadAndNamesItInTheLocation() throws Exception {
    ResponseEntity<String> response = post("/api/leads", aLead().build());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode lead = JSON.readTree(response.getBody());
    String leadId = lead.path("leadId").asText();
    assertThat(leadId).matches("L-[2-9A-Z]{10}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/leads/" + leadId);
    assertThat(lead.path("source").path("channel").asText()).isEqualTo("paid-search");
    assertThat(lead.path("receivedAt").asText()).isNotBlank();
    assertThat(http.getForEntity("/api/leads/" + leadId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void answersTheSameExternalIdAgainWithTheExistingLeadAndStoresItOnce() throws Exception {
    String externalId = "crm-" + UUID.randomUUID();
    String first = leadId(post("/api/leads", aLead().withExternalId(externalId).build()));

    ResponseEntity<String> again =
        post("/api/leads", aLead().withExternalId(externalId).withEmail(uniqueEmail()).build());

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(leadId(again)).isEqualTo(first);
    assertThat(mongo.getCollection("leads").countDocuments(new Document("externalId", externalId)))
        .isEqualTo(1);
  }

  @Test
  void answersTheSameEmailThroughTheSameCampaignWithTheExistingLead() throws Exception {
    String email = uniqueEmail();
    String first = leadId(post("/api/leads", aLead().withEmail(email).build()));

    ResponseEntity<String> again =
        post("/api/leads", aLead().withEmail(email.toUpperCase()).build());

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(leadId(again)).isEqualTo(first);
    assertThat(mongo.getCollection("leads").countDocuments(new Document("contact.email", email)))
        .isEqualTo(1);
  }

  @Test
  void storesALeadOnceWhenTheSameSubmissionArrivesManyTimesAtOnce() throws Exception {
    String externalId = "crm-" + UUID.randomUUID();
    Map<String, Object> lead = aLead().withExternalId(externalId).build();
    ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
    List<Future<ResponseEntity<String>>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < SUBMISSIONS; i++) {
        responses.add(pool.submit(() -> post("/api/leads", lead)));
      }
      List<HttpStatusCode> statuses = new ArrayList<>();
      Set<String> leadIds = new HashSet<>();
      for (Future<ResponseEntity<String>> response : responses) {
        statuses.add(response.get().getStatusCode());
        leadIds.add(leadId(response.get()));
      }

      assertThat(statuses)
          .containsOnlyOnce(HttpStatus.CREATED)
          .containsOnly(HttpStatus.CREATED, HttpStatus.OK);
      assertThat(leadIds).hasSize(1);
      assertThat(
              mongo.getCollection("leads").countDocuments(new Document("externalId", externalId)))
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void receivesTheSameEmailThroughAnotherCampaignAsANewLead() throws Exception {
    String email = uniqueEmail();
    String first = leadId(post("/api/leads", aLead().withEmail(email).build()));

    ResponseEntity<String> other =
        post("/api/leads", aLead().withEmail(email).withCampaign("spring-webinar").build());

    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(leadId(other)).isNotEqualTo(first);
  }

  @Test
  void rejectsALeadWithoutCompanyNameWithABadEmailNamingEachNestedField() throws Exception {
    Map<String, Object> lead = aLead().build();
    lead.put("company", Map.of("size", 10));
    lead.put("contact", Map.of("name", "Dana Miller", "email", "not-an-email"));
    lead.put("source", Map.of("channel", "web-form"));

    ResponseEntity<String> response = post("/api/leads", lead);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response))
        .containsExactly("company.name", "contact.email", "source.campaign");
  }

  @Test
  void rejectsAnUnknownSourceChannelNamingSourceChannel() throws Exception {
    Map<String, Object> lead = aLead().build();
    lead.put("source", Map.of("channel", "carrier-pigeon", "campaign", "q4-launch"));

    ResponseEntity<String> response = post("/api/leads", lead);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("source.channel");
  }

  @Test
  void rejectsALeadWithoutCompanyContactAndSource() throws Exception {
    ResponseEntity<String> response = post("/api/leads", Map.of("intent", "hello"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("company", "contact", "source");
  }

  @Test
  void theFirstAttemptSetsFirstContactAndTimeToFirstContact() throws Exception {
    String leadId = aNewLeadId();

    ResponseEntity<String> first =
        postAttempt(leadId, Map.of("channel", "call", "outcome", "no-answer"));
    JsonNode afterFirst = JSON.readTree(first.getBody());
    postAttempt(leadId, Map.of("channel", "email", "outcome", "replied"));

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode lead =
        JSON.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody());
    assertThat(lead.path("attempts")).hasSize(2);
    assertThat(lead.path("firstContactAt").asText())
        .isEqualTo(afterFirst.path("attempts").get(0).path("at").asText());
    Duration timeToFirstContact = Duration.parse(lead.path("timeToFirstContact").asText());
    assertThat(timeToFirstContact)
        .isEqualTo(
            Duration.between(
                Instant.parse(lead.path("receivedAt").asText()),
                Instant.parse(lead.path("firstContactAt").asText())));
  }

  @Test
  void aLeadNobodyTriedHasNoFirstContactYet() throws Exception {
    JsonNode lead = JSON.readTree(post("/api/leads", aLead().build()).getBody());

    assertThat(lead.path("firstContactAt").isNull()).isTrue();
    assertThat(lead.path("timeToFirstContact").isNull()).isTrue();
    assertThat(lead.path("attempts")).isEmpty();
  }

  @Test
  void rejectsAnAttemptInTheFutureNamingAt() throws Exception {
    String leadId = aNewLeadId();

    ResponseEntity<String> response =
        postAttempt(
            leadId,
            Map.of(
                "channel",
                "call",
                "outcome",
                "replied",
                "at",
                Instant.now().plusSeconds(3600).toString()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("at");
    JsonNode lead =
        JSON.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody());
    assertThat(lead.path("attempts")).isEmpty();
  }

  @Test
  void rejectsAnAttemptBeforeTheLeadCameInNamingAt() throws Exception {
    String leadId = aNewLeadId();

    ResponseEntity<String> response =
        postAttempt(
            leadId, Map.of("channel", "call", "outcome", "replied", "at", "2020-01-01T00:00:00Z"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("at");
  }

  @Test
  void importsALeadThatCameInLastYearAndRunsItsClockFromThen() throws Exception {
    Instant lastYear = Instant.now().minus(Duration.ofDays(365)).truncatedTo(ChronoUnit.MILLIS);
    String externalId = "crm-" + UUID.randomUUID();
    Map<String, Object> submitted =
        aLead().withExternalId(externalId).receivedAt(lastYear.toString()).build();
    submitted.put("interest", "demo-request");

    ResponseEntity<String> response = post("/api/leads", submitted);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode lead = JSON.readTree(response.getBody());
    String leadId = lead.path("leadId").asText();
    assertThat(Instant.parse(lead.path("receivedAt").asText())).isEqualTo(lastYear);
    AssigningOwner.OwnerAndClock clock = assigningOwner.assign(leadId, priorityPlay(), null);
    assertThat(clock.firstContactDueAt())
        .as("the priority tier's first-contact target: 5 minutes after the lead came in")
        .isEqualTo(lastYear.plus(Duration.ofMinutes(5)));
    assertThat(List.of(clock.notifyOwnerAfter(), clock.reassignAfter(), clock.escalateAfter()))
        .as("long overdue: every escalation is due at once")
        .containsOnly(Duration.ZERO);
    assertThat(http.getForEntity("/api/leads?overdue=true&limit=500", String.class).getBody())
        .contains(leadId);

    Instant triedAt = lastYear.plus(Duration.ofMinutes(42));
    postAttempt(leadId, Map.of("channel", "call", "outcome", "replied", "at", triedAt.toString()));
    JsonNode context =
        JSON.readTree(
            http.getForEntity("/api/leads/" + leadId + "/context", String.class).getBody());
    assertThat(Instant.parse(context.path("receivedAt").asText())).isEqualTo(lastYear);
    assertThat(Instant.parse(context.path("firstContactAt").asText())).isEqualTo(triedAt);
    assertThat(Instant.parse(context.path("firstContactDueAt").asText()))
        .isEqualTo(lastYear.plus(Duration.ofMinutes(5)));
    JsonNode tried =
        JSON.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody());
    assertThat(Duration.parse(tried.path("timeToFirstContact").asText()))
        .isEqualTo(Duration.ofMinutes(42));

    ResponseEntity<String> again =
        post(
            "/api/leads",
            aLead().withExternalId(externalId).receivedAt(lastYear.toString()).build());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(leadId(again)).isEqualTo(leadId);
  }

  @Test
  void rejectsALeadThatCameInInTheFutureNamingReceivedAt() throws Exception {
    String email = uniqueEmail();

    ResponseEntity<String> response =
        post(
            "/api/leads",
            aLead()
                .withEmail(email)
                .receivedAt(Instant.now().plusSeconds(3600).toString())
                .build());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("receivedAt");
    assertThat(mongo.getCollection("leads").countDocuments(new Document("contact.email", email)))
        .isZero();
  }

  @Test
  void rejectsAnAttemptBeforeAnImportedLeadCameInNamingAt() throws Exception {
    Instant lastYear = Instant.now().minus(Duration.ofDays(365));
    String leadId = leadId(post("/api/leads", aLead().receivedAt(lastYear.toString()).build()));

    ResponseEntity<String> response =
        postAttempt(
            leadId,
            Map.of(
                "channel",
                "call",
                "outcome",
                "replied",
                "at",
                lastYear.minusSeconds(60).toString()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("at");
  }

  @Test
  void rejectsAnUnknownOutcomeNamingOutcome() throws Exception {
    String leadId = aNewLeadId();

    ResponseEntity<String> response =
        postAttempt(leadId, Map.of("channel", "call", "outcome", "maybe"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("outcome");
  }

  @Test
  void answersAnAttemptOnAnUnknownLeadWithNotFound() throws Exception {
    ResponseEntity<String> response =
        post("/api/leads/L-NOSUCHLEAD/attempts", Map.of("channel", "call", "outcome", "replied"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void recordsTheSameDatedAttemptOnce() throws Exception {
    String leadId = aNewLeadId();
    Map<String, Object> attempt =
        Map.of("channel", "call", "outcome", "left-voicemail", "at", Instant.now().toString());

    assertThat(postAttempt(leadId, attempt).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> again = postAttempt(leadId, attempt);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(again.getBody()).path("attempts")).hasSize(1);
  }

  @Test
  void givesTheHandoffTheLeadsContextWithNotesOldestFirstAndNoPlayBeforeTheFollowUpDecidedIt()
      throws Exception {
    JsonNode lead =
        JSON.readTree(
            post("/api/leads", aLead().withIntent("Wants SSO for 40 seats").build()).getBody());
    String leadId = lead.path("leadId").asText();
    Instant receivedAt = Instant.parse(lead.path("receivedAt").asText());
    Thread.sleep(5);
    postAttempt(
        leadId, Map.of("channel", "meeting", "outcome", "meeting-booked", "notes", "Demo booked"));
    postAttempt(
        leadId,
        Map.of(
            "channel",
            "call",
            "outcome",
            "replied",
            "notes",
            "Asked for pricing",
            "at",
            receivedAt.toString()));

    ResponseEntity<String> response =
        http.getForEntity("/api/leads/" + leadId + "/context", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode context = JSON.readTree(response.getBody());
    assertThat(fieldNames(context))
        .containsExactly(
            "leadId",
            "company",
            "contact",
            "source",
            "interest",
            "play",
            "owner",
            "outcome",
            "attempts",
            "notes",
            "receivedAt",
            "firstContactAt",
            "firstContactDueAt");
    assertThat(context.path("leadId").asText()).isEqualTo(leadId);
    assertThat(context.has("play")).isTrue();
    assertThat(context.path("play").isNull()).isTrue();
    assertThat(fieldNames(context.path("company"))).containsExactly("name", "size");
    assertThat(fieldNames(context.path("contact")))
        .containsExactly("name", "email", "phone", "title");
    assertThat(context.path("contact").path("phone").isNull()).isTrue();
    assertThat(context.path("source").path("channel").asText()).isEqualTo("paid-search");
    assertThat(context.path("source").path("campaign").asText()).isEqualTo("q4-launch");
    assertThat(context.path("attempts").findValuesAsText("outcome"))
        .containsExactly("replied", "meeting-booked");
    assertThat(fieldNames(context.path("attempts").get(0)))
        .containsExactly("channel", "outcome", "notes", "at");
    assertThat(JSON.convertValue(context.path("notes"), List.class))
        .containsExactly("Wants SSO for 40 seats", "Asked for pricing", "Demo booked");
    assertThat(Instant.parse(context.path("firstContactAt").asText())).isEqualTo(receivedAt);
    assertThat(Instant.parse(context.path("receivedAt").asText())).isEqualTo(receivedAt);
    assertThat(context.path("interest").isNull()).isTrue();
    assertThat(context.path("firstContactDueAt").isNull()).isTrue();
  }

  /**
   * What travels on with the customer as its lineage: what the lead asked for, its play and SLA
   * tier, its owner, when it came in, when it was first tried and when that was due by the tier.
   */
  @Test
  void theContextCarriesWhatTheLeadAskedForItsPlayOwnerAndFirstContactClock() throws Exception {
    Map<String, Object> submitted = aLead().build();
    submitted.put("interest", "demo-request");
    JsonNode lead = JSON.readTree(post("/api/leads", submitted).getBody());
    String leadId = lead.path("leadId").asText();
    Instant receivedAt = Instant.parse(lead.path("receivedAt").asText());
    String owner = assigningOwner.assign(leadId, priorityPlay(), null).owner();
    JsonNode tried =
        JSON.readTree(
            postAttempt(
                    leadId, Map.of("channel", "call", "outcome", "replied", "notes", "Call back"))
                .getBody());
    Instant triedAt = Instant.parse(tried.path("firstContactAt").asText());

    JsonNode context =
        JSON.readTree(
            http.getForEntity("/api/leads/" + leadId + "/context", String.class).getBody());

    assertThat(context.path("interest").asText()).isEqualTo("demo-request");
    assertThat(context.path("play").path("name").asText()).isEqualTo("enterprise-discovery");
    assertThat(context.path("play").path("slaTier").asText()).isEqualTo("priority");
    assertThat(context.path("owner").asText()).isEqualTo(owner).isNotBlank();
    assertThat(Instant.parse(context.path("receivedAt").asText())).isEqualTo(receivedAt);
    assertThat(Instant.parse(context.path("firstContactAt").asText()))
        .isEqualTo(triedAt)
        .isAfterOrEqualTo(receivedAt);
    assertThat(Instant.parse(context.path("firstContactDueAt").asText()))
        .as("the priority tier's first-contact target: 5 minutes after the lead came in")
        .isEqualTo(receivedAt.plus(Duration.ofMinutes(5)));
  }

  @Test
  void answersTheContextOfAnUnknownLeadWithNotFound() throws Exception {
    ResponseEntity<String> response =
        http.getForEntity("/api/leads/L-NOSUCHLEAD/context", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(JSON.readTree(response.getBody()).path("detail").asText()).contains("L-NOSUCHLEAD");
  }

  @Test
  void listsTheMostRecentLeadsFirst() throws Exception {
    String older = aNewLeadId();
    Thread.sleep(5);
    String newer = aNewLeadId();

    JsonNode recent =
        JSON.readTree(http.getForEntity("/api/leads?limit=2", String.class).getBody());

    assertThat(recent.findValuesAsText("leadId")).containsExactly(newer, older);
  }

  @Test
  void rejectsALimitOutOfRangeNamingLimit() throws Exception {
    ResponseEntity<String> response = http.getForEntity("/api/leads?limit=0", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("limit");
  }

  @Test
  void describesTheChannelsInTheOpenApiDocumentAsTheyAreSent() throws Exception {
    JsonNode schemas =
        JSON.readTree(http.getForEntity("/v3/api-docs", String.class).getBody())
            .path("components")
            .path("schemas");

    assertThat(
            JSON.convertValue(
                schemas.path("SourceRequest").path("properties").path("channel").path("enum"),
                List.class))
        .containsExactly(
            "web-form", "webinar", "referral", "paid-search", "event", "outbound", "partner");
    assertThat(
            JSON.convertValue(
                schemas.path("AttemptRequest").path("properties").path("outcome").path("enum"),
                List.class))
        .containsExactly(
            "no-answer",
            "left-voicemail",
            "bounced",
            "replied",
            "meeting-booked",
            "not-interested",
            "wrong-contact");
  }

  @Test
  void keepsTheDecidedPlayWithItsInputsAndDealsNewLeadsToTheTierInTurn() throws Exception {
    String first = aNewLeadId();
    String second = aNewLeadId();
    String third = aNewLeadId();

    List<String> owners = new ArrayList<>();
    for (String leadId : List.of(first, second, third)) {
      owners.add(assigningOwner.assign(leadId, priorityPlay(), null).owner());
    }
    AssigningOwner.OwnerAndClock again = assigningOwner.assign(first, priorityPlay(), null);

    assertThat(owners.get(0)).isNotEqualTo(owners.get(1));
    assertThat(owners.get(2)).isEqualTo(owners.get(0));
    assertThat(again.owner()).isEqualTo(owners.get(0));
    assertThat(again.team()).isEqualTo("sales-priority");
    JsonNode lead = JSON.readTree(http.getForEntity("/api/leads/" + first, String.class).getBody());
    assertThat(lead.path("status").asText()).isEqualTo("working");
    assertThat(lead.path("play").path("name").asText()).isEqualTo("enterprise-discovery");
    assertThat(lead.path("play").path("reason").asText())
        .isEqualTo("An enterprise company asked for a demo");
    assertThat(lead.path("play").path("inputs").path("interest").asText())
        .isEqualTo("demo-request");
    assertThat(lead.path("assignments")).hasSize(1);
    assertThat(
            Duration.between(
                Instant.parse(lead.path("receivedAt").asText()),
                Instant.parse(lead.path("firstContactDueAt").asText())))
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void disqualifiesWithAReasonOnceAndRefusesAnotherOutcomeAfterwards() throws Exception {
    String leadId = aNewLeadId();

    ResponseEntity<String> withoutReason =
        postOutcome(leadId, Map.of("outcome", "disqualified", "recordedBy", "sam"));
    ResponseEntity<String> disqualified = postOutcome(leadId, disqualification("no-budget"));
    ResponseEntity<String> again = postOutcome(leadId, disqualification("no-budget"));
    ResponseEntity<String> qualified =
        postOutcome(leadId, Map.of("outcome", "qualified", "recordedBy", "sam"));

    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(withoutReason)).containsExactly("reason");
    assertThat(disqualified.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(disqualified.getBody()).path("status").asText())
        .isEqualTo("disqualified");
    assertThat(JSON.readTree(disqualified.getBody()).path("outcome").path("reason").asText())
        .isEqualTo("no-budget");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(qualified.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(qualified.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(outboxMessageIds(leadId))
        .containsExactly(
            "lead-received:" + leadId, "lead-outcome-recorded:" + leadId + ":disqualified");
  }

  @Test
  void rejectsAnUnknownReasonAndAConversionWithoutAValidDealNamingTheFields() throws Exception {
    String leadId = aNewLeadId();

    ResponseEntity<String> unknownReason = postOutcome(leadId, disqualification("too-expensive"));
    ResponseEntity<String> noDeal =
        postOutcome(leadId, Map.of("outcome", "converted", "recordedBy", "sam"));
    ResponseEntity<String> badDeal =
        postOutcome(
            leadId,
            Map.of(
                "outcome",
                "converted",
                "recordedBy",
                "sam",
                "deal",
                Map.of("dealId", "D-1", "arr", -5)));

    assertThat(fields(unknownReason)).containsExactly("reason");
    assertThat(fields(noDeal)).containsExactly("deal");
    assertThat(fields(badDeal)).containsExactly("deal.arr", "deal.closeDate");
    assertThat(
            JSON.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody())
                .path("status")
                .asText())
        .isEqualTo("new");
  }

  @Test
  void convertsIntoAWonDealForTheCompanyAndItsOwnerByDefault() throws Exception {
    String leadId = aNewLeadId();

    ResponseEntity<String> converted = postOutcome(leadId, conversion("D-" + UUID.randomUUID()));

    assertThat(converted.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode outcome = JSON.readTree(converted.getBody()).path("outcome");
    assertThat(outcome.path("outcome").asText()).isEqualTo("converted");
    assertThat(outcome.path("deal").path("customerName").asText()).isEqualTo("Acme Corp");
    assertThat(outcome.path("deal").path("arr").decimalValue()).isEqualByComparingTo("48000");
  }

  @Test
  void aConvertedLeadsDealWonWaitsInItsOutboxOnceWithTheDealAsNumbersAndText() throws Exception {
    String leadId = aNewLeadId();
    String dealId = "D-" + UUID.randomUUID();
    postOutcome(leadId, conversion(dealId));

    announcingWonDeal.announce(leadId);
    announcingWonDeal.announce(leadId);

    List<Document> dealWon =
        mongo.findById(leadId, Document.class, "leads").getList("outbox", Document.class).stream()
            .filter(message -> "deal-won".equals(message.getString("messageName")))
            .toList();
    assertThat(dealWon).hasSize(1);
    assertThat(dealWon.getFirst().getString("messageId")).isEqualTo("deal-won:" + dealId);
    assertThat(dealWon.getFirst().getString("correlationKey")).isEqualTo(dealId);
    Document variables = dealWon.getFirst().get("variables", Document.class);
    assertThat(variables.get("arr")).isEqualTo(48000L);
    assertThat(variables)
        .containsEntry("dealId", dealId)
        .containsEntry("leadId", leadId)
        .containsEntry("closeDate", "2026-01-15")
        .containsKeys("customerName", "salesOwner", "correlationId");
  }

  @Test
  void answersAnOutcomeOfAnUnknownLeadWithNotFound() {
    assertThat(postOutcome("L-NOSUCHLEAD", disqualification("no-need")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void findsLeadsByStatusAndThoseNobodyTriedPastTheirFirstContactSla() throws Exception {
    String overdue = aNewLeadId();
    String tried = aNewLeadId();
    String closed = aNewLeadId();
    postAttempt(tried, Map.of("channel", "call", "outcome", "no-answer"));
    postOutcome(closed, disqualification("no-need"));
    for (String leadId : List.of(overdue, tried, closed)) {
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(leadId)),
          Update.update("firstContactDueAt", Instant.now().minusSeconds(60)),
          "leads");
    }

    JsonNode overdueLeads =
        JSON.readTree(
            http.getForEntity("/api/leads?overdue=true&limit=500", String.class).getBody());
    JsonNode disqualified =
        JSON.readTree(
            http.getForEntity("/api/leads?status=disqualified&limit=500", String.class).getBody());

    assertThat(overdueLeads.findValuesAsText("leadId"))
        .contains(overdue)
        .doesNotContain(tried, closed);
    assertThat(disqualified.findValuesAsText("leadId"))
        .contains(closed)
        .doesNotContain(overdue, tried);
    assertThat(http.getForEntity("/api/leads?status=lost", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void tellsMarketingWhatBecameOfEachCampaignsLeads() throws Exception {
    String campaign = "feedback-" + UUID.randomUUID();
    String contacted = leadId(post("/api/leads", aLead().withCampaign(campaign).build()));
    String disqualified = leadId(post("/api/leads", aLead().withCampaign(campaign).build()));
    String converted = leadId(post("/api/leads", aLead().withCampaign(campaign).build()));
    postAttempt(contacted, Map.of("channel", "call", "outcome", "replied"));
    postOutcome(disqualified, disqualification("competitor"));
    postOutcome(converted, Map.of("outcome", "qualified", "recordedBy", "sam"));
    postOutcome(converted, conversion("D-" + UUID.randomUUID()));

    JsonNode feedback =
        JSON.readTree(http.getForEntity("/api/leads/feedback/campaigns", String.class).getBody());
    JsonNode ours = null;
    for (JsonNode row : feedback) {
      if (row.path("key").asText().equals(campaign)) {
        ours = row;
      }
    }

    assertThat(ours).isNotNull();
    assertThat(ours.path("leads").asInt()).isEqualTo(3);
    assertThat(ours.path("contacted").asInt()).isEqualTo(1);
    assertThat(Duration.parse(ours.path("medianTimeToFirstContact").asText())).isPositive();
    assertThat(ours.path("qualified").asInt()).isEqualTo(1);
    assertThat(ours.path("disqualifiedByReason").path("competitor").asInt()).isEqualTo(1);
    assertThat(ours.path("converted").asInt()).isEqualTo(1);
    assertThat(ours.path("convertedArr").decimalValue()).isEqualByComparingTo("48000");
    JsonNode perSource =
        JSON.readTree(http.getForEntity("/api/leads/feedback/sources", String.class).getBody());
    assertThat(perSource.findValuesAsText("key")).contains("paid-search");
  }

  /**
   * Who recorded an outcome is the signed-in user, whatever the body says; only the system relays
   * others.
   */
  @Test
  void takesWhoRecordedTheOutcomeFromTheTokenAndRefusesABodyNamingSomeoneElse() throws Exception {
    String leadId = aNewLeadId();
    HttpHeaders asAnn = new HttpHeaders();
    asAnn.setBearerAuth(TestTokens.of("ann", "admin"));

    ResponseEntity<String> impersonating =
        http.exchange(
            "/api/leads/" + leadId + "/outcome",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("outcome", "qualified", "recordedBy", "sam"), asAnn),
            String.class);
    ResponseEntity<String> asHerself =
        http.exchange(
            "/api/leads/" + leadId + "/outcome",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("outcome", "qualified"), asAnn),
            String.class);

    assertThat(impersonating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(impersonating)).containsExactly("recordedBy");
    assertThat(asHerself.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(asHerself.getBody()).path("outcome").path("recordedBy").asText())
        .isEqualTo("ann");
  }

  /**
   * sam and rita are both sales reps; the lead is dealt to one of them. For the other it does not
   * exist: reading it or its context, recording an attempt or an outcome on it are 404 and change
   * nothing, and their list does not hold it. Its owner does all of it, as themselves.
   */
  @Test
  void aSalesRepWorksOnlyTheirOwnLeadsAndAnotherRepsLeadDoesNotExistForThem() throws Exception {
    String leadId = aNewLeadId();
    String owner = assigningOwner.assign(leadId, priorityPlay(), null).owner();
    String otherRep = owner.equals("sam") ? "rita" : "sam";

    for (String path : List.of("/api/leads/" + leadId, "/api/leads/" + leadId + "/context")) {
      ResponseEntity<String> answer = asSalesRep(otherRep, HttpMethod.GET, path, null);
      assertThat(answer.getStatusCode())
          .as(otherRep + " reads " + path)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).doesNotContain("Acme Corp");
    }
    ResponseEntity<String> attempt =
        asSalesRep(
            otherRep,
            HttpMethod.POST,
            "/api/leads/" + leadId + "/attempts",
            Map.of("channel", "call", "outcome", "replied", "notes", otherRep + " was here"));
    ResponseEntity<String> outcome =
        asSalesRep(
            otherRep,
            HttpMethod.POST,
            "/api/leads/" + leadId + "/outcome",
            Map.of("outcome", "disqualified", "reason", "no-budget"));
    assertThat(attempt.getStatusCode())
        .as(otherRep + " records an attempt on " + owner + "'s lead")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(attempt.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(outcome.getStatusCode())
        .as(otherRep + " records an outcome of " + owner + "'s lead")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(outcome.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(
            JSON.readTree(
                    asSalesRep(otherRep, HttpMethod.GET, "/api/leads?limit=500", null).getBody())
                .findValuesAsText("leadId"))
        .doesNotContain(leadId);
    JsonNode untouched =
        JSON.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody());
    assertThat(untouched.path("attempts"))
        .as(owner + "'s attempts after " + otherRep + "'s try")
        .isEmpty();
    assertThat(untouched.path("status").asText()).isEqualTo("working");
    assertThat(untouched.path("outcome").isNull())
        .as(owner + "'s outcome after " + otherRep + "'s try")
        .isTrue();

    assertThat(
            asSalesRep(owner, HttpMethod.GET, "/api/leads/" + leadId + "/context", null)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            JSON.readTree(asSalesRep(owner, HttpMethod.GET, "/api/leads?limit=500", null).getBody())
                .findValuesAsText("leadId"))
        .contains(leadId);
    ResponseEntity<String> ownAttempt =
        asSalesRep(
            owner,
            HttpMethod.POST,
            "/api/leads/" + leadId + "/attempts",
            Map.of("channel", "call", "outcome", "no-answer"));
    ResponseEntity<String> ownOutcome =
        asSalesRep(
            owner,
            HttpMethod.POST,
            "/api/leads/" + leadId + "/outcome",
            Map.of("outcome", "qualified"));
    assertThat(ownAttempt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(JSON.readTree(ownAttempt.getBody()).path("attempts")).hasSize(1);
    assertThat(ownOutcome.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(ownOutcome.getBody()).path("status").asText()).isEqualTo("qualified");
    assertThat(JSON.readTree(ownOutcome.getBody()).path("outcome").path("recordedBy").asText())
        .isEqualTo(owner);
  }

  /**
   * Marketing's feedback counts every rep's leads, so only the roles that see every lead read it:
   * sam and rita, who each own one of the campaign's leads, are refused (403) whether or not the
   * lead is theirs; mia (marketing) and cleo (CS leader) see both leads.
   */
  @Test
  void campaignFeedbackCountsEveryRepsLeadsAndIsRefusedToTheRepsWhoSeeOnlyTheirOwn()
      throws Exception {
    String campaign = "feedback-own-" + UUID.randomUUID();
    String first = leadId(post("/api/leads", aLead().withCampaign(campaign).build()));
    String second = leadId(post("/api/leads", aLead().withCampaign(campaign).build()));
    List<String> owners =
        List.of(
            assigningOwner.assign(first, priorityPlay(), null).owner(),
            assigningOwner.assign(second, priorityPlay(), null).owner());
    assertThat(owners).containsExactlyInAnyOrder("sam", "rita");

    for (String rep : owners) {
      for (String path : List.of("/api/leads/feedback/campaigns", "/api/leads/feedback/sources")) {
        ResponseEntity<String> answer = as(rep, "sales", HttpMethod.GET, path, null);
        assertThat(answer.getStatusCode())
            .as(rep + " reads " + path)
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getHeaders().getContentType())
            .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).doesNotContain(campaign);
      }
    }
    for (String[] reader :
        List.of(new String[] {"mia", "marketing"}, new String[] {"cleo", "cs-leader"})) {
      ResponseEntity<String> answer =
          as(reader[0], reader[1], HttpMethod.GET, "/api/leads/feedback/campaigns", null);
      assertThat(answer.getStatusCode())
          .as(reader[0] + " reads the feedback")
          .isEqualTo(HttpStatus.OK);
      JsonNode ours = null;
      for (JsonNode row : JSON.readTree(answer.getBody())) {
        if (row.path("key").asText().equals(campaign)) {
          ours = row;
        }
      }
      assertThat(ours).as(reader[0] + " sees the campaign").isNotNull();
      assertThat(ours.path("leads").asInt()).as("leads of both reps").isEqualTo(2);
    }
  }

  private ResponseEntity<String> asSalesRep(
      String salesRep, HttpMethod method, String path, Object body) {
    return as(salesRep, "sales", method, path, body);
  }

  private ResponseEntity<String> as(
      String username, String role, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.of(username, role));
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> postOutcome(String leadId, Map<String, Object> outcome) {
    return post("/api/leads/" + leadId + "/outcome", outcome);
  }

  private static Map<String, Object> disqualification(String reason) {
    return Map.of("outcome", "disqualified", "reason", reason, "recordedBy", "sam");
  }

  private static Map<String, Object> conversion(String dealId) {
    return Map.of(
        "outcome", "converted",
        "recordedBy", "crm",
        "deal", Map.of("dealId", dealId, "arr", 48000, "closeDate", "2026-01-15"));
  }

  private static PlayDecision priorityPlay() {
    return new PlayDecision(
        "lead-play",
        Map.of("sourceChannel", "paid-search", "companySize", 5000, "interest", "demo-request"),
        "enterprise-discovery",
        "priority",
        "Reference what they asked for",
        "Book a discovery call",
        "An enterprise company asked for a demo",
        Instant.now());
  }

  private List<String> outboxMessageIds(String leadId) {
    Document lead = mongo.findById(leadId, Document.class, "leads");
    return lead.getList("outbox", Document.class).stream()
        .map(message -> message.getString("messageId"))
        .toList();
  }

  private String aNewLeadId() throws Exception {
    return leadId(post("/api/leads", aLead().build()));
  }

  private ResponseEntity<String> postAttempt(String leadId, Map<String, Object> attempt) {
    return post("/api/leads/" + leadId + "/attempts", attempt);
  }

  private ResponseEntity<String> post(String path, Map<String, Object> body) {
    return http.postForEntity(path, body, String.class);
  }

  private static String leadId(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody()).path("leadId").asText();
  }

  private static List<String> fields(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody()).path("errors").findValuesAsText("field");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String uniqueEmail() {
    return "dana." + UUID.randomUUID() + "@acme.example";
  }

  private static LeadBuilder aLead() {
    return new LeadBuilder();
  }

  /** A web-form lead; every one gets its own contact email unless a test gives one. */
  private static final class LeadBuilder {

    private String externalId;
    private String email = uniqueEmail();
    private String campaign = "q4-launch";
    private String intent = "Wants a demo";
    private String receivedAt;

    LeadBuilder withExternalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    LeadBuilder withEmail(String email) {
      this.email = email;
      return this;
    }

    LeadBuilder withCampaign(String campaign) {
      this.campaign = campaign;
      return this;
    }

    LeadBuilder withIntent(String intent) {
      this.intent = intent;
      return this;
    }

    LeadBuilder receivedAt(String receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    Map<String, Object> build() {
      Map<String, Object> lead = new HashMap<>();
      if (receivedAt != null) {
        lead.put("receivedAt", receivedAt);
      }
      if (externalId != null) {
        lead.put("externalId", externalId);
      }
      lead.put("company", Map.of("name", "Acme Corp", "size", 250));
      lead.put(
          "contact", Map.of("name", "Dana Miller", "email", email, "title", "Head of Operations"));
      lead.put("source", Map.of("channel", "paid-search", "campaign", campaign));
      lead.put("intent", intent);
      return lead;
    }
  }
}
