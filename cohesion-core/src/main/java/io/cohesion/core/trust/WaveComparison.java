package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Two waves of one scale compared (SPEC §5.4, §6 {@code compare}).
 *
 * @param independent the comparison of all person scores of both waves
 * @param paired the comparison of respondents present in both; empty with fewer than two pairs
 */
public record WaveComparison(IndependentComparison independent, Optional<PairedComparison> paired) {
  public WaveComparison {
    requireNonNull(independent, "independent");
    requireNonNull(paired, "paired");
  }
}
