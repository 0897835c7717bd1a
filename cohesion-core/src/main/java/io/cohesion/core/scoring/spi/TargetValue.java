package io.cohesion.core.scoring.spi;

import io.cohesion.core.Identifiers;

/**
 * A value an activity aims at, with how much it counts.
 *
 * @param code the value code
 * @param weight the weight, greater than 0 and finite
 */
public record TargetValue(String code, double weight) {
  public TargetValue {
    Identifiers.check("target value code", code);
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException(
          "weight of target value " + code + " must be a finite number above 0, got " + weight);
    }
  }
}
