package io.cohesion.rest.resource;

import io.cohesion.rest.http.ProblemException;
import java.util.List;
import java.util.Map;

/** JSON {@code null} inside maps and lists is refused with the field named, not stored. */
final class Nulls {
  private Nulls() {}

  static <K, V> Map<K, V> map(String field, Map<K, V> map) {
    if (map == null) {
      return Map.of();
    }
    map.forEach(
        (k, v) -> {
          if (v == null) {
            throw ProblemException.invalid(field + "." + k, "must not be null; leave it out");
          }
        });
    return map;
  }

  static <T> List<T> list(String field, List<T> list) {
    if (list == null) {
      return List.of();
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw ProblemException.invalid(field + "[" + i + "]", "must not be null");
      }
    }
    return list;
  }
}
