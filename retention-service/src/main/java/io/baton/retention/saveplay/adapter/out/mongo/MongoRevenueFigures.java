package io.baton.retention.saveplay.adapter.out.mongo;

import io.baton.retention.customer.adapter.out.mongo.CustomerDocument;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.health.domain.Band;
import io.baton.retention.saveplay.domain.ArrAtRisk;
import io.baton.retention.saveplay.domain.CohortRetention;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.PlayResults;
import io.baton.retention.saveplay.domain.RevenueFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The revenue figures as MongoDB aggregations over customers and interventions, so they cost one
 * pass on the server however many customers there are.
 */
@Repository
class MongoRevenueFigures implements RevenueFigures {

  static final String UNDECIDED = "undecided";

  private final MongoTemplate mongoTemplate;

  MongoRevenueFigures(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public List<PlayResults> playResults() {
    List<Document> pipeline =
        List.of(
            new Document(
                "$group",
                new Document(
                        "_id", new Document("play", "$play").append("outcome", "$outcome.outcome"))
                    .append("count", new Document("$sum", 1))
                    .append("kept", new Document("$sum", "$outcome.arrKept"))
                    .append("lost", new Document("$sum", "$outcome.arrLost"))));
    Map<String, PlayResults> byPlay = new TreeMap<>();
    for (Document group : aggregate(InterventionDocument.COLLECTION, pipeline)) {
      Document key = group.get("_id", Document.class);
      String play = key.getString("play") == null ? UNDECIDED : key.getString("play");
      String outcome = key.getString("outcome");
      long count = ((Number) group.get("count")).longValue();
      PlayResults sum =
          byPlay.getOrDefault(
              play, new PlayResults(play, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
      byPlay.put(
          play,
          new PlayResults(
              play,
              sum.interventions() + count,
              sum.active() + (outcome == null ? count : 0),
              sum.saved() + (Outcome.SAVED.name().equals(outcome) ? count : 0),
              sum.downgraded() + (Outcome.DOWNGRADED.name().equals(outcome) ? count : 0),
              sum.churned() + (Outcome.CHURNED.name().equals(outcome) ? count : 0),
              sum.savedArr().add(money(group.get("kept"))),
              sum.lostArr().add(money(group.get("lost")))));
    }
    return List.copyOf(byPlay.values());
  }

  @Override
  public List<CohortRetention> cohorts() {
    List<Document> pipeline =
        List.of(
            new Document(
                "$group",
                new Document("_id", "$cohort")
                    .append("customers", new Document("$sum", 1))
                    .append("starting", new Document("$sum", "$startingArr"))
                    .append("current", new Document("$sum", "$arr"))
                    .append("retained", new Document("$sum", "$retainedArr"))),
            new Document("$sort", new Document("_id", 1)));
    List<CohortRetention> cohorts = new ArrayList<>();
    for (Document group : aggregate(CustomerDocument.COLLECTION, pipeline)) {
      cohorts.add(
          new CohortRetention(
              group.getString("_id"),
              ((Number) group.get("customers")).longValue(),
              money(group.get("starting")),
              money(group.get("current")),
              money(group.get("retained"))));
    }
    return cohorts;
  }

  @Override
  public ArrAtRisk arrAtRisk() {
    List<Document> pipeline =
        List.of(
            new Document(
                "$match",
                new Document(
                        "health.band",
                        new Document("$in", List.of(Band.YELLOW.name(), Band.RED.name())))
                    .append("lifecycle", new Document("$ne", Lifecycle.CHURNED.name()))),
            new Document(
                "$group",
                new Document("_id", "$health.band")
                    .append("arr", new Document("$sum", "$arr"))
                    .append("customers", new Document("$sum", 1))));
    BigDecimal yellowArr = BigDecimal.ZERO;
    BigDecimal redArr = BigDecimal.ZERO;
    long yellow = 0;
    long red = 0;
    for (Document group : aggregate(CustomerDocument.COLLECTION, pipeline)) {
      BigDecimal arr = money(group.get("arr"));
      long customers = ((Number) group.get("customers")).longValue();
      if (Band.RED.name().equals(group.getString("_id"))) {
        redArr = arr;
        red = customers;
      } else {
        yellowArr = arr;
        yellow = customers;
      }
    }
    return new ArrAtRisk(yellowArr, yellow, redArr, red);
  }

  private List<Document> aggregate(String collection, List<Document> pipeline) {
    return mongoTemplate.getCollection(collection).aggregate(pipeline).into(new ArrayList<>());
  }

  private static BigDecimal money(Object sum) {
    if (sum instanceof Decimal128 decimal) {
      return decimal.bigDecimalValue();
    }
    if (sum instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    return BigDecimal.ZERO;
  }
}
