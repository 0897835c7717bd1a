package io.cohesion.core.redthread;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.TargetValue;
import io.cohesion.core.scoring.spi.ActivityFitStrategy;
import io.cohesion.core.scoring.spi.ActivityProfile;
import io.cohesion.core.scoring.spi.FitPart;
import io.cohesion.core.scoring.spi.FitScore;
import io.cohesion.core.scoring.spi.TargetGroup;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The default activity fit of docs/scoring.md#55-activity-fit, a heuristic: {@code valueFit} = Σ
 * w·urgency / Σ w over the target values (values without a defined urgency left out), {@code
 * networkReach} = the share of the target group taking part in at least one partner network, and
 * {@code fit} = their weighted mean, 0.6 and 0.4 unless configured otherwise.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DefaultActivityFit implements ActivityFitStrategy {

  /** The name to select this strategy by. */
  public static final String NAME = "default";

  /** The name of the value part. */
  public static final String VALUE_FIT = "valueFit";

  /** The name of the network part. */
  public static final String NETWORK_REACH = "networkReach";

  private final double valueWeight;
  private final double networkWeight;

  /** Weights 0.6 and 0.4; public for {@link java.util.ServiceLoader}. */
  public DefaultActivityFit() {
    this(0.6, 0.4);
  }

  /**
   * Other weights; they are normalised to sum to 1.
   *
   * @param valueWeight the weight of {@code valueFit}, 0 or more
   * @param networkWeight the weight of {@code networkReach}, 0 or more
   */
  public DefaultActivityFit(double valueWeight, double networkWeight) {
    if (!(valueWeight >= 0)
        || !(networkWeight >= 0)
        || !Double.isFinite(valueWeight + networkWeight)
        || valueWeight + networkWeight == 0) {
      throw new IllegalArgumentException(
          "fit weights must be finite, 0 or more and not both 0, got "
              + valueWeight
              + " and "
              + networkWeight);
    }
    double total = valueWeight + networkWeight;
    this.valueWeight = valueWeight / total;
    this.networkWeight = networkWeight / total;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "weighted urgency of the target values and reach of the partner networks";
  }

  @Override
  public FitScore fit(ActivityProfile activity, TargetGroup group) {
    double weighted = 0;
    double weights = 0;
    for (TargetValue target : activity.targetValues()) {
      double urgency = group.urgency(target.code());
      if (!Double.isNaN(urgency)) {
        weighted += target.weight() * urgency;
        weights += target.weight();
      }
    }
    double valueFit = weights == 0 ? Double.NaN : weighted / weights;
    double reach = group.reach(activity.partnerNetworks());
    // a part with weight 0 does not count, even when it is undefined
    double fit = term(valueWeight, valueFit) + term(networkWeight, reach);
    return new FitScore(
        fit,
        List.of(
            new FitPart(VALUE_FIT, valueFit, valueWeight),
            new FitPart(NETWORK_REACH, reach, networkWeight)));
  }

  private static double term(double weight, double value) {
    return weight == 0 ? 0 : weight * value;
  }
}
