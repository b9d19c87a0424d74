package io.baton.lead.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadPipeline;
import io.baton.lead.domain.LeadSearch;
import io.baton.lead.domain.LeadStatus;
import io.baton.lead.domain.Leads;
import io.baton.lead.domain.SourceChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Leads in MongoDB, one document per lead, changed under optimistic locking. */
@Repository
class MongoLeads implements Leads {

  private final MongoTemplate mongoTemplate;

  MongoLeads(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public Optional<Lead> find(String leadId) {
    return Optional.ofNullable(mongoTemplate.findById(leadId, LeadDocument.class))
        .map(LeadDocument::toLead);
  }

  @Override
  public Optional<Lead> findByExternalId(String externalId) {
    return findOne(Query.query(where("externalId").is(externalId)));
  }

  @Override
  public Optional<Lead> findByContactKey(String contactKey) {
    return findOne(Query.query(where("contactKey").is(contactKey)));
  }

  @Override
  public List<Lead> search(LeadSearch search) {
    Query query =
        new Query().with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(search.limit());
    if (search.status() != null) {
      query.addCriteria(where("status").is(search.status()));
    }
    if (search.owner() != null) {
      query.addCriteria(where("owner").is(search.owner()));
    }
    if (search.externalId() != null) {
      query.addCriteria(where("externalId").is(search.externalId()));
    }
    if (search.firstContactOverdueAt() != null) {
      query.addCriteria(
          where("firstContactAt")
              .is(null)
              .and("firstContactDueAt")
              .lt(search.firstContactOverdueAt())
              .and("status")
              .in(
                  Arrays.stream(LeadStatus.values())
                      .filter(status -> !status.isClosed())
                      .toList()));
    }
    return mongoTemplate.find(query, LeadDocument.class).stream()
        .map(LeadDocument::toLead)
        .toList();
  }

  @Override
  public void forEachReceivedBetween(Instant from, Instant to, Consumer<Lead> action) {
    Query query = Query.query(where("receivedAt").gte(from).lt(to));
    try (Stream<LeadDocument> documents = mongoTemplate.stream(query, LeadDocument.class)) {
      documents.map(LeadDocument::toLead).forEach(action);
    }
  }

  /**
   * One aggregation on the server: the leads received in the period ({@code receivedAt} is
   * indexed), counted per value of each grouping in a {@code $facet}.
   */
  @Override
  public LeadPipeline pipelineReceivedBetween(Instant from, Instant to) {
    Document converted =
        new Document(
            "$sum",
            new Document(
                "$cond",
                List.of(
                    new Document("$eq", List.of("$status", LeadStatus.CONVERTED.name())), 1, 0)));
    Document facets = new Document();
    PIPELINE_GROUPINGS.forEach(
        (name, key) ->
            facets.append(
                name,
                List.of(
                    new Document(
                        "$group",
                        new Document("_id", key)
                            .append("leads", new Document("$sum", 1))
                            .append("converted", converted)))));
    List<Document> pipeline =
        List.of(
            new Document(
                "$match",
                new Document(
                    "receivedAt",
                    new Document("$gte", Date.from(from)).append("$lt", Date.from(to)))),
            new Document("$facet", facets));
    Document result =
        mongoTemplate
            .getCollection(LeadDocument.COLLECTION)
            .aggregate(pipeline)
            .into(new ArrayList<>())
            .stream()
            .findFirst()
            .orElseGet(Document::new);
    return new LeadPipeline(
        rows(result, "campaign", value -> value),
        rows(result, "sourceChannel", MongoLeads::channelCode),
        rows(result, "play", value -> value),
        rows(result, "owner", value -> value),
        rows(result, "receivedMonth", value -> value));
  }

  /** What each grouping of the pipeline groups by, in the stored document. */
  private static final Map<String, Object> PIPELINE_GROUPINGS = pipelineGroupings();

  private static Map<String, Object> pipelineGroupings() {
    Map<String, Object> groupings = new LinkedHashMap<>();
    groupings.put("campaign", "$source.campaign");
    groupings.put("sourceChannel", "$source.channel");
    groupings.put("play", "$play.playName");
    groupings.put("owner", "$owner");
    groupings.put(
        "receivedMonth",
        new Document(
            "$dateToString", new Document("format", "%Y-%m").append("date", "$receivedAt")));
    return groupings;
  }

  private static List<LeadPipeline.Row> rows(
      Document result, String grouping, UnaryOperator<String> valueOf) {
    List<Document> groups = result.getList(grouping, Document.class, List.of());
    return groups.stream()
        .map(
            group -> {
              Object id = group.get("_id");
              return new LeadPipeline.Row(
                  id == null ? null : valueOf.apply(id.toString()),
                  ((Number) group.get("leads")).longValue(),
                  ((Number) group.get("converted")).longValue());
            })
        .sorted(
            Comparator.comparing(
                LeadPipeline.Row::value, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** The channel as the API names it ({@code paid-search}); stored as the enum's name. */
  private static String channelCode(String stored) {
    try {
      return SourceChannel.valueOf(stored).code();
    } catch (IllegalArgumentException unknown) {
      return stored;
    }
  }

  @Override
  public Optional<Lead> add(Lead lead) {
    try {
      return Optional.of(mongoTemplate.insert(LeadDocument.of(lead)).toLead());
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public Lead update(Lead lead) {
    return mongoTemplate.save(LeadDocument.of(lead)).toLead();
  }

  private Optional<Lead> findOne(Query query) {
    return Optional.ofNullable(mongoTemplate.findOne(query, LeadDocument.class))
        .map(LeadDocument::toLead);
  }
}
