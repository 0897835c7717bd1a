package io.cohesion.core.wishmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishTallies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WishTallyingTest {
  private static final DisclosurePolicy POLICY = new DisclosurePolicy(5);
  private static final WishMap MAP =
      new WishMap(
          new WishMapId("wm"),
          List.of(Value.of("green"), Value.of("play")),
          new ResponseRange(1, 5),
          Optional.empty(),
          1,
          List.of("household"),
          Mobilisation.none(),
          List.of(
              new SegmentColumn(
                  "household",
                  Text.of("household"),
                  List.of(Value.of("family"), Value.of("single")))));

  /**
   * Respondent ids from {@code from}, in {@code household}, the first {@code green} coded green.
   */
  private static List<WishTallying.Respondent> people(
      long from, int count, String household, int green) {
    List<WishTallying.Respondent> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      people.add(
          new WishTallying.Respondent(
              from + i, Map.of("household", household), i < green ? Set.of("green") : Set.of()));
    }
    return people;
  }

  private static long[] ids(List<WishTallying.Respondent> people) {
    return people.stream().mapToLong(WishTallying.Respondent::id).toArray();
  }

  private static WishTallies tally(List<WishTallying.Respondent> all, List<long[]> states) {
    return WishTallying.tally(MAP, all, states, POLICY, POLICY.bound(), OptionalInt.empty());
  }

  @Test
  void releasesTalliesOfAtLeastKWithAtLeastKOutsideThem() {
    List<WishTallying.Respondent> all = new ArrayList<>(people(1, 12, "family", 6));
    all.addAll(people(101, 10, "single", 5));

    WishTallies tallies = tally(all, List.of(ids(all)));

    assertThat(tallies.n()).hasValue(22);
    WishTallies.ValueTally green = tallies.values().get(0);
    assertThat(green.n()).hasValue(11);
    assertThat(green.segments())
        .extracting(WishTallies.SegmentTally::n)
        .containsExactly(OptionalInt.of(6), OptionalInt.of(5));
    WishTallies.ValueTally play = tallies.values().get(1);
    assertThat(play.n()).hasValue(0);
  }

  @Test
  void withholdsASmallTallyAndOneThatLeavesFewerThanKOutside() {
    List<WishTallying.Respondent> all = new ArrayList<>(people(1, 12, "family", 10));
    all.addAll(people(101, 10, "single", 2));

    WishTallies.ValueTally green = tally(all, List.of(ids(all))).values().get(0);

    // family: 10 of 12 coded leaves 2 outside; single: a tally of 2. Neither may show, and the
    // overall tally would then give one back by difference.
    assertThat(green.segments()).allMatch(WishTallies.SegmentTally::suppressed);
    assertThat(green.segments())
        .extracting(WishTallies.SegmentTally::key)
        .containsExactly("family", "single");
  }

  @Test
  void aLaterStateDoesNotTellItsNewcomersWishesByDifference() {
    List<WishTallying.Respondent> first = new ArrayList<>(people(1, 10, "family", 5));
    first.addAll(people(101, 10, "single", 5));
    // Five newcomers, one of whom wished for greenery.
    List<WishTallying.Respondent> late = people(201, 5, "family", 1);
    List<WishTallying.Respondent> all = new ArrayList<>(first);
    all.addAll(late);

    WishTallies alone = tally(all, List.of(ids(all)));
    WishTallies after = tally(all, List.of(ids(first), ids(all)));

    assertThat(alone.values().get(0).n()).hasValue(11);
    // With state 1 released (10 green), 11 would show the newcomer's wish.
    assertThat(after.values().get(0).n()).isEmpty();
    assertThat(after.values().get(0).segments().get(0).n()).isEmpty();
  }

  @Test
  void aWaveOfFewerThanKReleasesNothing() {
    List<WishTallying.Respondent> all = people(1, 4, "family", 4);

    WishTallies tallies = tally(all, List.of(ids(all)));

    assertThat(tallies.n()).isEmpty();
    assertThat(tallies.values()).isEmpty();
    assertThat(tallies.withheld()).hasValueSatisfying(r -> assertThat(r).contains("fewer than 5"));
  }

  @Test
  void aLargerKHidesMoreButNeverLess() {
    List<WishTallying.Respondent> all = new ArrayList<>(people(1, 12, "family", 6));
    all.addAll(people(101, 10, "single", 5));

    WishTallies tallies =
        WishTallying.tally(
            MAP,
            all,
            List.of(ids(all)),
            POLICY,
            POLICY.bound(OptionalInt.of(6)),
            OptionalInt.empty());

    assertThat(tallies.values().get(0).segments())
        .extracting(WishTallies.SegmentTally::n)
        .containsExactly(OptionalInt.of(6), OptionalInt.empty());
    assertThat(LongStream.of(ids(all)).count()).isEqualTo(22);
  }
}
