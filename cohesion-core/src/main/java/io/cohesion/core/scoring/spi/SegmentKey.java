package io.cohesion.core.scoring.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One segment: a value of a segment column, written {@code column=value}.
 *
 * @param column the segment column, for example {@code household}
 * @param value the segment, for example {@code young_parents}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SegmentKey(String column, String value) {
  public SegmentKey {
    Identifiers.check("segment column", column);
    Objects.requireNonNull(value, "segment of column " + column);
    if (value.isBlank()) {
      throw new IllegalArgumentException("segment of column " + column + " must not be blank");
    }
  }

  /** Parses {@code column=value}. */
  public static SegmentKey parse(String text) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("a segment is written column=value, got '" + text + "'");
    }
    return new SegmentKey(text.substring(0, eq), text.substring(eq + 1));
  }

  @Override
  public String toString() {
    return column + "=" + value;
  }
}
