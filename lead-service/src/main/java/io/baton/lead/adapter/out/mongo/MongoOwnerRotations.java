package io.baton.lead.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.baton.lead.domain.OwnerRotations;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One counter document per team, incremented atomically, so two instances never deal the same turn.
 */
@Repository
class MongoOwnerRotations implements OwnerRotations {

  static final String COLLECTION = "owner-rotations";

  private final MongoTemplate mongoTemplate;

  MongoOwnerRotations(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public long nextTurn(String team) {
    Document counter =
        mongoTemplate.findAndModify(
            Query.query(where("_id").is(team)),
            new Update().inc("turns", 1L),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            COLLECTION);
    return ((Number) counter.get("turns")).longValue() - 1;
  }
}
