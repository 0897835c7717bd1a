package io.cohesion.core.scoring.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Turns one respondent's answers to a scale into a person score. The built-in strategy {@code mean}
 * is docs/scoring.md#51-scales: the mean of the answered items after reversal, when at least {@code
 * minAnswered} items were answered.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ScaleScoreStrategy extends ScoringStrategy {

  /**
   * The person score.
   *
   * @param answers the answers in item order, already reversed where the item is reversed; {@code
   *     NaN} marks a missing answer. Implementations must not modify the array.
   * @param minAnswered the scale's minimum number of answered items
   * @return the score, or {@code NaN} when the respondent has none
   */
  double personScore(double[] answers, int minAnswered);
}
