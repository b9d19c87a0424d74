package io.baton.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * A MongoDB document's round trip, as a service's repository makes it: the aggregate's snapshot
 * with every field set becomes the document, is written to BSON and read back by Spring Data's
 * converter with the service's conversions, and must come back equal. A field forgotten on the way
 * (in the document, its factory or its way back) comes back null or different and fails the test; a
 * field the fixture leaves unset fails it too, so a new field cannot slip past an old fixture.
 */
public final class DocumentRoundTrip {

  private DocumentRoundTrip() {}

  /** The document written to BSON and read back, as the service's repository would. */
  public static <D> D throughBson(D document, MongoCustomConversions conversions) {
    MongoMappingContext context = new MongoMappingContext();
    context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
    context.afterPropertiesSet();
    MappingMongoConverter converter =
        new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
    converter.setCustomConversions(conversions);
    converter.afterPropertiesSet();
    Document bson = new Document();
    converter.write(document, bson);
    @SuppressWarnings("unchecked")
    Class<D> type = (Class<D>) document.getClass();
    return converter.read(type, bson);
  }

  /** The document written and read with no custom conversions (the services' default). */
  public static <D> D throughBson(D document) {
    return throughBson(document, new MongoCustomConversions(List.of()));
  }

  /**
   * Fails unless every component of the record, and of every record, collection element and map
   * value inside it, is set: not null, and collections and maps not empty.
   */
  public static void assertEveryFieldSet(Record record) {
    assertSet(record, record.getClass().getSimpleName());
  }

  private static void assertSet(Object value, String path) {
    if (value == null) {
      fail("%s is not set: the round trip cannot tell whether it survives", path);
    }
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        assertSet(read(component, record), path + "." + component.getName());
      }
    } else if (value instanceof Collection<?> collection) {
      assertThat(collection)
          .as("%s is empty: the round trip cannot tell whether its items survive", path)
          .isNotEmpty();
      int i = 0;
      for (Object item : collection) {
        assertSet(item, path + "[" + i++ + "]");
      }
    } else if (value instanceof Map<?, ?> map) {
      assertThat(map)
          .as("%s is empty: the round trip cannot tell whether its entries survive", path)
          .isNotEmpty();
      map.forEach((key, item) -> assertSet(item, path + "[" + key + "]"));
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }
}
