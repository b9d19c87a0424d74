package io.baton.retention.customer.adapter.out.mongo;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerSummary;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.HealthSubject;
import io.baton.retention.health.domain.HealthUpdate;
import io.baton.retention.renewal.domain.RunwaySubject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Customers in MongoDB, one document each, changed under optimistic locking. */
@Repository
class MongoCustomers implements Customers {

  private final MongoTemplate mongoTemplate;

  MongoCustomers(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public Optional<Customer> find(String customerId) {
    return Optional.ofNullable(mongoTemplate.findById(customerId, CustomerDocument.class))
        .map(CustomerDocument::toCustomer);
  }

  @Override
  public boolean exists(String customerId) {
    return mongoTemplate.exists(
        Query.query(Criteria.where("_id").is(customerId)), CustomerDocument.class);
  }

  @Override
  public Optional<Customer> add(Customer customer) {
    try {
      return Optional.of(mongoTemplate.insert(CustomerDocument.of(customer)).toCustomer());
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public Customer update(Customer customer) {
    return mongoTemplate.save(CustomerDocument.of(customer)).toCustomer();
  }

  @Override
  public List<CustomerSummary> list(Band band, String accountManager, int limit) {
    Criteria criteria = new Criteria();
    if (band != null) {
      criteria = criteria.and("health.band").is(band.name());
    }
    if (accountManager != null) {
      criteria = criteria.and("accountManager").is(accountManager);
    }
    Query query =
        new Query(criteria)
            .with(Sort.by(Sort.Order.asc("health.score"), Sort.Order.asc("_id")))
            .limit(limit);
    query.fields().include(CustomerProjections.SUMMARY);
    return mongoTemplate
        .find(query, CustomerProjections.Summary.class, CustomerDocument.COLLECTION)
        .stream()
        .map(CustomerProjections.Summary::toSummary)
        .toList();
  }

  @Override
  public List<HealthSubject> healthSubjects(String afterCustomerId, int limit) {
    Query query =
        new Query(
                Criteria.where("_id")
                    .gt(afterCustomerId)
                    .and("lifecycle")
                    .ne(Lifecycle.CHURNED.name()))
            .with(Sort.by("_id"))
            .limit(limit);
    query.fields().include(CustomerProjections.HEALTH_SUBJECT);
    return mongoTemplate
        .find(query, CustomerProjections.ScoringPart.class, CustomerDocument.COLLECTION)
        .stream()
        .map(CustomerProjections.ScoringPart::toSubject)
        .toList();
  }

  @Override
  public boolean recordHealth(
      HealthSubject subject, HealthUpdate update, int historySize, Instant now) {
    Update change =
        new Update().set("health", update.health()).set("updatedAt", now).inc("version", 1);
    change.push("healthHistory").slice(-historySize).each(update.change());
    Customer.savePlayAskedFor(subject.customerId(), update)
        .ifPresent(trigger -> change.push("pendingSavePlays", trigger));
    Query unchanged =
        Query.query(
            Criteria.where("_id").is(subject.customerId()).and("version").is(subject.version()));
    return mongoTemplate.updateFirst(unchanged, change, CustomerDocument.class).getModifiedCount()
        == 1;
  }

  @Override
  public List<RunwaySubject> runwaySubjects(
      LocalDate renewalFrom, LocalDate renewalTo, String afterCustomerId, int limit) {
    Query query =
        new Query(
                Criteria.where("_id")
                    .gt(afterCustomerId)
                    .and("lifecycle")
                    .is(Lifecycle.ACTIVE.name())
                    .and("renewalDate")
                    .gte(renewalFrom)
                    .lte(renewalTo))
            .with(Sort.by("_id"))
            .limit(limit);
    query.fields().include(CustomerProjections.RUNWAY_SUBJECT);
    return mongoTemplate
        .find(query, CustomerProjections.RunwayPart.class, CustomerDocument.COLLECTION)
        .stream()
        .map(CustomerProjections.RunwayPart::toSubject)
        .toList();
  }

  @Override
  public List<String> withPendingSavePlays(String afterCustomerId, int limit) {
    Query query =
        new Query(
                Criteria.where("_id")
                    .gt(afterCustomerId)
                    .and("pendingSavePlays")
                    .elemMatch(Criteria.where("triggerId").exists(true)))
            .with(Sort.by("_id"))
            .limit(limit);
    query.fields().include("_id");
    return mongoTemplate.find(query, Document.class, CustomerDocument.COLLECTION).stream()
        .map(document -> document.getString("_id"))
        .toList();
  }
}
