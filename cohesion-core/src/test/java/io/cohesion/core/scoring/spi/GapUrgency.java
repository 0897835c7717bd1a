package io.cohesion.core.scoring.spi;

/**
 * The example strategy of docs/researchers.md: urgency as the gap between importance and
 * satisfaction, never below 0, aggregated as the median. Registered for the tests in {@code
 * src/test/resources/META-INF/services}.
 */
public final class GapUrgency implements UrgencyStrategy {

  @Override
  public String name() {
    return "gap";
  }

  @Override
  public String description() {
    return "median of max(0, importance - satisfaction), both rescaled to [0, 1]";
  }

  @Override
  public double respondentUrgency(
      double importance, double satisfaction, boolean satisfactionAsked) {
    if (!satisfactionAsked) {
      return importance;
    }
    return Math.max(0, importance - satisfaction); // NaN stays NaN: Math.max propagates it
  }

  @Override
  public double aggregate(double[] urgencies, int[] weights) {
    // weighted median: the smallest urgency at which the cumulative weight reaches half
    long total = 0;
    int defined = 0;
    for (int i = 0; i < urgencies.length; i++) {
      if (weights[i] > 0 && !Double.isNaN(urgencies[i])) {
        total += weights[i];
        defined++;
      }
    }
    if (total == 0) {
      return Double.NaN;
    }
    double[] values = new double[defined];
    int[] counts = new int[defined];
    Integer[] order = new Integer[defined];
    int j = 0;
    for (int i = 0; i < urgencies.length; i++) {
      if (weights[i] > 0 && !Double.isNaN(urgencies[i])) {
        values[j] = urgencies[i];
        counts[j] = weights[i];
        order[j] = j;
        j++;
      }
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    long cumulative = 0;
    for (int p = 0; p < defined; p++) {
      cumulative += counts[order[p]];
      if (2 * cumulative == total) {
        return (values[order[p]] + values[order[p + 1]]) / 2;
      }
      if (2 * cumulative > total) {
        return values[order[p]];
      }
    }
    throw new IllegalStateException("unreachable: the weights sum to " + total);
  }
}
