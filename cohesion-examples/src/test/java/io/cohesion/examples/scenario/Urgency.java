package io.cohesion.examples.scenario;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Urgency as docs/scoring.md#53-red-thread defines it, written out plainly so the story tests check
 * the generated data without relying on the library's analysis.
 */
final class Urgency {
  private Urgency() {}

  static double of(WishMap map, List<WishMapResponse> responses, String code) {
    ResponseRange imp = map.importanceScale().orElseThrow();
    ResponseRange sat = map.satisfactionScale().orElseThrow();
    double sum = 0;
    int n = 0;
    for (WishMapResponse r : responses) {
      Double i = r.importance().get(code);
      Double s = r.satisfaction().get(code);
      if (i != null && s != null) {
        sum +=
            (i - imp.min()) / (imp.max() - imp.min()) * (sat.max() - s) / (sat.max() - sat.min());
        n++;
      }
    }
    return sum / n;
  }

  /** Value codes by urgency, most urgent first. */
  static List<String> ranking(WishMap map, List<WishMapResponse> responses) {
    return map.values().stream()
        .map(Value::code)
        .sorted(Comparator.comparingDouble((String c) -> -of(map, responses, c)))
        .toList();
  }

  static List<WishMapResponse> where(
      List<WishMapResponse> responses, Predicate<WishMapResponse> filter) {
    return responses.stream().filter(filter).toList();
  }

  static List<WishMapResponse> inSegment(
      List<WishMapResponse> responses, String column, String value) {
    return where(responses, r -> value.equals(r.segments().get(column)));
  }
}
