package io.cohesion.examples.scenario;

import io.cohesion.core.application.Cohesion;
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
   * Generates the data for {@code settings.seed()}, stores them through the library's use cases,
   * runs the analyses on what the store gives back and reports what the workshop sees.
   *
   * @param cohesion the use cases over the store the data are kept in; the scenario adds its own
   *     and leaves the rest alone
   * @param settings the seed and the analysis settings
   */
  Report run(Cohesion cohesion, RunSettings settings);
}
