package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsAndNetworksTest {

  private final WishMap map = map(true, 1, List.of("household", "street"), "a", "b", "c");

  /*
   * household: parents 6, seniors 2, students 5, and 2 respondents without a household.
   * With kMin 5: seniors (2) is suppressed; 2 < 5 so the smallest published group, students (5),
   * is suppressed too. Only parents is published.
   * street: every respondent in north (9) or south (6); both published.
   */
  private List<WishMapResponse> responses() {
    List<WishMapResponse> responses = new ArrayList<>();
    int i = 0;
    for (int p = 0; p < 6; p++, i++) {
      responses.add(
          respondent("p" + p)
              .imp("a", 5, "b", 1 + p % 5, "c", 2)
              .sat("a", 1 + p % 2, "b", 3, "c", 4)
              .top(p < 4 ? "a" : "b")
              .segment("household", "parents")
              .segment("street", i < 9 ? "north" : "south")
              .networks(p < 3 ? new String[] {"football", "choir"} : new String[] {"football"})
              .build());
    }
    for (int s = 0; s < 2; s++, i++) {
      responses.add(
          respondent("s" + s)
              .imp("a", 1, "b", 5, "c", 5)
              .sat("a", 5, "b", 1, "c", 1)
              .top("c")
              .segment("household", "seniors")
              .segment("street", i < 9 ? "north" : "south")
              .networks("choir")
              .build());
    }
    for (int t = 0; t < 5; t++, i++) {
      responses.add(
          respondent("t" + t)
              .imp("a", 3, "b", 3, "c", 4)
              .sat("a", 3, "b", 2, "c", 1)
              .top("c")
              .segment("household", "students")
              .segment("street", i < 9 ? "north" : "south")
              .build());
    }
    for (int o = 0; o < 2; o++, i++) {
      responses.add(
          respondent("o" + o)
              .imp("a", 2, "b", 2, "c", 2)
              .segment("street", i < 9 ? "north" : "south")
              .networks("market")
              .build());
    }
    return responses;
  }

  private RedThread analyse(List<String> columns) {
    return analyse(columns, 5);
  }

  private RedThread analyse(List<String> columns, int k) {
    return RedThreadAnalysis.analyse(
        map,
        responses(),
        RedThreadOptions.defaults()
            .withAudience(Audience.rawData(k))
            .withSegmentColumns(columns)
            .withBootstrap(100));
  }

  @Test
  void appliesTheSmallGroupRuleOverEachColumnInKeyOrder() {
    List<SegmentFigures> segments = analyse(List.of("household")).segments();
    assertThat(segments)
        .extracting(SegmentFigures::value, SegmentFigures::suppressed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("parents", false),
            org.assertj.core.groups.Tuple.tuple("seniors", true),
            org.assertj.core.groups.Tuple.tuple("students", true));
    assertThat(segments.get(1)).isEqualTo(new SegmentFigures.Suppressed("household", "seniors"));
    assertThat(segments.get(2)).isEqualTo(new SegmentFigures.Suppressed("household", "students"));
  }

  @Test
  void aPublishedSegmentHasTheFiguresOfItsRespondentsAlone() {
    SegmentFigures.Published parents =
        (SegmentFigures.Published) analyse(List.of("household")).segments().get(0);
    List<WishMapResponse> onlyParents =
        responses().stream().filter(r -> "parents".equals(r.segments().get("household"))).toList();
    RedThread alone =
        RedThreadAnalysis.analyse(
            map,
            onlyParents,
            RedThreadOptions.defaults().withAudience(Audience.rawData(5)).withBootstrap(0));
    assertThat(parents.n()).isEqualTo(6);
    assertThat(parents.values())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("pTopK")
        .containsExactlyElementsOf(alone.values());
    assertThat(parents.values()).allSatisfy(v -> assertThat(v.pTopK()).isBetween(0.0, 1.0));
  }

  @Test
  void segmentsOfSeveralColumnsFollowTheRequestedColumnOrder() {
    List<SegmentFigures> segments = analyse(List.of("street", "household")).segments();
    assertThat(segments)
        .extracting(s -> s.column() + "=" + s.value())
        .containsExactly(
            "street=north",
            "street=south",
            "household=parents",
            "household=seniors",
            "household=students");
    assertThat(((SegmentFigures.Published) segments.get(0)).n()).isEqualTo(9);
    assertThat(((SegmentFigures.Published) segments.get(1)).n()).isEqualTo(6);
  }

  @Test
  void aSegmentsBootstrapDoesNotDependOnOtherColumns() {
    // k = 1 releases every segment: the subject here is the bootstrap's seed
    SegmentFigures parentsAlone = analyse(List.of("household"), 1).segments().get(0);
    SegmentFigures parentsWithStreets =
        analyse(List.of("street", "household"), 1).segments().get(2);
    assertThat(parentsWithStreets).isEqualTo(parentsAlone);
  }

  @Test
  void aStreetAndAHouseholdGroupThatDifferByFewerThanKAreNotBothShown() {
    // north (9) holds all six parents and three others: north − parents would describe three
    List<SegmentFigures> segments = analyse(List.of("street", "household")).segments();
    boolean north = !segments.get(0).suppressed();
    boolean parents = !segments.get(2).suppressed();
    assertThat(north && parents).isFalse();
    assertThat(segments).anySatisfy(s -> assertThat(s.suppressed()).isFalse());
  }

  @Test
  void aLargerKMinSuppressesMore() {
    RedThread thread =
        RedThreadAnalysis.analyse(
            map,
            responses(),
            RedThreadOptions.defaults()
                .withAudience(Audience.rawData(5))
                .withSegmentColumns(List.of("street"))
                .withAudience(Audience.rawData(7)));
    // south (6) < 7 is suppressed; alone it could be recovered from the total, so north goes too
    assertThat(thread.segments()).allSatisfy(s -> assertThat(s.suppressed()).isTrue());
  }

  @Test
  void networksCountRespondentsOverallMostFirst() {
    List<NetworkFigures> networks = analyse(List.of()).networks();
    assertThat(networks)
        .extracting(NetworkFigures::name)
        .containsExactly("football", "choir", "market");
    // two in the market are fewer than k = 5: its count is withheld. The choir's five overlap
    // the football club's six in three, leaving two singers outside it: the four largest
    // leverages reach 1, so the choir's count is withheld as well. Withheld counts are listed last.
    assertThat(networks).extracting(NetworkFigures::n).containsExactly(6, 0, 0);
    assertThat(networks).extracting(NetworkFigures::suppressed).containsExactly(false, true, true);
    assertThat(networks.get(0).share()).isCloseTo(6.0 / 15, within(1e-12));
    assertThat(networks).allSatisfy(n -> assertThat(n.segments()).isEmpty());
  }

  @Test
  void networksPerSegmentShowNoCountForASuppressedSegment() {
    NetworkFigures football =
        analyse(List.of("household")).networks().stream()
            .filter(n -> n.name().equals("football"))
            .findFirst()
            .orElseThrow();
    assertThat(football.segments())
        .containsExactly(
            new NetworkFigures.SegmentCount.Published("household", "parents", 6, 1.0),
            new NetworkFigures.SegmentCount.Suppressed("household", "seniors"),
            new NetworkFigures.SegmentCount.Suppressed("household", "students"));
  }

  @Test
  void networksOfTheMobilisationBlockAreListedEvenWithoutParticipants() {
    WishMap withNetworks =
        new WishMap(
            map.id(),
            map.values(),
            map.importanceScale(),
            map.satisfactionScale(),
            1,
            map.segments(),
            new io.cohesion.core.wishmap.Mobilisation(
                List.of(), List.of("library", "football"), List.of(), List.of()));
    List<NetworkFigures> networks =
        RedThreadAnalysis.analyse(
                withNetworks,
                responses(),
                RedThreadOptions.defaults().withAudience(Audience.rawData(5)))
            .networks();
    assertThat(networks)
        .extracting(NetworkFigures::name)
        .containsExactly("football", "library", "choir", "market");
    assertThat(networks.get(1).n()).isZero();
    assertThat(networks.get(1).suppressed()).isFalse();
    assertThat(networks.get(3).suppressed()).isTrue();
  }
}
