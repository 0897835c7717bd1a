package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A value of a wish map that something aims at, with how much it counts: an activity's targets, and
 * what fit scoring reads of them (docs/scoring.md#55-activity-fit). One type for both, so that an
 * activity reaches a scoring strategy as it was written.
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
