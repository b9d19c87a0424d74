package io.baton.support.mongo;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by {@code ping}, which every MongoDB answers (Boot's own indicator asks {@code
 * hello}, which the embedded server does not know).
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

  private final MongoTemplate mongoTemplate;

  public MongoPingHealthIndicator(MongoTemplate mongoTemplate) {
    super("MongoDB health check failed");
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Document answer = mongoTemplate.executeCommand(new Document("ping", 1));
    builder
        .up()
        .withDetail("database", mongoTemplate.getDb().getName())
        .withDetail("ping", answer.get("ok"));
  }
}
