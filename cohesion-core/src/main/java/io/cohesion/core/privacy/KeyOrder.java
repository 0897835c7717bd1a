package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The order groups are listed and weighed in: a column's declared values in their declared order,
 * then any other key (only in columns without declarations, or stored before them) in code-point
 * order. The same data always gives the same order, so the remedy's ties break the same way in
 * every release (docs/privacy.md#the-remedy).
 */
@API(status = INTERNAL, since = "0.1.0")
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
