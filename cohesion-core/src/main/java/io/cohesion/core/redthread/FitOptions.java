package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import org.apiguardian.api.API;

/**
 * How to score activities.
 *
 * @param audience who the ranking is released to: a target segment is used only where the
 *     disclosure policy releases it to this audience (docs/privacy.md)
 * @param urgencyStrategy the name of the urgency strategy
 * @param fitStrategy the name of the activity-fit strategy
 */
@API(status = STABLE, since = "0.1.0")
public record FitOptions(Audience audience, String urgencyStrategy, String fitStrategy) {
  public FitOptions {
    requireNonNull(audience, "audience");
    requireNonNull(urgencyStrategy, "urgencyStrategy");
    requireNonNull(fitStrategy, "fitStrategy");
  }

  /** A bound audience at the default floor (5), the default urgency and the default fit. */
  public static FitOptions defaults() {
    return new FitOptions(
        DisclosurePolicy.defaults().bound(), DefaultUrgency.NAME, DefaultActivityFit.NAME);
  }

  /** These options for another audience. */
  public FitOptions withAudience(Audience newAudience) {
    return new FitOptions(newAudience, urgencyStrategy, fitStrategy);
  }

  /** These options with the urgency strategy named {@code name}. */
  public FitOptions withUrgencyStrategy(String name) {
    return new FitOptions(audience, name, fitStrategy);
  }

  /** These options with the fit strategy named {@code name}. */
  public FitOptions withFitStrategy(String name) {
    return new FitOptions(audience, urgencyStrategy, name);
  }
}
