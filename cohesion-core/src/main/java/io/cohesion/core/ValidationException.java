package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Input that breaks one or more rules; every broken rule is named with its field. */
@API(status = STABLE, since = "0.1.0")
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

  /**
   * Returns {@code value} stripped of surrounding blanks if it is a text of 1 to {@code maxLength}
   * characters without control characters other than line breaks.
   *
   * @throws ValidationException naming {@code field} and the bad value otherwise
   */
  public static String requireText(String field, String value, int maxLength) {
    if (value == null) {
      throw of(field, "is required");
    }
    String stripped = value.strip();
    if (stripped.isEmpty() || stripped.length() > maxLength) {
      throw of(field, "must be 1-" + maxLength + " characters, got '" + value + "'");
    }
    if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
      throw of(field, "must not hold control characters, got '" + value + "'");
    }
    return stripped;
  }

  /**
   * Throws a validation exception for {@code field} when {@code rule} does not hold.
   *
   * @throws ValidationException with {@code reason} otherwise
   */
  public static void require(boolean rule, String field, String reason) {
    if (!rule) {
      throw of(field, reason);
    }
  }

  /** Every broken rule, each with its field. */
  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}
