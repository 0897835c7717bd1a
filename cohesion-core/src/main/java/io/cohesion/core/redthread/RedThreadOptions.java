package io.cohesion.core.redthread;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.privacy.SmallGroupRule;
import java.util.List;

/**
 * How to analyse a wish map.
 *
 * @param segmentColumns the segment columns to split by, each one of the wish map's segments
 * @param rule the small-group rule for segments and per-segment network counts (SPEC §5.2)
 * @param bootstrap the number of bootstrap resamples B for {@code pTopK}; 0 leaves {@code pTopK}
 *     undefined
 * @param seed the seed of the bootstrap; the same seed gives the same result
 * @param urgencyStrategy the name of the {@link io.cohesion.core.scoring.spi.UrgencyStrategy} to
 *     use
 */
public record RedThreadOptions(
    List<String> segmentColumns,
    SmallGroupRule rule,
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
    requireNonNull(rule, "rule");
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap must be 0 or more resamples, got " + bootstrap);
    }
    requireNonNull(urgencyStrategy, "urgencyStrategy");
    if (urgencyStrategy.isBlank()) {
      throw new IllegalArgumentException("urgencyStrategy must name a strategy, got a blank name");
    }
  }

  /** No segments, {@code kMin} 5, B = 1000, seed 1, the default urgency. */
  public static RedThreadOptions defaults() {
    return new RedThreadOptions(
        List.of(), SmallGroupRule.defaults(), DEFAULT_BOOTSTRAP, DEFAULT_SEED, DEFAULT_URGENCY);
  }

  /** These options, split by {@code columns}. */
  public RedThreadOptions withSegmentColumns(List<String> columns) {
    return new RedThreadOptions(columns, rule, bootstrap, seed, urgencyStrategy);
  }

  /** These options with another small-group rule. */
  public RedThreadOptions withRule(SmallGroupRule newRule) {
    return new RedThreadOptions(segmentColumns, newRule, bootstrap, seed, urgencyStrategy);
  }

  /** These options with {@code resamples} bootstrap resamples. */
  public RedThreadOptions withBootstrap(int resamples) {
    return new RedThreadOptions(segmentColumns, rule, resamples, seed, urgencyStrategy);
  }

  /** These options with another seed. */
  public RedThreadOptions withSeed(long newSeed) {
    return new RedThreadOptions(segmentColumns, rule, bootstrap, newSeed, urgencyStrategy);
  }

  /** These options with the urgency strategy named {@code name}. */
  public RedThreadOptions withUrgencyStrategy(String name) {
    return new RedThreadOptions(segmentColumns, rule, bootstrap, seed, name);
  }
}
