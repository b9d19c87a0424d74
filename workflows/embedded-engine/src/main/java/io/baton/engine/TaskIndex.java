package io.baton.engine;

import java.util.List;

/**
 * The indexes the user-task read model keeps, each from a value to the keys of the tasks that hold
 * it, so the common searches (by state, assignee, candidate group or user, process instance, and
 * what a user may see) read a few entries instead of every task.
 */
enum TaskIndex {
  USER_TASK,
  STATE,
  ASSIGNEE,
  CANDIDATE_GROUP,
  CANDIDATE_USER,
  PROCESS_INSTANCE;

  Entry entry(final String value) {
    return new Entry(this, value);
  }

  /** One value of one index. */
  record Entry(TaskIndex index, String value) {

    /** The entry as an archive files it. */
    String name() {
      return index.name() + "=" + value;
    }
  }

  /**
   * The tasks in any of these entries: a superset of what a search can match, which the search
   * still checks task by task.
   */
  record Lookup(List<Entry> anyOf) {

    static Lookup of(final TaskIndex index, final List<String> values) {
      return new Lookup(values.stream().map(index::entry).toList());
    }
  }
}
