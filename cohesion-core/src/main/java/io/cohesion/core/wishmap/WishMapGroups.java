package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.StateRules;
import io.cohesion.core.privacy.WaveGroups;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.core.privacy.WaveStatusRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The groups of a wish map's responses as {@link StateRules} weighs them: every declared segment
 * column, then every declared network (a column {@code network:<name>} whose one key, {@code
 * member}, its members carry), in the order the red thread releases their counts.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WishMapGroups {
  /** The key a network's members carry in the network's column. */
  public static final String MEMBER = "member";

  private WishMapGroups() {}

  /** The column of network {@code name}. */
  public static String networkColumn(String name) {
    return "network:" + name;
  }

  /** Reads the groups of a wish map wave now, from {@code maps} and {@code responses}. */
  public static Function<WaveId, WaveGroups> reader(
      WishMapRepository maps, WishMapResponseStore responses, WaveStatusRepository statuses) {
    requireNonNull(maps, "maps");
    requireNonNull(responses, "responses");
    requireNonNull(statuses, "statuses");
    return wave -> {
      if (wave.kind() != WaveKind.WISH_MAP) {
        throw new IllegalArgumentException(wave + " is not a wish map");
      }
      WishMapId id = new WishMapId(wave.id());
      WishMap map =
          maps.find(id).orElseThrow(() -> new NotFoundException("wish map", wave.id())).value();
      // Bound callers see groups of declared columns only (docs/privacy.md#keys-are-declared).
      List<String> columns = new ArrayList<>(map.declaredSegments());
      map.mobilisation().networks().forEach(name -> columns.add(networkColumn(name)));
      Map<String, List<String>> declared = new HashMap<>();
      map.declarations().forEach(d -> declared.put(d.column(), d.codes()));
      return WaveGroups.<WishMapResponse>read(
          statuses,
          wave,
          columns,
          declared,
          r -> new WaveGroups.Row(keys(map, r), kinds(map, r)),
          each -> responses.forEach(id, each));
    };
  }

  /**
   * The per-value kinds of figures a response takes part in: each value's importance, satisfaction
   * and urgency (importance answered, and satisfaction too where the map asks for it; satisfaction
   * alone where it asks no importance), and the top choices.
   */
  static List<String> kinds(WishMap map, WishMapResponse response) {
    List<String> kinds = new ArrayList<>();
    boolean satisfactionAsked = map.satisfactionScale().isPresent();
    for (String value : response.importance().keySet()) {
      kinds.add("importance " + value);
      if (!satisfactionAsked || response.satisfaction().containsKey(value)) {
        kinds.add("urgency " + value);
      }
    }
    for (String value : response.satisfaction().keySet()) {
      kinds.add("satisfaction " + value);
      if (!map.asksImportance()) {
        // without importance, urgency is dissatisfaction: its cell is that of satisfaction
        kinds.add("urgency " + value);
      }
    }
    if (!response.topChoices().isEmpty()) {
      kinds.add("top choices");
    }
    return kinds;
  }

  private static Map<String, String> keys(WishMap map, WishMapResponse response) {
    Map<String, String> keys = new HashMap<>();
    for (String column : map.declaredSegments()) {
      String key = response.segments().get(column);
      if (key != null) {
        keys.put(column, key);
      }
    }
    for (String name : map.mobilisation().networks()) {
      if (response.networks().contains(name)) {
        keys.put(networkColumn(name), MEMBER);
      }
    }
    return keys;
  }
}
