package io.cohesion.examples.scenario;

import io.cohesion.examples.scenario.report.Report;

/** A pilot that can be run end to end: synthetic data in, workshop report out. */
public interface Scenario {

  /** The name on the command line, for example {@code nij-beets}. */
  String name();

  /** One line saying what the pilot was about. */
  String summary();

  /** The seed the demo uses. */
  long defaultSeed();

  /**
   * Generates the data for {@code seed}, runs it through the library and reports what the workshop
   * sees.
   *
   * @param settings the seed and the analysis settings
   */
  Report run(RunSettings settings);
}
