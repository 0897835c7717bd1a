package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The red thread of one segment (one value of one segment column), or the fact that it is
 * suppressed under the small-group rule (docs/privacy.md).
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface SegmentFigures {

  /** The segment column, for example {@code household}. */
  String column();

  /** The segment, for example {@code young_parents}. */
  String value();

  /** Whether the segment is suppressed; a suppressed segment carries no figures at all. */
  boolean suppressed();

  /**
   * A segment large enough to publish.
   *
   * @param column the segment column
   * @param value the segment
   * @param n the respondents in the segment
   * @param values the per-value figures within the segment, in rank order (rank 1 first)
   */
  record Published(String column, String value, int n, List<ValueFigures> values)
      implements SegmentFigures {
    public Published {
      requireNonNull(column, "column");
      requireNonNull(value, "value of segment column " + column);
      if (n < 1) {
        throw new IllegalArgumentException(
            "a published segment " + column + "=" + value + " needs n >= 1, got " + n);
      }
      values = List.copyOf(values);
    }

    @Override
    public boolean suppressed() {
      return false;
    }
  }

  /**
   * A segment too small to publish, or hidden so that another small one cannot be recovered.
   *
   * @param column the segment column
   * @param value the segment
   */
  record Suppressed(String column, String value) implements SegmentFigures {
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
