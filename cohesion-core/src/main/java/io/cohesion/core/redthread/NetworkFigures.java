package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Where people already move for: how many respondents take part in one named network (a club, a
 * yearly event), overall and per segment.
 *
 * @param name the network's name as respondents gave it
 * @param n respondents who take part
 * @param share {@code n} as a share of all respondents; NaN when there are none
 * @param segments per segment of each requested segment column, in column then key order; a segment
 *     suppressed by the disclosure policy shows no count
 * @param suppressed whether the network's own count is withheld (docs/privacy.md): then {@code n}
 *     is 0, {@code share} NaN and no segment counts are given
 */
@API(status = STABLE, since = "0.1.0")
public record NetworkFigures(
    String name, int n, double share, List<SegmentCount> segments, boolean suppressed) {

  /** A released network count. */
  public NetworkFigures(String name, int n, double share, List<SegmentCount> segments) {
    this(name, n, share, segments, false);
  }

  /** A network whose count is withheld: its name and nothing else. */
  public static NetworkFigures suppressed(String name) {
    return new NetworkFigures(name, 0, Double.NaN, List.of(), true);
  }

  public NetworkFigures {
    requireNonNull(name, "network name");
    if (n < 0) {
      throw new IllegalArgumentException("n of network " + name + " must be 0 or more, got " + n);
    }
    segments = List.copyOf(segments);
  }

  /** The part of one segment in a network, or the fact that the segment is suppressed. */
  public sealed interface SegmentCount {
    /** The segment column. */
    String column();

    /** The segment. */
    String value();

    /** Whether the segment is suppressed under the small-group rule. */
    boolean suppressed();

    /**
     * The count in a published segment.
     *
     * @param column the segment column
     * @param value the segment
     * @param n respondents in the segment who take part in the network
     * @param share {@code n} as a share of the segment's respondents
     */
    record Published(String column, String value, int n, double share) implements SegmentCount {
      public Published {
        requireNonNull(column, "column");
        requireNonNull(value, "value of segment column " + column);
        if (n < 0) {
          throw new IllegalArgumentException(
              "n in segment " + column + "=" + value + " must be 0 or more, got " + n);
        }
      }

      @Override
      public boolean suppressed() {
        return false;
      }
    }

    /**
     * A suppressed segment: no count.
     *
     * @param column the segment column
     * @param value the segment
     */
    record Suppressed(String column, String value) implements SegmentCount {
      public Suppressed {
        requireNonNull(column, "column");
        requireNonNull(value, "value of segment column " + column);
      }

      @Override
      public boolean suppressed() {
        return true;
      }
    }
  }
}
