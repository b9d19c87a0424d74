package io.baton.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.mockito.stubbing.Answer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Someone else writing at the worst moment: right after the service read a document, they store it
 * (its version goes up in MongoDB), so the service's update of what it read meets a version
 * conflict. An answer for the find of a spied repository: {@code
 * doAnswer(ConcurrentWriter.afterEachRead(mongo, "handoffs",
 * "d-1")).when(handoffs).find(eq("d-1"))}.
 */
public final class ConcurrentWriter {

  private ConcurrentWriter() {}

  /** Every read of the document is followed by someone else's write: no update of it succeeds. */
  public static Answer<Object> afterEachRead(MongoTemplate mongo, String collection, Object id) {
    return afterReads(mongo, collection, id, Integer.MAX_VALUE);
  }

  /** Only the first read of the document is followed by someone else's write. */
  public static Answer<Object> afterFirstRead(MongoTemplate mongo, String collection, Object id) {
    return afterReads(mongo, collection, id, 1);
  }

  private static Answer<Object> afterReads(
      MongoTemplate mongo, String collection, Object id, int reads) {
    AtomicInteger writes = new AtomicInteger();
    return invocation -> {
      Object read = invocation.callRealMethod();
      if (writes.getAndIncrement() < reads) {
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(id)), new Update().inc("version", 1), collection);
      }
      return read;
    };
  }
}
