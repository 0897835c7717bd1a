package io.cohesion.core.redthread;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/**
 * The red-thread figures of one value (docs/scoring.md#53-red-thread). Undefined figures are {@code
 * Double.NaN}.
 *
 * @param code the value code
 * @param n respondents who answered the value's importance, or its satisfaction when the wish map
 *     asks no importance ({@link UrgencyBasis#DISSATISFACTION})
 * @param importanceMean mean importance; NaN when the wish map asks no importance
 * @param importanceSd sample standard deviation (n − 1) of importance; NaN when n &lt; 2
 * @param satisfactionMean mean satisfaction; NaN without a satisfaction scale or answers
 * @param urgency the urgency of the value under the chosen urgency strategy
 * @param topShare share of respondents with at least one top choice who named this value
 * @param borda Borda points: a top choice at position p earns {@code topChoices − p + 1}
 * @param rank 1 for the most urgent value: by urgency descending (undefined last), then Borda
 *     descending, then code ascending
 * @param pTopK share of bootstrap resamples in which the value ranked within the top {@code
 *     topChoices}; NaN without resamples
 * @param suppressed whether the disclosure policy withholds this value's figures in this cell
 *     (docs/privacy.md); a suppressed value carries only its code: n and borda 0, rank 0, every
 *     other figure NaN
 */
@API(status = STABLE, since = "0.1.0")
public record ValueFigures(
    String code,
    int n,
    double importanceMean,
    double importanceSd,
    double satisfactionMean,
    double urgency,
    double topShare,
    int borda,
    int rank,
    double pTopK,
    boolean suppressed) {

  /** Released figures of one value. */
  public ValueFigures(
      String code,
      int n,
      double importanceMean,
      double importanceSd,
      double satisfactionMean,
      double urgency,
      double topShare,
      int borda,
      int rank,
      double pTopK) {
    this(
        code,
        n,
        importanceMean,
        importanceSd,
        satisfactionMean,
        urgency,
        topShare,
        borda,
        rank,
        pTopK,
        false);
  }

  /** A value whose figures are withheld: its code and nothing else. */
  public static ValueFigures suppressed(String code) {
    return new ValueFigures(
        code,
        0,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        0,
        0,
        Double.NaN,
        true);
  }

  public ValueFigures {
    Identifiers.check("value code", code);
    if (n < 0) {
      throw new IllegalArgumentException("n of value " + code + " must be 0 or more, got " + n);
    }
    if (borda < 0) {
      throw new IllegalArgumentException(
          "borda of value " + code + " must be 0 or more, got " + borda);
    }
    if (rank < (suppressed ? 0 : 1)) {
      throw new IllegalArgumentException(
          "rank of value " + code + " must be 1 or more, got " + rank);
    }
  }
}
