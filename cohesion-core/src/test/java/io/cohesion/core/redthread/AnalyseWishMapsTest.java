package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.TargetValue;
import io.cohesion.core.ValidationException;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.Closing;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.testing.PortFakes;
import io.cohesion.core.testing.WishMapFakes;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AnalyseWishMapsTest {
  private static final int K = 3;
  private static final WishMapId WM = new WishMapId("wm");
  private static final WaveId WAVE = WaveId.wishMap("wm");
  private static final NeighbourhoodId BEETS = new NeighbourhoodId("nij-beets");
  private static final DisclosurePolicy POLICY = new DisclosurePolicy(K);
  private static final Audience BOUND = POLICY.bound();
  private static final Audience RAW = POLICY.rawData(OptionalInt.empty());

  private final PortFakes.WaveStatuses statuses = new PortFakes.WaveStatuses();
  private final WishMapFakes.WishMapResponses responses =
      new WishMapFakes.WishMapResponses(statuses);
  private final WishMapFakes.WishMaps maps = new WishMapFakes.WishMaps(statuses, responses);
  private final PortFakes.Activities activities = new PortFakes.Activities();
  private final ReleaseWaves releases =
      ReleaseWaves.using(
          statuses, Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), K);
  private final AnalyseWishMaps analyse =
      AnalyseWishMaps.using(maps, responses, activities, releases);
  private final WishMap map = map(true, 1, List.of("household"), "a", "b");

  AnalyseWishMapsTest() {
    maps.create(map);
  }

  /** Respondents {@code from} to {@code to} (exclusive) answer; parents and seniors alternate. */
  private void answer(int from, int to) {
    for (int i = from; i < to; i++) {
      responses.submit(
          WM,
          respondent("r" + i)
              .imp("a", 1 + i % 5, "b", 5 - i % 5)
              .sat("a", 2, "b", 3)
              .segment("household", i % 2 == 0 ? "parents" : "seniors")
              .networks(i % 3 == 0 ? new String[] {"choir"} : new String[] {})
              .build(),
          Optional.empty());
    }
  }

  private Closing close() {
    return releases.close(WAVE, releases.status(WAVE).version());
  }

  private void reopen() {
    releases.open(WAVE, Optional.empty(), releases.status(WAVE).version());
  }

  private RedThread redThread(Audience audience) {
    return analyse.redThread(
        WM,
        RedThreadOptions.defaults().withAudience(audience).withBootstrap(0),
        AnalysisBudget.unlimited());
  }

  private static Activity activity(String id, NeighbourhoodId where, String... values) {
    return Activity.planned(
        new ActivityId(id),
        where,
        "activity " + id,
        "what " + id + " does",
        Arrays.stream(values).map(v -> new TargetValue(v, 1)).toList());
  }

  @Test
  void aBoundAudienceIsRefusedAnOpenWaveWhileARawDataHolderSeesItLive() {
    answer(0, 8);

    assertThatThrownBy(() -> redThread(BOUND))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("open");
    assertThat(redThread(RAW).n()).isEqualTo(8);
  }

  @Test
  void aBoundAudienceSeesTheLastStateAndARawDataHolderEveryAnswer() {
    answer(0, 8);
    assertThat(close()).isInstanceOf(Closing.Cut.class);
    reopen();
    // Fewer than k late answers cut no new state: the first one stays released.
    answer(8, 10);
    assertThat(close()).isInstanceOf(Closing.Kept.class);

    assertThat(redThread(BOUND).n()).isEqualTo(8);
    assertThat(redThread(RAW).n()).isEqualTo(10);
  }

  @Test
  void anUnreleasedWaveIsRefusedBeforeTheParametersAreChecked() {
    answer(0, 8);

    assertThatThrownBy(
            () ->
                analyse.redThread(
                    WM,
                    RedThreadOptions.defaults()
                        .withAudience(BOUND)
                        .withSegmentColumns(List.of("age")),
                    new AnalysisBudget(1)))
        .isInstanceOf(NotReleasedException.class);
  }

  @Test
  void aStoredColumnThatDeclaresNoValuesIsGroupedOnlyForARawDataHolder() {
    // a map stored before declarations, whose column held no value often enough to declare
    answer(0, 12);
    close();
    RedThreadOptions byHousehold =
        RedThreadOptions.defaults().withSegmentColumns(List.of("household")).withBootstrap(0);

    assertThatThrownBy(
            () ->
                analyse.redThread(WM, byHousehold.withAudience(BOUND), AnalysisBudget.unlimited()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("declares no values");
    assertThat(
            analyse
                .redThread(WM, byHousehold.withAudience(RAW), AnalysisBudget.unlimited())
                .segments())
        .isNotEmpty();
  }

  @Test
  void aSegmentColumnTheMapLacksIsNamedOnSegment() {
    assertThatThrownBy(
            () ->
                analyse.redThread(
                    WM,
                    RedThreadOptions.defaults()
                        .withAudience(RAW)
                        .withSegmentColumns(List.of("age")),
                    AnalysisBudget.unlimited()))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field, FieldError::reason)
                    .containsExactly(
                        tuple(
                            "segment",
                            "'age' is not a segment column; this wish map has [household]")));
  }

  @Test
  void moreWorkThanTheBudgetIsRefusedOnBootstrap() {
    answer(0, 10);
    RedThreadOptions options =
        RedThreadOptions.defaults()
            .withAudience(RAW)
            .withSegmentColumns(List.of("household"))
            .withBootstrap(100);

    // (1 + 1) × 10 × 100 = 2000
    assertThat(analyse.redThread(WM, options, new AnalysisBudget(2000)).n()).isEqualTo(10);
    assertThatThrownBy(() -> analyse.redThread(WM, options, new AnalysisBudget(1999)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("bootstrap")
        .hasMessageContaining("at most 1999");
  }

  @Test
  void anUnknownWishMapIsNotFound() {
    assertThatThrownBy(
            () ->
                analyse.redThread(
                    new WishMapId("elsewhere"),
                    RedThreadOptions.defaults().withAudience(RAW),
                    AnalysisBudget.unlimited()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theFitRanksTheNeighbourhoodsActivitiesAndSkipsThoseOfAnotherMap() {
    answer(0, 8);
    activities.create(activity("talk", BEETS, "a"));
    activities.create(activity("sing", BEETS, "b"));
    activities.create(activity("calm", BEETS, "quiet"));
    activities.create(activity("far", new NeighbourhoodId("elsewhere"), "a"));

    ActivityFitReport report =
        analyse.activityFit(WM, BEETS, List.of(), FitOptions.defaults().withAudience(RAW));

    assertThat(report.ranked())
        .extracting(r -> r.activity().id().value())
        .containsExactlyInAnyOrder("talk", "sing");
    assertThat(report.ranked())
        .allSatisfy(r -> assertThat(r.fit().activity()).isEqualTo(r.activity().id().value()));
    assertThat(report.skipped()).extracting(s -> s.activity().id().value()).containsExactly("calm");
    assertThat(report.skipped().get(0).errors())
        .extracting(FieldError::field)
        .containsExactly("targets[0].code");
  }

  @Test
  void theFitOfAnOpenWaveIsRefusedToABoundAudience() {
    answer(0, 8);
    activities.create(activity("talk", BEETS, "a"));

    assertThatThrownBy(
            () ->
                analyse.activityFit(
                    WM, BEETS, List.of(), FitOptions.defaults().withAudience(BOUND)))
        .isInstanceOf(NotReleasedException.class);
    close();
    assertThat(
            analyse
                .activityFit(WM, BEETS, List.of(), FitOptions.defaults().withAudience(BOUND))
                .ranked())
        .hasSize(1);
  }

  @Test
  void namedActivitiesMustBeOfTheNeighbourhoodAndExist() {
    activities.create(activity("far", new NeighbourhoodId("elsewhere"), "a"));
    FitOptions options = FitOptions.defaults().withAudience(RAW);

    assertThatThrownBy(
            () -> analyse.activityFit(WM, BEETS, List.of(new ActivityId("far")), options))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("activity far is planned in elsewhere");
    assertThatThrownBy(
            () -> analyse.activityFit(WM, BEETS, List.of(new ActivityId("nowhere")), options))
        .isInstanceOf(NotFoundException.class);
  }
}
