package io.cohesion.examples.scenario;

/**
 * How a scenario is run.
 *
 * @param seed the seed of the synthetic data
 * @param bootstrap how many bootstrap resamples the red thread draws for {@code pTopK}
 * @param kMin the small-group rule's smallest publishable group
 */
public record RunSettings(long seed, int bootstrap, int kMin) {
  /** The red thread's default number of resamples. */
  public static final int DEFAULT_BOOTSTRAP = 1000;

  /** The small-group rule's default {@code kMin}. */
  public static final int DEFAULT_K_MIN = 5;

  public RunSettings {
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap must be 0 or more, got " + bootstrap);
    }
    if (kMin < 1) {
      throw new IllegalArgumentException("kMin must be at least 1, got " + kMin);
    }
  }

  /** The defaults with {@code seed}. */
  public static RunSettings withSeed(long seed) {
    return new RunSettings(seed, DEFAULT_BOOTSTRAP, DEFAULT_K_MIN);
  }
}
