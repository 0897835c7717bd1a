package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Internal consistency of a scale on the respondents who answered every item (listwise), as {@code
 * psych::alpha} computes it on those respondents (docs/scoring.md#51-scales).
 *
 * @param alpha raw Cronbach's alpha {@code k/(k−1)·(1 − Σ var(item)/var(total))}
 * @param standardizedAlpha {@code k·r̄/(1 + (k−1)·r̄)}
 * @param averageR r̄, the mean correlation between two different items
 * @param items the statistics of each item, in scale order
 */
@API(status = STABLE, since = "0.1.0")
public record Reliability(
    double alpha, double standardizedAlpha, double averageR, List<ItemStatistics> items) {
  public Reliability {
    items = List.copyOf(items);
  }
}
