package io.cohesion.core.scoring.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What every pluggable scoring strategy has: a name to select it by. Strategies are found through
 * {@link java.util.ServiceLoader}; the built-in ones are registered the same way.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ScoringStrategy {

  /** The name to select this strategy by, for example {@code mean}; unique per strategy kind. */
  String name();

  /** One sentence saying what the strategy computes, for listings and reports. */
  default String description() {
    return name();
  }
}
