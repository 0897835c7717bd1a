package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.Text;
import org.apiguardian.api.API;

/**
 * One statement of a {@link Scale}.
 *
 * @param id the item id, also its column name in a responses CSV
 * @param text the statement in Dutch and English
 * @param reverse whether agreement means less of what the scale measures (scored {@code min + max −
 *     x})
 */
@API(status = STABLE, since = "0.1.0")
public record Item(String id, Text text, boolean reverse) {
  public Item {
    Identifiers.check("item id", id);
    requireNonNull(text, "text of item " + id);
  }

  /** An item whose text is its id, not reversed. */
  public static Item of(String id) {
    return new Item(id, Text.of(id), false);
  }
}
