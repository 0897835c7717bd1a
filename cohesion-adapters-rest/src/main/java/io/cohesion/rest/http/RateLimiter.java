package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A fixed window per client address: at most {@code perMinute} events in each clock minute. Kept in
 * memory on purpose: it slows down guessing of invitation codes and API keys on one node, while the
 * single-use codes themselves are enforced by the store.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RateLimiter {
  private final int perMinute;
  private final Clock clock;
  private final String what;
  private final Map<String, Integer> counts = new HashMap<>();
  private long window = Long.MIN_VALUE;

  /** A limiter allowing {@code perMinute} submissions per address and minute of {@code clock}. */
  public RateLimiter(int perMinute, Clock clock) {
    this(perMinute, clock, "submissions");
  }

  /**
   * A limiter allowing {@code perMinute} events per address and minute of {@code clock}; {@code
   * what} names the events in the 429 ("too many failed authentications from this address").
   */
  public RateLimiter(int perMinute, Clock clock, String what) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be at least 1, got " + perMinute);
    }
    this.perMinute = perMinute;
    this.clock = clock;
    this.what = what;
  }

  /** Counts a call from {@code address}; 429 with {@code Retry-After} when over the limit. */
  public synchronized void acquire(String address) {
    long millis = now();
    if (counts.merge(address, 1, Integer::sum) > perMinute) {
      throw tooMany(millis);
    }
  }

  /**
   * 429 with {@code Retry-After} when {@code address} has used up this minute's events; counts
   * nothing. With {@link #count}, for events known only afterwards, such as a key that fails.
   */
  public synchronized void check(String address) {
    long millis = now();
    if (counts.getOrDefault(address, 0) >= perMinute) {
      throw tooMany(millis);
    }
  }

  /** Counts an event of {@code address} without refusing it. */
  public synchronized void count(String address) {
    now();
    counts.merge(address, 1, Integer::sum);
  }

  /** The clock's millis, starting a new window (and forgetting the counts) each minute. */
  private long now() {
    long millis = clock.millis();
    long minute = Math.floorDiv(millis, 60_000L);
    if (minute != window) {
      window = minute;
      counts.clear();
    }
    return millis;
  }

  private ProblemException tooMany(long millis) {
    long retryAfter = Math.max(1, (60_000L - Math.floorMod(millis, 60_000L) + 999) / 1000);
    return ProblemException.tooManyRequests(what, retryAfter);
  }
}
