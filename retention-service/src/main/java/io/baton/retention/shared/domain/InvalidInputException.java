package io.baton.retention.shared.domain;

import java.util.List;
import java.util.stream.Collectors;

/** An input the domain refuses, naming every field that is wrong. */
public class InvalidInputException extends RuntimeException {

  private final List<InputProblem> problems;

  public InvalidInputException(List<InputProblem> problems) {
    super(
        problems.stream()
            .map(problem -> problem.field() + " " + problem.message())
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<InputProblem> problems() {
    return problems;
  }

  /** Throws when there are problems. */
  public static void throwIf(List<InputProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
