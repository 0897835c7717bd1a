package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The values a coordinator coded one wish to: zero or more value codes of its wish map. A coding
 * with no values says the wish was read and fits none; a wish without a coding has not been read.
 *
 * @param map the wish map
 * @param wish the wish
 * @param values value codes of the map, each once, in the order given
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record WishCoding(WishMapId map, WishId wish, List<String> values) {
  public WishCoding {
    requireNonNull(map, "map");
    requireNonNull(wish, "wish");
    values = List.copyOf(values);
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      Identifiers.check("value code of wish " + wish, value);
      if (!seen.add(value)) {
        throw new IllegalArgumentException("wish " + wish + " is coded to '" + value + "' twice");
      }
    }
  }
}
