package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.ValidationException;
import org.apiguardian.api.API;

/**
 * A group of residents an activity is meant for, as a segment of the wish map ({@code column =
 * value}, for example {@code household = young_parents}).
 *
 * @param column the segment column
 * @param value the segment value in that column
 */
@API(status = STABLE, since = "0.1.0")
public record TargetSegment(String column, String value) {
  public TargetSegment {
    Identifiers.check("segment column", column);
    value = ValidationException.requireText("segment value", value, 200);
  }

  @Override
  public String toString() {
    return column + "=" + value;
  }
}
