package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.scoring.spi.ScaleScoreStrategy;
import org.apiguardian.api.API;

/**
 * The built-in person score {@code mean} of docs/scoring.md#51-scales: the mean of the answered
 * items after reversal, when at least {@code minAnswered} items were answered. Registered for
 * {@link java.util.ServiceLoader} like any other strategy.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MeanOfAnsweredItems implements ScaleScoreStrategy {

  /** The name this strategy is selected by. */
  public static final String NAME = "mean";

  /** Creates the strategy; it has no state. */
  public MeanOfAnsweredItems() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "mean of the answered items after reversal, given at least minAnswered answers";
  }

  @Override
  public double personScore(double[] answers, int minAnswered) {
    return score(answers, 0, answers.length, minAnswered);
  }

  /** The person score of {@code length} answers starting at {@code offset}; NaN marks missing. */
  static double score(double[] answers, int offset, int length, int minAnswered) {
    int answered = 0;
    double sum = 0;
    for (int j = offset; j < offset + length; j++) {
      double answer = answers[j];
      if (answer == answer) {
        answered++;
        sum += answer;
      }
    }
    return answered >= minAnswered && answered > 0 ? sum / answered : Double.NaN;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
