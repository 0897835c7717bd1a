package io.cohesion.core.scoring.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An activity's fit and the parts it is made of, so a workshop can see why.
 *
 * @param fit the fit, higher is better; NaN when undefined
 * @param parts the parts, in the order the strategy reports them
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FitScore(double fit, List<FitPart> parts) {
  public FitScore {
    parts = List.copyOf(parts);
  }

  /** The part named {@code name}. */
  public FitPart part(String name) {
    return parts.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no fit part '"
                        + name
                        + "'; parts are "
                        + parts.stream().map(FitPart::name).toList()));
  }
}
