package io.cohesion.examples.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The few random draws the generators need, on a seeded {@link SplittableRandom}. The normal draw
 * is computed here rather than taken from the JDK so the data stay the same across JDK versions.
 */
final class Draws {
  private final SplittableRandom random;

  Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A uniform number in {@code [0, 1)}. */
  double uniform() {
    return random.nextDouble();
  }

  /** Whether an event of probability {@code p} happens. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number in {@code [0, bound)}. */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** A standard normal number (Box–Muller, one of the pair). */
  double normal() {
    double u = 1.0 - random.nextDouble(); // (0, 1]: the logarithm stays finite
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  /** A normal number with the given mean and standard deviation. */
  double normal(double mean, double sd) {
    return mean + sd * normal();
  }

  /**
   * A whole answer on {@code [min, max]}: a normal draw around {@code mean}, rounded and clamped.
   */
  int likert(double mean, double sd, int min, int max) {
    long answer = Math.round(normal(mean, sd));
    return (int) Math.max(min, Math.min(max, answer));
  }

  /** One of {@code options}, each with its weight (weights need not sum to one). */
  <T> T weighted(List<T> options, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < options.size(); i++) {
      u -= weights[i];
      if (u < 0) {
        return options.get(i);
      }
    }
    return options.get(options.size() - 1);
  }

  /** Shuffles {@code items} in place (Fisher–Yates). */
  <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = items.get(i);
      items.set(i, items.get(j));
      items.set(j, swap);
    }
  }
}
