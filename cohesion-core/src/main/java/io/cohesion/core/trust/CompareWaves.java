package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.scoring.StudentT;
import io.cohesion.core.scoring.spi.ScaleScoreStrategy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Compares two waves of one scale, before and after an activity (docs/scoring.md#54-waves): all
 * person scores as independent samples (Welch), and the respondents present in both waves as pairs.
 */
@API(status = STABLE, since = "0.1.0")
public final class CompareWaves {

  private CompareWaves() {}

  /** Compares the waves with the built-in person score. */
  public static WaveComparison compare(ScaleData before, ScaleData after) {
    return compare(before, after, new MeanOfAnsweredItems());
  }

  /**
   * Compares the waves for {@code audience}. For a bound audience each wave's scored respondents
   * must number at least {@code k} (otherwise the comparison is withheld, saying why), and the
   * paired comparison is released only over at least {@code k} pairs: the pairs are a cell of their
   * own (docs/privacy.md).
   */
  public static WaveComparison compare(ScaleData before, ScaleData after, Audience audience) {
    requireNonNull(audience, "audience");
    WaveComparison comparison = compare(before, after);
    int k = audience.bound() ? audience.k() : 1;
    IndependentComparison independent = comparison.independent();
    if (independent.nBefore() < k || independent.nAfter() < k) {
      return WaveComparison.withheld(
          "each wave needs at least "
              + k
              + " respondents with a score to be compared; the waves have "
              + independent.nBefore()
              + " and "
              + independent.nAfter());
    }
    return new WaveComparison(
        independent, comparison.paired().filter(paired -> paired.nPairs() >= k));
  }

  /**
   * Compares the waves with the person score of {@code strategy}. Differences are after − before.
   *
   * @throws IllegalArgumentException when the waves are of different scales
   */
  public static WaveComparison compare(
      ScaleData before, ScaleData after, ScaleScoreStrategy strategy) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(strategy, "strategy");
    if (!before.scale().equals(after.scale())) {
      throw new IllegalArgumentException(
          "waves of different scales cannot be compared: "
              + before.scale().id()
              + " and "
              + after.scale().id());
    }
    double[] scoresBefore = ScaleScoring.personScores(before, strategy);
    double[] scoresAfter = ScaleScoring.personScores(after, strategy);
    return new WaveComparison(
        independent(scoresBefore, scoresAfter), paired(before, scoresBefore, after, scoresAfter));
  }

  private static IndependentComparison independent(double[] before, double[] after) {
    Moments b = Moments.of(before);
    Moments a = Moments.of(after);
    double difference = a.mean - b.mean;
    if (a.n < 2 || b.n < 2) {
      return new IndependentComparison(
          b.n, a.n, b.mean, a.mean, difference, Interval.UNDEFINED, Double.NaN, Double.NaN);
    }
    double shareA = a.variance() / a.n;
    double shareB = b.variance() / b.n;
    double standardError = Math.sqrt(shareA + shareB);
    double df =
        (shareA + shareB)
            * (shareA + shareB)
            / (shareA * shareA / (a.n - 1) + shareB * shareB / (b.n - 1));
    Interval ci =
        df > 0 && Double.isFinite(df)
            ? Interval.around(difference, StudentT.quantile(0.975, df) * standardError)
            : Interval.UNDEFINED;
    double pooled = Math.sqrt((a.squares + b.squares) / (a.n + b.n - 2));
    double correction = 1 - 3.0 / (4.0 * (a.n + b.n) - 9);
    double hedgesG = pooled > 0 ? correction * difference / pooled : Double.NaN;
    return new IndependentComparison(
        b.n, a.n, b.mean, a.mean, difference, ci, df > 0 ? df : Double.NaN, hedgesG);
  }

  private static Optional<PairedComparison> paired(
      ScaleData before, double[] scoresBefore, ScaleData after, double[] scoresAfter) {
    String[] respondentsBefore = before.respondentArray();
    Map<String, Integer> rowBefore = new HashMap<>();
    for (int row = 0; row < respondentsBefore.length; row++) {
      if (respondentsBefore[row] != null && !Double.isNaN(scoresBefore[row])) {
        rowBefore.put(respondentsBefore[row], row);
      }
    }
    String[] respondentsAfter = after.respondentArray();
    double[] differences = new double[Math.min(rowBefore.size(), respondentsAfter.length)];
    int pairs = 0;
    for (int row = 0; row < respondentsAfter.length; row++) {
      Integer match = respondentsAfter[row] == null ? null : rowBefore.get(respondentsAfter[row]);
      if (match != null && !Double.isNaN(scoresAfter[row])) {
        differences[pairs++] = scoresAfter[row] - scoresBefore[match];
      }
    }
    if (pairs < 2) {
      return Optional.empty();
    }
    Moments d = Moments.of(differences, pairs);
    double sd = Math.sqrt(d.variance());
    Interval ci =
        Interval.around(d.mean, StudentT.quantile(0.975, pairs - 1) * sd / Math.sqrt(pairs));
    return Optional.of(new PairedComparison(pairs, d.mean, ci, sd > 0 ? d.mean / sd : Double.NaN));
  }

  /** Count, mean and sum of squared deviations of the numbers that are not NaN, in two passes. */
  private record Moments(int n, double mean, double squares) {
    static Moments of(double[] values) {
      return of(values, values.length);
    }

    static Moments of(double[] values, int length) {
      int n = 0;
      double sum = 0;
      for (int i = 0; i < length; i++) {
        if (!Double.isNaN(values[i])) {
          n++;
          sum += values[i];
        }
      }
      if (n == 0) {
        return new Moments(0, Double.NaN, Double.NaN);
      }
      double mean = sum / n;
      double squares = 0;
      double deviations = 0;
      for (int i = 0; i < length; i++) {
        if (!Double.isNaN(values[i])) {
          double deviation = values[i] - mean;
          squares += deviation * deviation;
          deviations += deviation;
        }
      }
      return new Moments(n, mean + deviations / n, squares - deviations * deviations / n);
    }

    double variance() {
      return squares / (n - 1);
    }
  }
}
