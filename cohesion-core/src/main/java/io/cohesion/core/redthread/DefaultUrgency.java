package io.cohesion.core.redthread;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.scoring.spi.UrgencyStrategy;
import org.apiguardian.api.API;

/**
 * The urgency of docs/scoring.md#53-red-thread: importance × (1 − satisfaction) on rescaled
 * answers, so that important and unsatisfied is urgent and important and fine is not; importance
 * alone when the wish map asks no satisfaction; dissatisfaction (1 − satisfaction) alone when it
 * asks no importance. A respondent counts for a value only when they answered what is asked. The
 * aggregate is the mean.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DefaultUrgency implements UrgencyStrategy {

  /** The name to select this strategy by. */
  public static final String NAME = "default";

  /** The strategy; public for {@link java.util.ServiceLoader}. */
  public DefaultUrgency() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "mean of importance x (1 - satisfaction), both rescaled to [0, 1];"
        + " 1 - satisfaction alone when the wish map asks no importance";
  }

  @Override
  public double respondentUrgency(
      double importance, double satisfaction, boolean satisfactionAsked) {
    // NaN propagates: a missing answer leaves the respondent out of the mean.
    return satisfactionAsked ? importance * (1 - satisfaction) : importance;
  }
}
