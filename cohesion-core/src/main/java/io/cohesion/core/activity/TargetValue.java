package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.ValidationException;
import org.apiguardian.api.API;

/**
 * A value an activity plays into, with how much it counts.
 *
 * @param code the value code, as in the wish map
 * @param weight how much the value counts, a finite number greater than 0
 */
@API(status = STABLE, since = "0.1.0")
public record TargetValue(String code, double weight) {
  public TargetValue {
    Identifiers.check("value code", code);
    ValidationException.require(
        Double.isFinite(weight) && weight > 0,
        "weight",
        "weight of value '" + code + "' must be a finite number > 0, got " + weight);
  }

  /** A value with weight 1. */
  public static TargetValue of(String code) {
    return new TargetValue(code, 1);
  }
}
