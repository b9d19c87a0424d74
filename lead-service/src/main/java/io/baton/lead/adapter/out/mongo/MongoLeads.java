package io.baton.lead.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadSearch;
import io.baton.lead.domain.LeadStatus;
import io.baton.lead.domain.Leads;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
