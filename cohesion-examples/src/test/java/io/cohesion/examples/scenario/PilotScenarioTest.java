package io.cohesion.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.application.Cohesion;
import io.cohesion.core.redthread.ActivityFit;
import io.cohesion.core.redthread.NetworkFigures;
import io.cohesion.core.redthread.SegmentFigures;
import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.trust.WaveComparison;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pilots' stories, as the library's own analyses see them after a round trip through a store.
 */
class PilotScenarioTest {
  private final Stores stores = Stores.open(new StoreConfig.Memory());
  private final Cohesion cohesion = Cohesion.using(stores, Clock.systemUTC());
  private final RunSettings settings = new RunSettings(NijBeets.DEFAULT_SEED, 200, 5);

  @AfterEach
  void close() {
    stores.close();
  }

  @Test
  void youthRanksInTheTopThreeForYoungParents() {
    PilotResults results =
        PilotScenario.analyse(cohesion, NijBeets.generate(settings.seed()), settings);

    SegmentFigures.Published youngParents =
        (SegmentFigures.Published) segment(results, NijBeets.HOUSEHOLD, NijBeets.YOUNG_PARENTS);
    assertThat(youngParents.values().subList(0, 3))
        .extracting(ValueFigures::code)
        .contains("youth", "contact");
  }

  @Test
  void thePlayWeekReachesMostYoungParents() {
    PilotResults results =
        PilotScenario.analyse(cohesion, NijBeets.generate(settings.seed()), settings);

    NetworkFigures playWeek =
        results.redThread().networks().stream()
            .filter(n -> n.name().equals(NijBeets.PLAY_WEEK))
            .findFirst()
            .orElseThrow();
    NetworkFigures.SegmentCount.Published youngParents =
        (NetworkFigures.SegmentCount.Published)
            playWeek.segments().stream()
                .filter(s -> s.value().equals(NijBeets.YOUNG_PARENTS))
                .findFirst()
                .orElseThrow();
    assertThat(youngParents.share()).isGreaterThan(0.7);
  }

  @Test
  void theTorchFitsBestAndTheHamletsAreSuppressed() {
    PilotResults results =
        PilotScenario.analyse(cohesion, NijBeets.generate(settings.seed()), settings);

    ActivityFit best = results.activityFits().get(0);
    assertThat(best.activity()).contains("torch");
    assertThat(best.basis()).isEqualTo(ActivityFit.Basis.TARGET_SEGMENTS);
    assertThat(segment(results, NijBeets.AREA, "buitengebied").suppressed()).isTrue();
    assertThat(segment(results, NijBeets.AREA, "vaart").suppressed()).isTrue();
    assertThat(segment(results, NijBeets.AREA, "centrum").suppressed()).isFalse();
  }

  @Test
  void trustRisesWithAnIntervalAboveZeroAndMostHouseholdsLinked() {
    PilotResults results =
        PilotScenario.analyse(cohesion, NijBeets.generate(settings.seed()), settings);

    WaveComparison comparison = results.trustComparison().orElseThrow();
    assertThat(comparison.independent().difference()).isBetween(0.1, 0.5);
    assertThat(comparison.independent().ci95().lower()).isPositive();
    assertThat(comparison.paired().orElseThrow().nPairs())
        .isGreaterThan(comparison.independent().nAfter() / 2);
  }

  @Test
  void zuiderburenPutsContactHealthAndFunOnTopAndTheBiodiversityIdeaFirst() {
    PilotData data = Zuiderburen.generate(Zuiderburen.DEFAULT_SEED);
    PilotResults results = PilotScenario.analyse(cohesion, data, settings);

    assertThat(results.redThread().values().subList(0, 3))
        .extracting(ValueFigures::code)
        .containsExactlyInAnyOrder("contact", "health", "fun");
    assertThat(results.activityFits().get(0).activity()).contains("biodiversity");
    assertThat(results.trustComparison()).isEmpty();
  }

  @Test
  void bothPilotsShareOneStore() {
    PilotScenario.analyse(cohesion, NijBeets.generate(settings.seed()), settings);
    PilotResults second =
        PilotScenario.analyse(cohesion, Zuiderburen.generate(Zuiderburen.DEFAULT_SEED), settings);

    assertThat(second.redThread().n()).isEqualTo(306);
    assertThat(stores.wishMaps().list(io.cohesion.core.PageRequest.first()).items()).hasSize(2);
  }

  private static SegmentFigures segment(PilotResults results, String column, String value) {
    List<SegmentFigures> segments = results.redThread().segments();
    return segments.stream()
        .filter(s -> s.column().equals(column) && s.value().equals(value))
        .findFirst()
        .orElseThrow();
  }
}
