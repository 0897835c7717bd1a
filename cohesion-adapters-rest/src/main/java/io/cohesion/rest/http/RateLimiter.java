package io.cohesion.rest.http;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixed window per client address: at most {@code perMinute} calls in each clock minute. Kept in
 * memory on purpose: it slows down guessing of invitation codes on one node, while the single-use
 * codes themselves are enforced by the store.
 */
public final class RateLimiter {
  private final int perMinute;
  private final Clock clock;
  private final Map<String, Integer> counts = new HashMap<>();
  private long window = Long.MIN_VALUE;

  /** A limiter allowing {@code perMinute} calls per address and minute of {@code clock}. */
  public RateLimiter(int perMinute, Clock clock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be at least 1, got " + perMinute);
    }
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Counts a call from {@code address}; 429 with {@code Retry-After} when over the limit. */
  public synchronized void acquire(String address) {
    long millis = clock.millis();
    long now = Math.floorDiv(millis, 60_000L);
    if (now != window) {
      window = now;
      counts.clear();
    }
    int count = counts.merge(address, 1, Integer::sum);
    if (count > perMinute) {
      long retryAfter = Math.max(1, (60_000L - Math.floorMod(millis, 60_000L) + 999) / 1000);
      throw ProblemException.tooManyRequests(retryAfter);
    }
  }
}
