package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Two waves of one scale compared (docs/scoring.md#54-waves, docs/cli.md {@code compare}).
 *
 * @param independent the comparison of all person scores of both waves
 * @param paired the comparison of respondents present in both; empty with fewer than two pairs
 * @param suppressed why the comparison is withheld from its audience, if it is (docs/privacy.md)
 */
@API(status = STABLE, since = "0.1.0")
public record WaveComparison(
    IndependentComparison independent,
    Optional<PairedComparison> paired,
    Optional<String> suppressed) {

  /** A released comparison. */
  public WaveComparison(IndependentComparison independent, Optional<PairedComparison> paired) {
    this(independent, paired, Optional.empty());
  }

  /** A comparison of which nothing is released, with the reason. */
  public static WaveComparison withheld(String reason) {
    return new WaveComparison(
        new IndependentComparison(
            0,
            0,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            io.cohesion.core.scoring.Interval.UNDEFINED,
            Double.NaN,
            Double.NaN),
        Optional.empty(),
        Optional.of(reason));
  }

  public WaveComparison {
    requireNonNull(independent, "independent");
    requireNonNull(paired, "paired");
    requireNonNull(suppressed, "suppressed");
  }
}
