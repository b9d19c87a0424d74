package io.baton.support.web;

import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A request of Baton's API mapped from another system's format (a CRM's webhook) is held to the
 * same rules as when a client sends it, and its wrong fields are named as the other format names
 * them ({@code contact.email} becomes {@code properties.email}).
 */
public final class MappedInput {

  private MappedInput() {}

  /**
   * Returns {@code mapped} when it is valid.
   *
   * @param fieldNames each field of {@code mapped} by the name it has in the original format;
   *     fields not named keep their own names
   * @throws InvalidInputException naming every wrong field in the original format's terms
   */
  public static <T> T validated(Validator validator, T mapped, Map<String, String> fieldNames) {
    List<FieldError> errors =
        validator.validate(mapped).stream()
            .map(
                violation ->
                    new FieldError(original(violation, fieldNames), violation.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return mapped;
  }

  private static String original(ConstraintViolation<?> violation, Map<String, String> names) {
    String path = violation.getPropertyPath().toString();
    return names.getOrDefault(path, path);
  }
}
