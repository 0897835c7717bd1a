package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import java.util.List;
import org.apiguardian.api.API;

/**
 * How to analyse a wish map.
 *
 * @param segmentColumns the segment columns to split by, each one of the wish map's segments
 * @param audience who the figures are released to; its {@code k} and whether it is bound decide
 *     what the disclosure policy withholds (docs/privacy.md)
 * @param bootstrap the number of bootstrap resamples B for {@code pTopK}; 0 leaves {@code pTopK}
 *     undefined
 * @param seed the seed of the bootstrap; the same seed gives the same result
 * @param urgencyStrategy the name of the {@link io.cohesion.core.scoring.spi.UrgencyStrategy} to
 *     use
 */
@API(status = STABLE, since = "0.1.0")
public record RedThreadOptions(
    List<String> segmentColumns,
    Audience audience,
    int bootstrap,
    long seed,
    String urgencyStrategy) {

  /** The number of bootstrap resamples when none is given. */
  public static final int DEFAULT_BOOTSTRAP = 1000;

  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 1L;

  /** The name of the built-in urgency strategy. */
  public static final String DEFAULT_URGENCY = DefaultUrgency.NAME;

  public RedThreadOptions {
    segmentColumns = List.copyOf(segmentColumns);
    requireNonNull(audience, "audience");
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap must be 0 or more resamples, got " + bootstrap);
    }
    requireNonNull(urgencyStrategy, "urgencyStrategy");
    if (urgencyStrategy.isBlank()) {
      throw new IllegalArgumentException("urgencyStrategy must name a strategy, got a blank name");
    }
  }

  /**
   * No segments, a bound audience at the default floor (5), B = 1000, seed 1, the default urgency.
   */
  public static RedThreadOptions defaults() {
    return new RedThreadOptions(
        List.of(),
        DisclosurePolicy.defaults().bound(),
        DEFAULT_BOOTSTRAP,
        DEFAULT_SEED,
        DEFAULT_URGENCY);
  }

  /** These options, split by {@code columns}. */
  public RedThreadOptions withSegmentColumns(List<String> columns) {
    return new RedThreadOptions(columns, audience, bootstrap, seed, urgencyStrategy);
  }

  /** These options for another audience. */
  public RedThreadOptions withAudience(Audience newAudience) {
    return new RedThreadOptions(segmentColumns, newAudience, bootstrap, seed, urgencyStrategy);
  }

  /** These options with {@code resamples} bootstrap resamples. */
  public RedThreadOptions withBootstrap(int resamples) {
    return new RedThreadOptions(segmentColumns, audience, resamples, seed, urgencyStrategy);
  }

  /** These options with another seed. */
  public RedThreadOptions withSeed(long newSeed) {
    return new RedThreadOptions(segmentColumns, audience, bootstrap, newSeed, urgencyStrategy);
  }

  /** These options with the urgency strategy named {@code name}. */
  public RedThreadOptions withUrgencyStrategy(String name) {
    return new RedThreadOptions(segmentColumns, audience, bootstrap, seed, name);
  }
}
