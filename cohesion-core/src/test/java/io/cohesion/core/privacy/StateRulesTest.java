package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A later state passes the rule over all states together and hides no group the last state showed;
 * each case also runs with every state accepted, to show the rules are what refuses it.
 */
class StateRulesTest {
  private static final WaveId MAP = WaveId.wishMap("nb");
  private static final int K = 5;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  private final PortFakes.WaveStatuses statuses = new PortFakes.WaveStatuses().addWave(MAP);

  /** Each response's household, by response id; a response absent here has none. */
  private final Map<Long, String> household = new HashMap<>();

  /** The responses that left the value green unanswered; every other one answered it. */
  private final java.util.Set<Long> greenSkipped = new java.util.HashSet<>();

  private final Function<WaveId, WaveGroups> groups =
      wave -> {
        WaveGroups read =
            WaveGroups.read(
                statuses,
                wave,
                List.of("household"),
                () -> {
                  long[] ids = statuses.respondents(wave);
                  java.util.List<Map<String, String>> keys = new java.util.ArrayList<>();
                  for (long id : ids) {
                    String key = household.get(id);
                    keys.add(key == null ? Map.of() : Map.of("household", key));
                  }
                  return keys;
                });
        return read.withAnswered(
            java.util.Arrays.stream(read.ids())
                .mapToObj(id -> greenSkipped.contains(id) ? List.<String>of() : List.of("green"))
                .toList());
      };

  private void answer(String key, long... ids) {
    statuses.respond(MAP, ids);
    for (long id : ids) {
      if (key != null) {
        household.put(id, key);
      }
    }
  }

  /** Cuts state 1 over ten respondents, five young parents and five seniors, then reopens. */
  private void firstState(ReleaseWaves releases) {
    answer("young_parents", 1, 2, 3, 4, 5);
    answer("seniors", 6, 7, 8, 9, 10);
    assertThat(releases.close(MAP, releases.status(MAP).version())).isInstanceOf(Closing.Cut.class);
    releases.open(MAP, java.util.Optional.empty(), releases.status(MAP).version());
  }

  private static ReleaseWaves with(PortFakes.WaveStatuses statuses, StateAcceptance acceptance) {
    return ReleaseWaves.using(statuses, CLOCK, K, acceptance);
  }

  private ReleaseWaves ruled() {
    return with(statuses, new StateRules(new DisclosurePolicy(K), groups));
  }

  private Closing closeAgain(ReleaseWaves releases) {
    return releases.close(MAP, releases.status(MAP).version());
  }

  @Test
  void fourLateYoungParentsAndOneSeniorAreRefusedTheirDifferenceSinglesOutFour() {
    ReleaseWaves releases = ruled();
    firstState(releases);
    answer("young_parents", 11, 12, 13, 14);
    answer("seniors", 15);

    Closing closing = closeAgain(releases);

    assertThat(closing).isInstanceOf(Closing.Kept.class);
    Closing.Kept kept = (Closing.Kept) closing;
    assertThat(kept.reason()).isEqualTo(Closing.Reason.REFUSED);
    assertThat(kept.detail()).contains("fewer than 5 respondents").contains("state 1 stays");
    assertThat(releases.states(MAP)).hasSize(1);
  }

  @Test
  void withEveryStateAcceptedTheSameBatchIsCut() {
    ReleaseWaves releases = with(statuses, StateAcceptance.acceptAll());
    firstState(releases);
    answer("young_parents", 11, 12, 13, 14);
    answer("seniors", 15);

    assertThat(closeAgain(releases)).isInstanceOf(Closing.Cut.class);
  }

  @Test
  void aStateThatWouldHideAGroupTheLastOneShowedIsRefused() {
    ReleaseWaves releases = ruled();
    firstState(releases);
    // four without a household: the wave less the groups would be those four, so the remedy hides
    // the smallest group, the young parents, whom state 1 showed
    answer(null, 11, 12, 13, 14);
    answer("seniors", 15);

    Closing closing = closeAgain(releases);

    assertThat(closing).isInstanceOf(Closing.Kept.class);
    assertThat(((Closing.Kept) closing).reason()).isEqualTo(Closing.Reason.REFUSED);
    assertThat(((Closing.Kept) closing).detail())
        .contains("would hide group household = young_parents, which state 1 showed");
  }

  @Test
  void withEveryStateAcceptedTheHidingStateIsCut() {
    ReleaseWaves releases = with(statuses, StateAcceptance.acceptAll());
    firstState(releases);
    answer(null, 11, 12, 13, 14);
    answer("seniors", 15);

    assertThat(closeAgain(releases)).isInstanceOf(Closing.Cut.class);
  }

  @Test
  void fiveLateYoungParentsAreAHarmlessLaterState() {
    ReleaseWaves releases = ruled();
    firstState(releases);
    answer("young_parents", 11, 12, 13, 14, 15);

    Closing closing = closeAgain(releases);

    assertThat(closing).isInstanceOf(Closing.Cut.class);
    assertThat(((Closing.Cut) closing).state().n()).isEqualTo(15);
  }

  @Test
  void erasedRespondentsAreAbsentFromTheEarlierStatesCells() {
    ReleaseWaves releases = ruled();
    firstState(releases);
    // one senior erased, four young parents added: five changes, but the wave of state 1 over its
    // remaining respondents and the wave of state 2 differ by the four late young parents alone
    statuses.erase(MAP, 10);
    answer("young_parents", 11, 12, 13, 14);

    Closing closing = closeAgain(releases);

    assertThat(closing).isInstanceOf(Closing.Kept.class);
    assertThat(((Closing.Kept) closing).reason()).isEqualTo(Closing.Reason.REFUSED);
  }

  @Test
  void aFirstStateIsLeftToTheRemedy() {
    answer("young_parents", 1, 2, 3);
    answer("seniors", 4, 5, 6, 7, 8);
    ReleaseWaves releases = ruled();

    assertThat(releases.close(MAP, 1)).isInstanceOf(Closing.Cut.class);
  }

  @Test
  void fiveLateRespondentsOfWhomOneAnsweredAValueAreRefusedForThatValue() {
    ReleaseWaves releases = ruled();
    firstState(releases);
    answer(null, 11, 12, 13, 14, 15);
    greenSkipped.addAll(List.of(12L, 13L, 14L, 15L));

    Closing closing = closeAgain(releases);

    // The counts alone pass: the wave grows by five. Green's figures of state 2 less those of
    // state 1 would be respondent 11's answer.
    assertThat(closing).isInstanceOf(Closing.Kept.class);
    assertThat(((Closing.Kept) closing).detail()).contains("green");
  }

  @Test
  void withoutItsPerValueKindsTheSameHistoryIsCut() {
    ReleaseWaves countsOnly =
        with(
            statuses,
            new StateRules(
                new DisclosurePolicy(K),
                w -> {
                  WaveGroups all = groups.apply(w);
                  return new WaveGroups(all.columns(), all.ids(), all.keys());
                }));
    firstState(countsOnly);
    answer(null, 11, 12, 13, 14, 15);
    greenSkipped.addAll(List.of(12L, 13L, 14L, 15L));

    assertThat(closeAgain(countsOnly)).isInstanceOf(Closing.Cut.class);
  }

  @Test
  void fiveLateRespondentsWhoAllAnsweredTheValueCutTheNextState() {
    ReleaseWaves releases = ruled();
    firstState(releases);
    answer(null, 11, 12, 13, 14, 15);

    assertThat(closeAgain(releases)).isInstanceOf(Closing.Cut.class);
  }
}
