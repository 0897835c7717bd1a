package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.cohesion.examples.scenario.report.Report;
import java.util.function.LongFunction;

/** A wish-map pilot (Nij Beets, Zuiderburen) run end to end. */
final class PilotScenario implements Scenario {
  private final String name;
  private final String place;
  private final long defaultSeed;
  private final LongFunction<PilotData> generator;
  private final String summary;

  PilotScenario(
      String name,
      String place,
      long defaultSeed,
      LongFunction<PilotData> generator,
      String summary) {
    this.name = requireNonNull(name, "name");
    this.place = requireNonNull(place, "place");
    this.defaultSeed = defaultSeed;
    this.generator = requireNonNull(generator, "generator");
    this.summary = requireNonNull(summary, "summary");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return place + ": " + summary;
  }

  @Override
  public long defaultSeed() {
    return defaultSeed;
  }

  @Override
  public Report run(RunSettings settings) {
    PilotData data = generator.apply(settings.seed());
    return PilotReport.of(place, data, settings);
  }
}
