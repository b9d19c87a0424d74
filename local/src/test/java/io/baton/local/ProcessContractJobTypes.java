package io.baton.local;

import io.baton.workflows.ProcessContract;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Every job type the process contract names: the job workers of all services together. */
final class ProcessContractJobTypes {

  private ProcessContractJobTypes() {}

  static Set<String> all() {
    return Arrays.stream(ProcessContract.class.getClasses())
        .flatMap(process -> Arrays.stream(process.getFields()))
        .filter(
            field -> Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_JOB"))
        .map(ProcessContractJobTypes::value)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
