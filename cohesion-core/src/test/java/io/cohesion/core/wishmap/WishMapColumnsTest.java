package io.cohesion.core.wishmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.Pseudonym;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WishMapColumnsTest {
  private static final WishMap MAP =
      new WishMap(
          new WishMapId("columns"),
          List.of(Value.of("a"), Value.of("b"), Value.of("c")),
          new ResponseRange(1, 5),
          Optional.of(new ResponseRange(1, 5)),
          2,
          List.of("household", "street"),
          Mobilisation.none(),
          List.of(
              new SegmentColumn(
                  "household", Text.of("household"), List.of(Value.of("h0"), Value.of("h1")))));

  private static final WishMap PLAIN =
      WishMap.of(
          new WishMapId("plain"),
          List.of(Value.of("a"), Value.of("b"), Value.of("c")),
          new ResponseRange(1, 5));

  private static final double NA = Double.NaN;

  private static WishMapResponse response(
      Map<String, Double> importance,
      Map<String, Double> satisfaction,
      List<String> top,
      Map<String, String> segments,
      Set<String> networks) {
    return new WishMapResponse(
        new Pseudonym("r"),
        importance,
        satisfaction,
        top,
        segments,
        networks,
        OptionalInt.empty(),
        List.of());
  }

  @Test
  void keepsWhatTheRedThreadReadsOfEachResponse() {
    WishMapColumns columns =
        WishMapColumns.of(
            MAP,
            List.of(
                response(
                    Map.of("a", 5.0, "c", 2.0),
                    Map.of("b", 1.0),
                    List.of("c", "a"),
                    Map.of("street", "Dorpsstraat", "household", "h1"),
                    Set.of("choir")),
                response(Map.of(), Map.of(), List.of("b"), Map.of("household", "h0"), Set.of()),
                response(
                    Map.of("b", 3.5),
                    Map.of(),
                    List.of(),
                    Map.of("street", "Kerkweg", "household", "h1"),
                    Set.of("choir", "football"))));

    assertThat(columns.map()).isEqualTo(MAP);
    assertThat(columns.size()).isEqualTo(3);
    assertThat(columns.importance(0, 0)).isEqualTo(5.0);
    assertThat(columns.importance(1, 0)).isNaN();
    assertThat(columns.importance(2, 0)).isEqualTo(2.0);
    assertThat(columns.satisfaction(1, 0)).isEqualTo(1.0);
    assertThat(columns.importance(1, 2)).isEqualTo(3.5);
    assertThat(columns.topChoice(0, 0)).isEqualTo(2);
    assertThat(columns.topChoice(0, 1)).isEqualTo(0);
    assertThat(columns.topChoice(1, 0)).isEqualTo(1);
    assertThat(columns.topChoice(1, 1)).isEqualTo(-1);
    assertThat(columns.topChoice(2, 0)).isEqualTo(-1);
    // keys and networks are numbered in the order they first appear
    assertThat(columns.segmentKeys(0)).containsExactly("h1", "h0");
    assertThat(columns.segmentKey(0, 0)).isEqualTo(0);
    assertThat(columns.segmentKey(0, 1)).isEqualTo(1);
    assertThat(columns.segmentKeys(1)).containsExactly("Dorpsstraat", "Kerkweg");
    assertThat(columns.segmentKey(1, 1)).isEqualTo(-1);
    assertThat(columns.segmentKey(1, 2)).isEqualTo(1);
    assertThat(columns.networkNames())
        .startsWith("choir")
        .containsExactlyInAnyOrder("choir", "football");
    assertThat(columns.networkCount(0)).isEqualTo(1);
    assertThat(columns.networkCount(1)).isZero();
    assertThat(columns.networkCount(2)).isEqualTo(2);
    assertThat(columns.networkNames().get(columns.network(0, 0))).isEqualTo("choir");
  }

  @Test
  void aNetworkNamedTwiceCountsOnce() {
    WishMapColumns columns =
        WishMapColumns.builder(PLAIN)
            .add(
                new double[] {1, 2, NA},
                new double[] {NA, NA, NA},
                new int[0],
                new String[0],
                List.of("x", "y", "x"))
            .build();

    assertThat(columns.networkCount(0)).isEqualTo(2);
    assertThat(columns.networkNames()).containsExactly("x", "y");
  }

  @Test
  void theBuilderRefusesWhatTheMapRefusesAndAddsNothingThen() {
    WishMapColumns.Builder builder = WishMapColumns.builder(MAP, 1);
    String[] segments = {"h0", null};
    double[] none = {NA, NA, NA};

    assertThatThrownBy(
            () -> builder.add(new double[] {6, NA, NA}, none, new int[0], segments, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("importance.a: must be within 1–5, got 6.0");
    assertThatThrownBy(() -> builder.add(none, none, new int[] {1, 1}, segments, List.of()))
        .hasMessage("value 'b' is already a top choice");
    assertThatThrownBy(() -> builder.add(none, none, new int[] {0, 1, 2}, segments, List.of()))
        .hasMessage("at most 2 top choices, got 3");
    assertThatThrownBy(() -> builder.add(none, none, new int[] {3}, segments, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> builder.add(none, none, new int[0], new String[] {"h9", null}, List.of()))
        .hasMessage("not a declared value of household; this wish map declares [h0, h1]");
    assertThatThrownBy(
            () ->
                WishMapColumns.builder(PLAIN)
                    .add(
                        new double[] {1, 2, NA},
                        new double[] {3, NA, NA},
                        new int[0],
                        new String[0],
                        List.of()))
        .hasMessage("satisfaction.a: this wish map asks no satisfaction");
    assertThat(builder.size()).isZero();

    builder.add(none, none, new int[] {2}, segments, List.of());
    builder.add(none, none, new int[0], new String[] {null, "anything"}, List.of());
    assertThat(builder.build().size()).isEqualTo(2);
  }

  @Test
  void ofRefusesAResponseWithAValueOrColumnTheMapDoesNotHave() {
    assertThatThrownBy(
            () ->
                WishMapColumns.of(
                    MAP,
                    List.of(response(Map.of("z", 3.0), Map.of(), List.of(), Map.of(), Set.of()))))
        .hasMessage("unknown value code 'z'");
    assertThatThrownBy(
            () ->
                WishMapColumns.of(
                    MAP,
                    List.of(
                        response(Map.of(), Map.of(), List.of(), Map.of("age", "70"), Set.of()))))
        .hasMessageStartingWith("unknown segment column 'age'");
  }

  @Test
  void growsPastWhatItWasToldToExpect() {
    WishMapColumns.Builder builder = WishMapColumns.builder(PLAIN, 1);
    for (int i = 0; i < 100; i++) {
      builder.add(
          new double[] {1 + i % 5, NA, NA},
          new double[] {NA, NA, NA},
          new int[] {i % 2},
          new String[0],
          List.of("n" + i % 3));
    }
    WishMapColumns columns = builder.build();

    assertThat(columns.size()).isEqualTo(100);
    assertThat(columns.importance(0, 99)).isEqualTo(5.0);
    assertThat(columns.topChoice(99, 0)).isEqualTo(1);
    assertThat(columns.networkNames()).containsExactly("n0", "n1", "n2");
    assertThat(columns.networkNames().get(columns.network(98, 0))).isEqualTo("n2");
  }

  @Test
  void addingPartsNumbersKeysAndNetworksAsAddingTheirRespondentsOneByOne() {
    double[] none = {NA, NA, NA};
    WishMapColumns.Builder first = WishMapColumns.builder(MAP, 1);
    WishMapColumns.Builder second = WishMapColumns.builder(MAP, 1);
    WishMapColumns.Builder oneByOne = WishMapColumns.builder(MAP, 1);
    for (int i = 0; i < 40; i++) {
      double[] imp = {1 + i % 5, NA, 2};
      int[] top = i % 3 == 0 ? new int[0] : new int[] {i % 3};
      String[] segments = {i % 4 == 0 ? null : "h" + (i * 7 % 2), "s" + (39 - i) % 6};
      List<String> networks = i % 5 == 0 ? List.of() : List.of("n" + (40 - i) % 7, "m");
      (i < 25 ? first : second).add(imp, none, top, segments, networks);
      oneByOne.add(imp, none, top, segments, networks);
    }

    WishMapColumns joined =
        WishMapColumns.builder(MAP, 1).addAll(first.build()).addAll(second.build()).build();
    WishMapColumns expected = oneByOne.build();

    assertThat(describe(joined)).isEqualTo(describe(expected));
    assertThatThrownBy(() -> WishMapColumns.builder(PLAIN).addAll(expected))
        .hasMessage("columns of wish map columns, not of plain");
  }

  private static List<String> describe(WishMapColumns columns) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(columns.segmentKeys(0) + " " + columns.segmentKeys(1) + " " + columns.networkNames());
    for (int i = 0; i < columns.size(); i++) {
      StringBuilder line = new StringBuilder();
      for (int v = 0; v < 3; v++) {
        line.append(columns.importance(v, i)).append(' ').append(columns.satisfaction(v, i));
        line.append(' ');
      }
      line.append(columns.topChoice(i, 0)).append(' ').append(columns.topChoice(i, 1));
      line.append(' ')
          .append(columns.segmentKey(0, i))
          .append(' ')
          .append(columns.segmentKey(1, i));
      for (int j = 0; j < columns.networkCount(i); j++) {
        line.append(' ').append(columns.network(i, j));
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
