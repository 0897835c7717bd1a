package io.cohesion.core.redthread;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How many released red threads {@link AnalyseWishMaps} keeps in memory (docs/performance.md, "The
 * red thread from a cache").
 *
 * <p>Only figures released to a bound audience are kept, each under everything they depend on: the
 * wish map and its version, the release state they were computed from, the audience (its floor and
 * {@code k}), the segment columns, the bootstrap resamples, the seed and the urgency strategy. A
 * new release state is therefore a new entry, and an entry is never handed to another audience or
 * another set of options. Figures read live by a raw-data holder are never kept.
 *
 * @param entries the most red threads kept at once, the least recently read dropped first; 0 keeps
 *     none
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record RedThreadCaching(int entries) {
  /** The number of entries when none is given. */
  public static final int DEFAULT_ENTRIES = 128;

  public RedThreadCaching {
    if (entries < 0) {
      throw new IllegalArgumentException(
          "a red thread cache keeps 0 or more entries, got " + entries);
    }
  }

  /** {@value #DEFAULT_ENTRIES} entries. */
  public static RedThreadCaching defaults() {
    return new RedThreadCaching(DEFAULT_ENTRIES);
  }

  /** No cache: every read computes its red thread. */
  public static RedThreadCaching off() {
    return new RedThreadCaching(0);
  }

  /** Whether any entry is kept. */
  public boolean enabled() {
    return entries > 0;
  }
}
