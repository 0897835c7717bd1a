package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The scoring of one wave of a scale (docs/scoring.md#51-scales, docs/cli.md {@code score}).
 *
 * @param n the number of respondents (data rows)
 * @param nComplete those who answered every item
 * @param reliability listwise reliability; empty with fewer than two complete respondents
 * @param score the scale score over every respondent with a person score
 * @param groupReliability ICC(1) and ICC(2); empty without a grouping, with fewer than two groups,
 *     or with no respondent beyond one per group
 * @param groups the score per group in key order under the disclosure policy (docs/privacy.md);
 *     empty without a grouping
 * @param suppressed why the whole wave is withheld from its audience, if it is: then every count is
 *     0, every figure undefined and every list empty
 */
@API(status = STABLE, since = "0.1.0")
public record ScaleReport(
    int n,
    int nComplete,
    Optional<Reliability> reliability,
    ScoreSummary score,
    Optional<GroupReliability> groupReliability,
    List<GroupScore> groups,
    Optional<String> suppressed) {

  /** A released report. */
  public ScaleReport(
      int n,
      int nComplete,
      Optional<Reliability> reliability,
      ScoreSummary score,
      Optional<GroupReliability> groupReliability,
      List<GroupScore> groups) {
    this(n, nComplete, reliability, score, groupReliability, groups, Optional.empty());
  }

  /** A report of which nothing is released, with the reason. */
  public static ScaleReport withheld(String reason) {
    return new ScaleReport(
        0,
        0,
        Optional.empty(),
        new ScoreSummary(0, Double.NaN, Double.NaN, io.cohesion.core.scoring.Interval.UNDEFINED),
        Optional.empty(),
        List.of(),
        Optional.of(reason));
  }

  public ScaleReport {
    if (n < 0 || nComplete < 0 || nComplete > n) {
      throw new IllegalArgumentException(
          "need 0 <= nComplete <= n, got nComplete " + nComplete + " and n " + n);
    }
    requireNonNull(reliability, "reliability");
    requireNonNull(score, "score");
    requireNonNull(groupReliability, "groupReliability");
    groups = List.copyOf(groups);
    requireNonNull(suppressed, "suppressed");
  }
}
