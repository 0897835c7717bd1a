package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.Page;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.Attendance;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.redthread.ActivityFit;
import io.cohesion.core.redthread.ActivityFitAnalysis;
import io.cohesion.core.redthread.FitOptions;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.RedThreadAnalysis;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.trust.CompareWaves;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.core.trust.WaveComparison;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.examples.scenario.report.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A wish-map pilot (Nij Beets, Zuiderburen) run end to end, the way an application embeds the
 * library: define the wish map and the scale through the use cases, import the responses, read them
 * back, and hand them to the analyses.
 */
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
  public Report run(Cohesion cohesion, RunSettings settings) {
    PilotData data = generator.apply(settings.seed());
    return PilotReport.of(place, data, analyse(cohesion, data, settings), settings);
  }

  /** Stores the data through the use cases and analyses what the store gives back. */
  static PilotResults analyse(Cohesion cohesion, PilotData data, RunSettings settings) {
    SmallGroupRule rule = new SmallGroupRule(settings.kMin());
    WishMap map = data.wishMap();
    cohesion.wishMaps().define(map);
    cohesion.wishMaps().importResponses(map.id(), data.responses());
    // The survey closed before the workshop: every caller sees the figures of its first state.
    close(cohesion, WaveId.wishMap(map.id().value()));
    List<WishMapResponse> responses =
        Page.collectAll(request -> cohesion.wishMaps().responses(map.id(), request));

    RedThread redThread =
        RedThreadAnalysis.analyse(
            map,
            responses,
            RedThreadOptions.defaults()
                .withSegmentColumns(map.segments())
                .withAudience(Audience.rawData(settings.kMin()))
                .withBootstrap(settings.bootstrap())
                .withSeed(settings.seed()));
    List<ActivityFit> fits =
        ActivityFitAnalysis.rank(
            map,
            responses,
            data.activities().stream().map(Activity::profile).toList(),
            FitOptions.defaults().withAudience(Audience.rawData(settings.kMin())));

    // A measurement is taken in a registered neighbourhood, of a defined scale.
    if (Existing.find(() -> cohesion.neighbourhoods().get(data.neighbourhood())).isEmpty()) {
      cohesion
          .neighbourhoods()
          .register(
              Neighbourhood.of(
                  data.neighbourhood(), data.neighbourhoodName(), data.municipality()));
    }
    if (Existing.find(() -> cohesion.scales().find(data.scale().id())).isEmpty()) {
      cohesion.scales().define(data.scale());
    }
    ScaleData before = wave(cohesion, data, "before", data.trustBefore());
    ScaleReport beforeReport = ScaleScoring.score(before, rule);
    Optional<ScaleReport> afterReport = Optional.empty();
    Optional<WaveComparison> comparison = Optional.empty();
    if (!data.trustAfter().isEmpty()) {
      ScaleData after = wave(cohesion, data, "after", data.trustAfter());
      afterReport = Optional.of(ScaleScoring.score(after, rule));
      comparison = Optional.of(CompareWaves.compare(before, after));
    }
    return new PilotResults(
        redThread, fits, Attendance.of(data.sessions()), beforeReport, afterReport, comparison);
  }

  /** Closes a wave just filled, as its coordinator does when the survey ends. */
  private static void close(Cohesion cohesion, WaveId wave) {
    ReleaseWaves releases = cohesion.releases();
    releases.close(wave, releases.status(wave).version());
  }

  private static ScaleData wave(
      Cohesion cohesion, PilotData data, String label, List<MeasurementResponse> responses) {
    MeasurementId id =
        new MeasurementId(data.scenario() + "-trust-" + label + "-" + Synthetic.LABEL);
    cohesion
        .measurements()
        .define(
            new Measurement(
                id, data.scale().id(), data.neighbourhood(), label, openingDay(data, label)));
    cohesion.measurements().importAll(id, responses);
    close(cohesion, WaveId.measurement(id.value()));
    return ScaleData.of(
        data.scale(),
        Page.collectAll(request -> cohesion.measurements().responses(id, request)),
        null);
  }

  private static LocalDate openingDay(PilotData data, String label) {
    return label.equals("before") ? data.trustBeforeOpened() : data.trustAfterOpened();
  }
}
