package io.baton.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a search request. Camunda 8.8 checks a whole request and answers one 400
 * listing every violation, so the parsers collect here and the controller throws once.
 */
final class SearchProblems {

  private final List<String> problems = new ArrayList<>();

  void add(final String problem) {
    problems.add(problem);
  }

  /** Camunda's words for a property it does not know or a value of the wrong type. */
  void cannotParse(final String path) {
    add("Request property [" + path + "] cannot be parsed");
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** A 400 problem naming every violation (see {@link ProblemResponses}), if there is one. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(". ", problems));
    }
  }
}
