package io.cohesion.core;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks one or more rules; every broken rule is named with its field. */
public class ValidationException extends CohesionException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(describe(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one field error");
    }
    this.errors = List.copyOf(errors);
  }

  /** Convenience for a single broken rule. */
  public static ValidationException of(String field, String reason) {
    return new ValidationException(List.of(new FieldError(field, reason)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}
