package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/**
 * The figures of one item within {@link Reliability}, over the listwise-complete respondents and
 * after reversal.
 *
 * @param id the item id
 * @param mean the item mean
 * @param sd the item's sample standard deviation
 * @param itemRestCorrelation the correlation of the item with the sum of the other items ({@code
 *     psych}'s {@code r.drop})
 * @param alphaIfDeleted raw alpha of the other items ({@code NaN} for a two-item scale)
 */
@API(status = STABLE, since = "0.1.0")
public record ItemStatistics(
    String id, double mean, double sd, double itemRestCorrelation, double alphaIfDeleted) {
  public ItemStatistics {
    Identifiers.check("item id", id);
  }
}
