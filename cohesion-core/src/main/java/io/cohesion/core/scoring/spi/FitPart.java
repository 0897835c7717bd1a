package io.cohesion.core.scoring.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One reported part of an activity's fit.
 *
 * @param name the part's name, for example {@code valueFit}
 * @param value the part's value; NaN when undefined
 * @param weight the part's weight in the fit
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FitPart(String name, double value, double weight) {
  public FitPart {
    requireNonNull(name, "fit part name");
    if (!(weight >= 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException(
          "weight of fit part " + name + " must be a finite number of 0 or more, got " + weight);
    }
  }
}
