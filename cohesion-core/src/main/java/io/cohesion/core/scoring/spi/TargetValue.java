package io.cohesion.core.scoring.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/**
 * A value an activity aims at, with how much it counts.
 *
 * @param code the value code
 * @param weight the weight, greater than 0 and finite
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TargetValue(String code, double weight) {
  public TargetValue {
    Identifiers.check("target value code", code);
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException(
          "weight of target value " + code + " must be a finite number above 0, got " + weight);
    }
  }
}
