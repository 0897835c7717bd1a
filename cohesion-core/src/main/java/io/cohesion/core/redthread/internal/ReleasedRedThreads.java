package io.cohesion.core.redthread.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.StateSummary;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.RedThreadCaching;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.wishmap.WishMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The red threads released to bound audiences, kept under everything their figures depend on
 * (docs/performance.md, "The red thread from a cache").
 *
 * <p>Readers that ask for a key being computed wait for that one computation instead of starting
 * their own: a workshop whose browsers all refresh at once after a close computes the new state
 * once. A computation that fails is not kept; every reader waiting on it gets its exception.
 */
public final class ReleasedRedThreads {
  private final Cache<Key, RedThread> cache;

  /** A cache of {@code caching.entries()} red threads; it must be enabled. */
  public ReleasedRedThreads(RedThreadCaching caching) {
    if (!requireNonNull(caching, "caching").enabled()) {
      throw new IllegalArgumentException("a red thread cache needs at least 1 entry");
    }
    this.cache = CacheBuilder.newBuilder().maximumSize(caching.entries()).build();
  }

  /**
   * The red thread under {@code key}, computed by {@code compute} if no reader has asked for it
   * yet; readers asking while it is computed wait for it.
   */
  public RedThread get(Key key, Supplier<RedThread> compute) {
    requireNonNull(compute, "compute");
    try {
      return cache.get(requireNonNull(key, "key"), compute::get);
    } catch (UncheckedExecutionException e) {
      throw rethrown(e.getCause());
    } catch (ExecutionError e) {
      throw rethrown(e.getCause());
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /** How many red threads are kept now (an estimate while others read). */
  public long size() {
    return cache.size();
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("the red thread could not be computed", cause);
  }

  /**
   * Everything the figures of a released red thread depend on. The state is kept as its summary
   * (wave, sequence, time, size and a SHA-256 of its respondents' ids, which the store keeps when
   * the state is cut), so that an entry does not hold a copy of every id and a read need not read
   * them; the budget is not part of it, because it decides whether a read is allowed, not what it
   * shows, and is checked on every read.
   *
   * @param map the wish map's definition, whose values, scales and segments the figures describe
   * @param version the version the definition was read at
   * @param state the release state the figures are computed over
   * @param audience the bound audience: its floor and {@code k} decide what is withheld
   * @param segmentColumns the segment columns asked for, in the order asked
   * @param bootstrap the bootstrap resamples
   * @param seed the bootstrap's seed
   * @param urgencyStrategy the name of the urgency strategy
   */
  public record Key(
      WishMap map,
      long version,
      StateSummary state,
      Audience audience,
      List<String> segmentColumns,
      int bootstrap,
      long seed,
      String urgencyStrategy) {
    public Key {
      requireNonNull(map, "map");
      requireNonNull(state, "state");
      requireNonNull(audience, "audience");
      if (!audience.bound()) {
        throw new IllegalArgumentException(
            "only figures released to a bound audience are kept, got " + audience);
      }
      segmentColumns = List.copyOf(segmentColumns);
      requireNonNull(urgencyStrategy, "urgencyStrategy");
    }

    /**
     * The key of the red thread of {@code map} released from {@code state} with {@code options}.
     */
    public static Key of(Versioned<WishMap> map, StateSummary state, RedThreadOptions options) {
      return new Key(
          map.value(),
          map.version(),
          state,
          options.audience(),
          options.segmentColumns(),
          options.bootstrap(),
          options.seed(),
          options.urgencyStrategy());
    }
  }
}
