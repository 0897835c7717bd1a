package io.cohesion.core.redthread;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Small builders for wish maps and responses in tests. */
final class Responses {
  private Responses() {}

  static WishMap map(boolean satisfaction, int topChoices, String... codes) {
    return map(satisfaction, topChoices, List.of(), codes);
  }

  static WishMap map(boolean satisfaction, int topChoices, List<String> segments, String... codes) {
    return new WishMap(
        new WishMapId("wm"),
        Arrays.stream(codes).map(Value::of).toList(),
        new ResponseRange(1, 5),
        satisfaction ? Optional.of(new ResponseRange(1, 5)) : Optional.empty(),
        topChoices,
        segments,
        Mobilisation.none());
  }

  static Builder respondent(String id) {
    return new Builder(id);
  }

  static final class Builder {
    private final String id;
    private final Map<String, Double> importance = new HashMap<>();
    private final Map<String, Double> satisfaction = new HashMap<>();
    private List<String> top = List.of();
    private final Map<String, String> segments = new HashMap<>();
    private Set<String> networks = Set.of();

    private Builder(String id) {
      this.id = id;
    }

    /** Pairs of code and importance, for example {@code imp("a", 5, "b", 3)}. */
    Builder imp(Object... pairs) {
      put(importance, pairs);
      return this;
    }

    Builder sat(Object... pairs) {
      put(satisfaction, pairs);
      return this;
    }

    Builder top(String... codes) {
      top = List.of(codes);
      return this;
    }

    Builder segment(String column, String value) {
      segments.put(column, value);
      return this;
    }

    Builder networks(String... names) {
      networks = Set.of(names);
      return this;
    }

    WishMapResponse build() {
      return new WishMapResponse(
          new Pseudonym(id),
          importance,
          satisfaction,
          top,
          segments,
          networks,
          OptionalInt.empty(),
          List.of());
    }

    private static void put(Map<String, Double> into, Object... pairs) {
      for (int i = 0; i < pairs.length; i += 2) {
        into.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
      }
    }
  }
}
