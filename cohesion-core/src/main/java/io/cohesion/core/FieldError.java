package io.cohesion.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One thing wrong with one field of an input.
 *
 * @param field the path of the field, for example {@code importance.contact} or {@code items[2].id}
 * @param reason why the value is not accepted, phrased for the person who entered it
 */
@API(status = STABLE, since = "0.1.0")
public record FieldError(String field, String reason) {
  public FieldError {
    requireNonNull(field, "field");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return field + ": " + reason;
  }
}
