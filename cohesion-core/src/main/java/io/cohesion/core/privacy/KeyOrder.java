package io.cohesion.core.privacy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order groups are listed and weighed in: a column's declared values in their declared order,
 * then any other key (only in columns without declarations, or stored before them) in code-point
 * order. The same data always gives the same order, so the remedy's ties break the same way in
 * every release (docs/privacy.md#the-remedy).
 */
public final class KeyOrder {
  private KeyOrder() {}

  /** The order of one column whose declared values are {@code declared} (empty: none declared). */
  public static Comparator<String> of(List<String> declared) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      position.putIfAbsent(declared.get(i), i);
    }
    return Comparator.<String>comparingInt(key -> position.getOrDefault(key, Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder());
  }
}
