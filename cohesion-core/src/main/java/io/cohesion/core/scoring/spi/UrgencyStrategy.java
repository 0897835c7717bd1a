package io.cohesion.core.scoring.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How urgent a value is: first per respondent, from the respondent's importance and satisfaction
 * rescaled to {@code [0, 1]}, then aggregated over respondents. The built-in strategy {@code
 * default} is docs/scoring.md#53-red-thread: importance × (1 − satisfaction), importance alone when
 * the wish map asks no satisfaction, or 1 − satisfaction (dissatisfaction) alone when it asks no
 * importance, aggregated as a mean.
 *
 * <p>Override {@link #aggregate(double[], int[])} to aggregate differently (a median, a trimmed
 * mean); it is called once for the respondents as they are and once per bootstrap resample, always
 * on the thread that asked for the analysis. A strategy that keeps the built-in mean has its
 * resamples computed without calling it, on several threads, with the same results.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface UrgencyStrategy extends ScoringStrategy {

  /**
   * One respondent's urgency for one value.
   *
   * @param importance importance rescaled to {@code [0, 1]}, {@code (I − Imin)/(Imax − Imin)}; NaN
   *     when not answered
   * @param satisfaction satisfaction rescaled to {@code [0, 1]}; NaN when not answered or not asked
   * @param satisfactionAsked whether the wish map has a satisfaction scale
   * @return the respondent's urgency, or NaN when the respondent does not count for this value
   */
  double respondentUrgency(double importance, double satisfaction, boolean satisfactionAsked);

  /**
   * One respondent's urgency for one value of a wish map that may ask no importance (an existing
   * survey of satisfaction only). By default a map that asks importance is scored by {@link
   * #respondentUrgency(double, double, boolean)}, and one that does not by dissatisfaction, {@code
   * 1 − satisfaction} (docs/scoring.md#without-importance).
   *
   * @param importance importance rescaled to {@code [0, 1]}; NaN when not answered or not asked
   * @param satisfaction satisfaction rescaled to {@code [0, 1]}; NaN when not answered or not asked
   * @param importanceAsked whether the wish map has an importance scale
   * @param satisfactionAsked whether the wish map has a satisfaction scale
   * @return the respondent's urgency, or NaN when the respondent does not count for this value
   */
  default double respondentUrgency(
      double importance, double satisfaction, boolean importanceAsked, boolean satisfactionAsked) {
    if (importanceAsked) {
      return respondentUrgency(importance, satisfaction, satisfactionAsked);
    }
    return satisfactionAsked ? 1 - satisfaction : Double.NaN;
  }

  /**
   * The urgency of a value over respondents: by default the mean of the defined respondent
   * urgencies, each counted {@code weights[i]} times.
   *
   * @param urgencies per respondent, NaN where the respondent does not count; do not modify
   * @param weights how often each respondent counts (1 for the sample as it is, the number of times
   *     drawn in a bootstrap resample, possibly 0); same length; do not modify
   * @return the urgency, or NaN when no respondent counts
   */
  default double aggregate(double[] urgencies, int[] weights) {
    double sum = 0;
    long count = 0;
    for (int i = 0; i < urgencies.length; i++) {
      int w = weights[i];
      double u = urgencies[i];
      if (w != 0 && !Double.isNaN(u)) {
        sum += w * u;
        count += w;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }
}
