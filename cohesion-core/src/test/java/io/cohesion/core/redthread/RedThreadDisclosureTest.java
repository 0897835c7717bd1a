package io.cohesion.core.redthread;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.LinearAttacker;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The red thread as a researcher receives it, attacked: the cells behind everything it releases —
 * the wave, the segments of both declared columns, the networks, and per value those who answered —
 * are handed to an attacker who combines up to four of one kind with coefficients ±1. No
 * combination may single out fewer than k respondents.
 */
class RedThreadDisclosureTest {
  private static final LinearAttacker ATTACKER = new LinearAttacker(4);
  private static final List<String> CODES = List.of("a", "b", "c");
  private static final WishMap MAP =
      new WishMap(
          new WishMapId("attacked"),
          CODES.stream().map(Value::of).toList(),
          new ResponseRange(1, 5),
          Optional.empty(),
          1,
          List.of("household", "street"),
          new Mobilisation(List.of(), List.of("club", "fair"), List.of(), List.of()),
          List.of(
              new SegmentColumn(
                  "household",
                  Text.of("household"),
                  List.of(Value.of("h0"), Value.of("h1"), Value.of("h2"))),
              new SegmentColumn(
                  "street", Text.of("street"), List.of(Value.of("s0"), Value.of("s1")))));

  @Property(tries = 200)
  void noCombinationOfWhatAResearcherReceivesSinglesOutFewerThanK(
      @ForAll @IntRange(min = 1, max = 26) int n,
      @ForAll @IntRange(min = 2, max = 6) int k,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<WishMapResponse> responses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> importance = new HashMap<>();
      for (String code : CODES) {
        if (random.nextInt(5) != 0) {
          importance.put(code, 1.0 + random.nextInt(5));
        }
      }
      Map<String, String> segments = new HashMap<>();
      if (random.nextInt(8) != 0) {
        segments.put("household", "h" + random.nextInt(3));
      }
      if (random.nextInt(8) != 0) {
        segments.put("street", "s" + random.nextInt(2));
      }
      Set<String> networks = new HashSet<>();
      if (random.nextInt(3) == 0) {
        networks.add("club");
      }
      if (random.nextInt(4) == 0) {
        networks.add("fair");
      }
      responses.add(
          new WishMapResponse(
              new Pseudonym("r" + i),
              importance,
              Map.of(),
              random.nextBoolean() ? List.of(CODES.get(random.nextInt(3))) : List.of(),
              segments,
              networks,
              OptionalInt.empty(),
              List.of()));
    }

    RedThread thread =
        RedThreadAnalysis.analyse(
            MAP,
            responses,
            RedThreadOptions.defaults()
                .withAudience(new DisclosurePolicy(k).bound())
                .withSegmentColumns(List.of("household", "street"))
                .withBootstrap(0));
    if (thread.suppressed().isPresent()) {
      assertThat(thread.values()).isEmpty();
      return;
    }

    List<int[]> counts = new ArrayList<>();
    counts.add(members(n, i -> true));
    for (SegmentFigures segment : thread.segments()) {
      if (!segment.suppressed()) {
        counts.add(members(n, i -> inSegment(responses.get(i), segment)));
      }
    }
    for (NetworkFigures network : thread.networks()) {
      if (!network.suppressed()) {
        counts.add(members(n, i -> responses.get(i).networks().contains(network.name())));
      }
    }
    assertThat(ATTACKER.attack(counts, n, k)).as("counts").isEmpty();

    for (String code : CODES) {
      List<int[]> answered = new ArrayList<>();
      IntPredicate answers = i -> responses.get(i).importance().containsKey(code);
      if (released(thread.values(), code)) {
        answered.add(members(n, answers));
      }
      for (SegmentFigures segment : thread.segments()) {
        if (segment instanceof SegmentFigures.Published published
            && released(published.values(), code)) {
          answered.add(members(n, i -> answers.test(i) && inSegment(responses.get(i), segment)));
        }
      }
      assertThat(ATTACKER.attack(answered, n, k)).as("importance of %s", code).isEmpty();
    }
  }

  private static boolean inSegment(WishMapResponse response, SegmentFigures segment) {
    return segment.value().equals(response.segments().get(segment.column()));
  }

  private static boolean released(List<ValueFigures> values, String code) {
    return values.stream().anyMatch(v -> v.code().equals(code) && !v.suppressed());
  }

  private static int[] members(int n, IntPredicate member) {
    return java.util.stream.IntStream.range(0, n).filter(member).toArray();
  }
}
