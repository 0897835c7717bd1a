package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How many respondents had at least one wish coded to each value, overall and in each group of each
 * declared segment column, under the disclosure rules (docs/privacy.md#wishes): a withheld tally
 * shows its key and nothing else. The wishes themselves are never part of it.
 *
 * @param n the respondents the tallies are counted over (the wave's last release state for a bound
 *     audience, every answer now for one holding the raw data); empty when the whole release is
 *     withheld
 * @param values one tally per value of the map, in the map's order; empty when withheld
 * @param withheld why nothing is released, when nothing is
 * @param uncoded how many wishes are not coded yet: only for an audience holding the raw data (a
 *     bound audience gets tallies only once every wish of the state is coded)
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record WishTallies(
    OptionalInt n, List<ValueTally> values, Optional<String> withheld, OptionalInt uncoded) {
  public WishTallies {
    requireNonNull(n, "n");
    values = List.copyOf(values);
    requireNonNull(withheld, "withheld");
    requireNonNull(uncoded, "uncoded");
  }

  /** Nothing released, for {@code reason}. */
  public static WishTallies withheld(String reason) {
    return new WishTallies(
        OptionalInt.empty(), List.of(), Optional.of(reason), OptionalInt.empty());
  }

  /**
   * The tally of one value.
   *
   * @param value the value code
   * @param n respondents with a wish coded to it; empty when withheld
   * @param segments the tally in each group of each declared segment column, columns in the map's
   *     order and groups in declared order
   */
  public record ValueTally(String value, OptionalInt n, List<SegmentTally> segments) {
    public ValueTally {
      requireNonNull(value, "value");
      requireNonNull(n, "n");
      segments = List.copyOf(segments);
    }

    /** Whether the value's overall tally is withheld. */
    public boolean suppressed() {
      return n.isEmpty();
    }
  }

  /**
   * The tally of one value in one group.
   *
   * @param column the segment column
   * @param key the group's declared code
   * @param n respondents of the group with a wish coded to the value; empty when withheld
   */
  public record SegmentTally(String column, String key, OptionalInt n) {
    public SegmentTally {
      requireNonNull(column, "column");
      requireNonNull(key, "key");
      requireNonNull(n, "n");
    }

    /** Whether this tally is withheld. */
    public boolean suppressed() {
      return n.isEmpty();
    }
  }
}
