package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How much person scores depend on the group (neighbourhood, street, …), from a one-way analysis of
 * variance of the person scores of all scored respondents with a group (Bliese 2000).
 *
 * @param icc1 {@code (MSB − MSW)/(MSB + (k̄ − 1)·MSW)}: the share of variance due to the group
 * @param icc2 {@code (MSB − MSW)/MSB}: the reliability of the group means
 * @param groups J, the number of groups with at least one person score
 * @param meanGroupSize k̄ = N/J
 */
@API(status = STABLE, since = "0.1.0")
public record GroupReliability(double icc1, double icc2, int groups, double meanGroupSize) {
  public GroupReliability {
    if (groups < 2) {
      throw new IllegalArgumentException("group reliability needs >= 2 groups, got " + groups);
    }
  }
}
