package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A measurement instrument: items answered on one response range, scored as the mean of the
 * answered items after reversal (docs/scoring.md#51-scales).
 *
 * @param id the scale id
 * @param name the scale's name in Dutch and English
 * @param response the response range shared by all items
 * @param minAnswered how many items a respondent must answer to get a person score (1…k)
 * @param items the items, at least one, with unique ids; a scale of one item has person scores,
 *     waves and groups like any other, but no reliability (alpha needs two items)
 */
@API(status = STABLE, since = "0.1.0")
public record Scale(
    ScaleId id, Text name, ResponseRange response, int minAnswered, List<Item> items) {
  public Scale {
    requireNonNull(id, "id");
    requireNonNull(name, "name of scale " + id);
    requireNonNull(response, "response range of scale " + id);
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("scale " + id + " needs at least 1 item, got 0");
    }
    Set<String> seen = new HashSet<>();
    for (Item item : items) {
      if (!seen.add(item.id())) {
        throw new IllegalArgumentException(
            "scale " + id + " has item id '" + item.id() + "' twice");
      }
    }
    if (minAnswered < 1 || minAnswered > items.size()) {
      throw new IllegalArgumentException(
          "minAnswered of scale "
              + id
              + " must be between 1 and "
              + items.size()
              + ", got "
              + minAnswered);
    }
  }

  /** A scale with the default {@code minAnswered}: half the items, rounded up. */
  public static Scale of(ScaleId id, Text name, ResponseRange response, List<Item> items) {
    return new Scale(id, name, response, defaultMinAnswered(items.size()), items);
  }

  /** Half of {@code itemCount}, rounded up. */
  public static int defaultMinAnswered(int itemCount) {
    return (itemCount + 1) / 2;
  }

  /** The number of items k. */
  public int size() {
    return items.size();
  }

  /** The item with this id, if the scale has one. */
  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** The position of the item with this id, or -1. */
  public int indexOf(String itemId) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(itemId)) {
        return i;
      }
    }
    return -1;
  }
}
