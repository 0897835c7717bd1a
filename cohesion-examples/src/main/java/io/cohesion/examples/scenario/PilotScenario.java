package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.Attendance;
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
import io.cohesion.persistence.Stores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A wish-map pilot (Nij Beets, Zuiderburen) run end to end, the way an application embeds the
 * library: define the wish map and the scale in the store, import the responses, read them back,
 * and hand them to the analyses.
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
  public Report run(Stores stores, RunSettings settings) {
    PilotData data = generator.apply(settings.seed());
    return PilotReport.of(place, data, analyse(stores, data, settings), settings);
  }

  /** Stores the data through the ports and analyses what the store gives back. */
  static PilotResults analyse(Stores stores, PilotData data, RunSettings settings) {
    SmallGroupRule rule = new SmallGroupRule(settings.kMin());
    WishMap map = data.wishMap();
    stores.wishMaps().save(map);
    stores.wishMapResponses().importAll(map.id(), data.responses());
    // The survey closed before the workshop: every caller sees the figures of its first state.
    close(stores, WaveId.wishMap(map.id().value()), settings);
    List<WishMapResponse> responses = stores.wishMapResponses().responses(map.id());

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

    if (stores.scales().find(data.scale().id()).isEmpty()) {
      stores.scales().save(data.scale());
    }
    ScaleData before = wave(stores, data, "before", data.trustBefore(), settings);
    ScaleReport beforeReport = ScaleScoring.score(before, rule);
    Optional<ScaleReport> afterReport = Optional.empty();
    Optional<WaveComparison> comparison = Optional.empty();
    if (!data.trustAfter().isEmpty()) {
      ScaleData after = wave(stores, data, "after", data.trustAfter(), settings);
      afterReport = Optional.of(ScaleScoring.score(after, rule));
      comparison = Optional.of(CompareWaves.compare(before, after));
    }
    return new PilotResults(
        redThread, fits, Attendance.of(data.sessions()), beforeReport, afterReport, comparison);
  }

  /** Closes a wave just filled, as its coordinator does when the survey ends. */
  private static void close(Stores stores, WaveId wave, RunSettings settings) {
    ReleaseWaves releases =
        ReleaseWaves.using(stores.waveStatuses(), Clock.systemUTC(), settings.kMin());
    releases.close(wave, releases.status(wave).version());
  }

  private static ScaleData wave(
      Stores stores,
      PilotData data,
      String label,
      List<MeasurementResponse> responses,
      RunSettings settings) {
    MeasurementId id =
        new MeasurementId(data.scenario() + "-trust-" + label + "-" + Synthetic.LABEL);
    stores
        .measurements()
        .save(
            new Measurement(
                id, data.scale().id(), data.neighbourhood(), label, openingDay(data, label)));
    stores.measurementResponses().importAll(id, responses);
    close(stores, WaveId.measurement(id.value()), settings);
    return ScaleData.of(data.scale(), stores.measurementResponses().responses(id), null);
  }

  private static LocalDate openingDay(PilotData data, String label) {
    return label.equals("before") ? data.trustBeforeOpened() : data.trustAfterOpened();
  }
}
