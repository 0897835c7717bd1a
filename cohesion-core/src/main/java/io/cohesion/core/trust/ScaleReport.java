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
 * @param reliability listwise reliability; empty for a scale of one item, with fewer than two
 *     complete respondents, or (for an audience bound by disclosure control) with fewer than k
 * @param score the scale score over every respondent with a person score
 * @param groupReliability ICC(1) and ICC(2); empty without a grouping, with fewer than two groups,
 *     or with no respondent beyond one per group
 * @param groups the score per group in key order under the disclosure policy (docs/privacy.md);
 *     empty without a grouping
 * @param suppressed why the whole wave is withheld from its audience, if it is: then every count is
 *     0, every figure undefined and every list empty
 * @param reliabilityNote why {@code reliability} is absent, when it is and the wave is released
 *     (for a scale of one item: "alpha needs at least two items; this scale has one"); empty when
 *     reliability is given
 */
@API(status = STABLE, since = "0.1.0")
public record ScaleReport(
    int n,
    int nComplete,
    Optional<Reliability> reliability,
    ScoreSummary score,
    Optional<GroupReliability> groupReliability,
    List<GroupScore> groups,
    Optional<String> suppressed,
    Optional<String> reliabilityNote) {

  /** Why a scale of one item has no reliability. */
  public static final String SINGLE_ITEM_NOTE =
      "alpha needs at least two items; this scale has one";

  /** A report without a note on its reliability. */
  public ScaleReport(
      int n,
      int nComplete,
      Optional<Reliability> reliability,
      ScoreSummary score,
      Optional<GroupReliability> groupReliability,
      List<GroupScore> groups,
      Optional<String> suppressed) {
    this(n, nComplete, reliability, score, groupReliability, groups, suppressed, Optional.empty());
  }

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
        Optional.of(reason),
        Optional.empty());
  }

  /** This report with {@code note} saying why its reliability is absent. */
  public ScaleReport withReliabilityNote(String note) {
    return new ScaleReport(
        n, nComplete, reliability, score, groupReliability, groups, suppressed, Optional.of(note));
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
    requireNonNull(reliabilityNote, "reliabilityNote");
    if (reliability.isPresent() && reliabilityNote.isPresent()) {
      throw new IllegalArgumentException("a note on reliability is for a report without it");
    }
  }
}
