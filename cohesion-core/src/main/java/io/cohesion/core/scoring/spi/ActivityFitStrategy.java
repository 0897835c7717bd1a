package io.cohesion.core.scoring.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How well a candidate activity fits the red thread of a wish map
 * (docs/scoring.md#55-activity-fit). The built-in strategy {@code default} combines the weighted
 * urgency of the activity's target values with the reach of its partner networks. A heuristic:
 * replace it when a method asks for another.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ActivityFitStrategy extends ScoringStrategy {

  /**
   * The activity's fit to the group it targets.
   *
   * @param activity the activity
   * @param group its target group, or everyone (see {@link TargetGroup#overall()})
   * @return the fit with each of its parts
   */
  FitScore fit(ActivityProfile activity, TargetGroup group);
}
