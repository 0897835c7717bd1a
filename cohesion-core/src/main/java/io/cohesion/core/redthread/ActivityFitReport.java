package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.FieldError;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.wishmap.WishMapId;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The activities of a neighbourhood ranked by fit to a wish map's red thread ({@link
 * AnalyseWishMaps#activityFit}).
 *
 * @param wishMap the wish map
 * @param neighbourhood the neighbourhood whose activities were ranked
 * @param options the audience and strategies the ranking was made with
 * @param ranked the ranked activities, best fit first
 * @param skipped the activities planned against another wish map, in the order asked
 */
@API(status = STABLE, since = "0.1.0")
public record ActivityFitReport(
    WishMapId wishMap,
    NeighbourhoodId neighbourhood,
    FitOptions options,
    List<Ranked> ranked,
    List<Skipped> skipped) {
  public ActivityFitReport {
    requireNonNull(wishMap, "wishMap");
    requireNonNull(neighbourhood, "neighbourhood");
    requireNonNull(options, "options");
    ranked = List.copyOf(ranked);
    skipped = List.copyOf(skipped);
  }

  /**
   * A ranked activity.
   *
   * @param activity the activity
   * @param fit its fit, whose {@link ActivityFit#activity()} is the activity's id
   */
  public record Ranked(Activity activity, ActivityFit fit) {
    public Ranked {
      requireNonNull(activity, "activity");
      requireNonNull(fit, "fit");
    }
  }

  /**
   * An activity that was not ranked.
   *
   * @param activity the activity
   * @param errors why it does not fit this wish map
   */
  public record Skipped(Activity activity, List<FieldError> errors) {
    public Skipped {
      requireNonNull(activity, "activity");
      errors = List.copyOf(errors);
    }
  }
}
