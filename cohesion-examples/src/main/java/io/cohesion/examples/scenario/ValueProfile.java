package io.cohesion.examples.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a group of residents thinks of each value on average: the mean importance and satisfaction
 * the generator draws answers around. A profile is the one place where a pilot's story is written
 * down as numbers.
 */
final class ValueProfile {
  private final Map<String, double[]> means;

  private ValueProfile(Map<String, double[]> means) {
    this.means = means;
  }

  /** A profile from {@code code → {importance, satisfaction}} means. */
  static ValueProfile of(Map<String, double[]> means) {
    Map<String, double[]> copy = new LinkedHashMap<>();
    means.forEach((code, pair) -> copy.put(code, pair.clone()));
    return new ValueProfile(copy);
  }

  /** A copy with the importance and satisfaction means of {@code code} shifted. */
  ValueProfile shift(String code, double importance, double satisfaction) {
    double[] pair = means.get(code);
    if (pair == null) {
      throw new IllegalArgumentException("profile has no value '" + code + "'");
    }
    Map<String, double[]> copy = new LinkedHashMap<>();
    means.forEach((c, p) -> copy.put(c, p.clone()));
    copy.get(code)[0] += importance;
    copy.get(code)[1] += satisfaction;
    return new ValueProfile(copy);
  }

  double importance(String code) {
    return mean(code)[0];
  }

  double satisfaction(String code) {
    return mean(code)[1];
  }

  private double[] mean(String code) {
    double[] pair = means.get(code);
    if (pair == null) {
      throw new IllegalArgumentException("profile has no value '" + code + "'");
    }
    return pair;
  }
}
