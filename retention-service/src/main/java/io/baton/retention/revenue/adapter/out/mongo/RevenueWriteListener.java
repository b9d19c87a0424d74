package io.baton.retention.revenue.adapter.out.mongo;

import io.baton.retention.customer.adapter.out.mongo.CustomerDocument;
import io.baton.retention.revenue.application.RevenueReadModel;
import io.baton.retention.saveplay.adapter.out.mongo.InterventionDocument;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * This replica's own writes of customers and interventions reach the revenue read model as they are
 * stored, so what a user just did shows without waiting for the next refresh. The read model keeps
 * a later version it has already, so the order in which a write and a refresh arrive does not
 * matter; a write this misses (a partial update, a failure here) comes with the next refresh.
 */
@Component
class RevenueWriteListener extends AbstractMongoEventListener<Object> {

  private static final Logger log = LoggerFactory.getLogger(RevenueWriteListener.class);

  private final RevenueReadModel readModel;
  private final MongoConverter converter;

  RevenueWriteListener(RevenueReadModel readModel, MongoConverter converter) {
    this.readModel = readModel;
    this.converter = converter;
  }

  @Override
  public void onAfterSave(AfterSaveEvent<Object> event) {
    Document stored = event.getDocument();
    if (stored == null) {
      return;
    }
    try {
      switch (event.getCollectionName()) {
        case CustomerDocument.COLLECTION ->
            readModel.take(converter.read(RevenueParts.CustomerPart.class, stored).toFacts());
        case InterventionDocument.COLLECTION -> {
          RevenueParts.InterventionPart part =
              converter.read(RevenueParts.InterventionPart.class, stored);
          if (part.outcome() != null) {
            readModel.take(part.toFacts());
          }
        }
        default -> {}
      }
    } catch (RuntimeException e) {
      log.warn(
          "A write to {} did not reach the revenue figures now; the next refresh brings it: {}",
          event.getCollectionName(),
          e.toString());
    }
  }
}
