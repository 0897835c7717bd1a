package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.map;
import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RedThreadAnalysisTest {

  private static final double EPS = 1e-12;

  /*
   * Hand-checked example: values a, b, c on 1-5, satisfaction 1-5, two top choices.
   *        imp a b c   sat a b c   top
   *   r1       5 3 1       1 3 5   a, b
   *   r2       4 4 2       2 5 1   b, a
   *   r3       5 2 3       - 2 3   a
   *   r4       3 - -       - - -   (none)
   */
  private final WishMap map = map(true, 2, "a", "b", "c");
  private final List<WishMapResponse> responses =
      List.of(
          respondent("r1")
              .imp("a", 5, "b", 3, "c", 1)
              .sat("a", 1, "b", 3, "c", 5)
              .top("a", "b")
              .build(),
          respondent("r2")
              .imp("a", 4, "b", 4, "c", 2)
              .sat("a", 2, "b", 5, "c", 1)
              .top("b", "a")
              .build(),
          respondent("r3").imp("a", 5, "b", 2, "c", 3).sat("b", 2, "c", 3).top("a").build(),
          respondent("r4").imp("a", 3).build());

  private RedThread analyse(RedThreadOptions options) {
    return RedThreadAnalysis.analyse(map, responses, options);
  }

  private static Map<String, ValueFigures> byCode(List<ValueFigures> values) {
    return values.stream().collect(Collectors.toMap(ValueFigures::code, Function.identity()));
  }

  @Test
  void countsRespondents() {
    assertThat(analyse(RedThreadOptions.defaults().withAudience(Audience.rawData(1))).n())
        .isEqualTo(4);
  }

  @Test
  void importanceNMeanAndSampleSd() {
    Map<String, ValueFigures> v =
        byCode(analyse(RedThreadOptions.defaults().withAudience(Audience.rawData(1))).values());
    // a: 5, 4, 5, 3 -> mean 4.25, squared deviations 2.75, / 3
    assertThat(v.get("a").n()).isEqualTo(4);
    assertThat(v.get("a").importanceMean()).isCloseTo(4.25, within(EPS));
    assertThat(v.get("a").importanceSd()).isCloseTo(Math.sqrt(2.75 / 3), within(EPS));
    assertThat(v.get("b").n()).isEqualTo(3);
    assertThat(v.get("b").importanceMean()).isCloseTo(3.0, within(EPS));
    assertThat(v.get("b").importanceSd()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void satisfactionMeanOverThoseWhoAnswered() {
    Map<String, ValueFigures> v =
        byCode(analyse(RedThreadOptions.defaults().withAudience(Audience.rawData(1))).values());
    assertThat(v.get("a").satisfactionMean()).isCloseTo(1.5, within(EPS));
    assertThat(v.get("b").satisfactionMean()).isCloseTo(10.0 / 3, within(EPS));
    assertThat(v.get("c").satisfactionMean()).isCloseTo(3.0, within(EPS));
  }

  @Test
  void urgencyIsTheMeanOfRescaledImportanceTimesRescaledDissatisfaction() {
    Map<String, ValueFigures> v =
        byCode(analyse(RedThreadOptions.defaults().withAudience(Audience.rawData(1))).values());
    // a: r1 1 * 1, r2 0.75 * 0.75; r3 and r4 gave no satisfaction for a.
    assertThat(v.get("a").urgency()).isCloseTo((1.0 + 0.5625) / 2, within(EPS));
    // b: r1 0.5 * 0.5, r2 0.75 * 0, r3 0.25 * 0.75
    assertThat(v.get("b").urgency()).isCloseTo((0.25 + 0 + 0.1875) / 3, within(EPS));
    // c: r1 0 * 0, r2 0.25 * 1, r3 0.5 * 0.5
    assertThat(v.get("c").urgency()).isCloseTo(0.5 / 3, within(EPS));
  }

  @Test
  void urgencyWithoutASatisfactionScaleIsTheMeanRescaledImportance() {
    WishMap noSatisfaction = map(false, 2, "a", "b");
    List<WishMapResponse> answers =
        List.of(respondent("r1").imp("a", 5, "b", 1).build(), respondent("r2").imp("a", 2).build());
    Map<String, ValueFigures> v =
        byCode(
            RedThreadAnalysis.analyse(
                    noSatisfaction,
                    answers,
                    RedThreadOptions.defaults().withAudience(Audience.rawData(1)))
                .values());
    assertThat(v.get("a").urgency()).isCloseTo((1.0 + 0.25) / 2, within(EPS));
    assertThat(v.get("b").urgency()).isCloseTo(0.0, within(EPS));
    assertThat(v.get("b").satisfactionMean()).isNaN();
  }

  @Test
  void topShareCountsOnlyRespondentsWhoGaveATopChoice() {
    Map<String, ValueFigures> v =
        byCode(analyse(RedThreadOptions.defaults().withAudience(Audience.rawData(1))).values());
    // r1, r2, r3 gave top choices; r4 did not and is not in the denominator.
    assertThat(v.get("a").topShare()).isCloseTo(1.0, within(EPS));
    assertThat(v.get("b").topShare()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(v.get("c").topShare()).isCloseTo(0.0, within(EPS));
  }

  @Test
  void bordaGivesTopChoicesMinusPositionPlusOne() {
    Map<String, ValueFigures> v =
        byCode(analyse(RedThreadOptions.defaults().withAudience(Audience.rawData(1))).values());
    // two top choices: first 2 points, second 1. a: 2 + 1 + 2, b: 1 + 2, c: none.
    assertThat(v.get("a").borda()).isEqualTo(5);
    assertThat(v.get("b").borda()).isEqualTo(3);
    assertThat(v.get("c").borda()).isZero();
  }

  @Test
  void ranksByUrgencyBeforeBordaAndListsValuesInRankOrder() {
    List<ValueFigures> values =
        analyse(RedThreadOptions.defaults().withAudience(Audience.rawData(1))).values();
    // c (0.1667) is more urgent than b (0.1458) although b has more Borda points.
    assertThat(values).extracting(ValueFigures::code).containsExactly("a", "c", "b");
    assertThat(values).extracting(ValueFigures::rank).containsExactly(1, 2, 3);
  }

  @Test
  void equalUrgencyIsBrokenByBordaThenByCode() {
    WishMap fourValues = map(false, 1, "d", "c", "b", "a");
    List<WishMapResponse> answers =
        List.of(
            respondent("r1").imp("a", 3, "b", 3, "c", 3, "d", 3).top("c").build(),
            respondent("r2").imp("a", 3, "b", 3, "c", 3, "d", 3).top("c").build(),
            respondent("r3").imp("a", 3, "b", 3, "c", 3, "d", 3).top("d").build());
    List<ValueFigures> values =
        RedThreadAnalysis.analyse(
                fourValues, answers, RedThreadOptions.defaults().withAudience(Audience.rawData(1)))
            .values();
    // c has 2 points, d 1, a and b none: code order decides a before b.
    assertThat(values).extracting(ValueFigures::code).containsExactly("c", "d", "a", "b");
  }

  @Test
  void kendallsWWithMidRanksAndTieCorrection() {
    // Complete respondents r1..r3. Ranks (ascending importance):
    // r1 (3, 2, 1), r2 (2.5, 2.5, 1) with one tie of 2 -> T = 6, r3 (3, 1, 2).
    // R = (8.5, 5.5, 4), mean 6, S = 10.5; W = 12 * 10.5 / (9 * 24 - 3 * 6) = 126 / 198.
    assertThat(analyse(RedThreadOptions.defaults().withAudience(Audience.rawData(1))).kendallW())
        .isCloseTo(126.0 / 198, within(EPS));
  }

  @Test
  void kendallsWIsOneForUnanimousRankings() {
    WishMap three = map(false, 1, "a", "b", "c");
    List<WishMapResponse> answers =
        List.of(
            respondent("r1").imp("a", 5, "b", 3, "c", 1).build(),
            respondent("r2").imp("a", 4, "b", 2, "c", 1).build(),
            respondent("r3").imp("a", 5, "b", 4, "c", 2).build());
    assertThat(
            RedThreadAnalysis.analyse(
                    three, answers, RedThreadOptions.defaults().withAudience(Audience.rawData(1)))
                .kendallW())
        .isCloseTo(1.0, within(EPS));
  }

  @Test
  void kendallsWIsUndefinedForFewerThanTwoCompleteRespondents() {
    List<WishMapResponse> answers =
        List.of(
            respondent("r1").imp("a", 5, "b", 3, "c", 1).build(),
            respondent("r2").imp("a", 4, "b", 2).build());
    assertThat(
            RedThreadAnalysis.analyse(
                    map(false, 1, "a", "b", "c"),
                    answers,
                    RedThreadOptions.defaults().withAudience(Audience.rawData(1)))
                .kendallW())
        .isNaN();
  }

  @Test
  void kendallsWIsUndefinedWhenEveryoneRatesAllValuesAlike() {
    List<WishMapResponse> answers =
        List.of(
            respondent("r1").imp("a", 3, "b", 3).build(),
            respondent("r2").imp("a", 5, "b", 5).build());
    assertThat(
            RedThreadAnalysis.analyse(
                    map(false, 1, "a", "b"),
                    answers,
                    RedThreadOptions.defaults().withAudience(Audience.rawData(1)))
                .kendallW())
        .isNaN();
  }

  @Test
  void noRespondentsGiveUndefinedFiguresNotErrors() {
    RedThread thread =
        RedThreadAnalysis.analyse(
            map, List.of(), RedThreadOptions.defaults().withAudience(Audience.rawData(1)));
    assertThat(thread.n()).isZero();
    assertThat(thread.kendallW()).isNaN();
    assertThat(thread.values()).extracting(ValueFigures::code).containsExactly("a", "b", "c");
    assertThat(thread.values())
        .allSatisfy(
            v -> {
              assertThat(v.n()).isZero();
              assertThat(v.importanceMean()).isNaN();
              assertThat(v.urgency()).isNaN();
              assertThat(v.topShare()).isNaN();
              assertThat(v.pTopK()).isNaN();
            });
  }

  @Test
  void undefinedUrgencyRanksLast() {
    List<WishMapResponse> answers = List.of(respondent("r1").imp("b", 1).sat("b", 5).build());
    List<ValueFigures> values =
        RedThreadAnalysis.analyse(
                map, answers, RedThreadOptions.defaults().withAudience(Audience.rawData(1)))
            .values();
    // b's urgency is 0 but defined; a and c have none and follow in code order.
    assertThat(values).extracting(ValueFigures::code).containsExactly("b", "a", "c");
    assertThat(values.get(0).urgency()).isCloseTo(0.0, within(EPS));
    assertThat(values.get(1).urgency()).isNaN();
  }

  @Test
  void aSingleAnswerHasNoSd() {
    List<WishMapResponse> answers = List.of(respondent("r1").imp("a", 4).build());
    ValueFigures a =
        byCode(
                RedThreadAnalysis.analyse(
                        map, answers, RedThreadOptions.defaults().withAudience(Audience.rawData(1)))
                    .values())
            .get("a");
    assertThat(a.importanceMean()).isEqualTo(4.0);
    assertThat(a.importanceSd()).isNaN();
  }

  @Test
  void rejectsAResponseThatDoesNotFitTheMapNamingIt() {
    List<WishMapResponse> answers =
        List.of(
            respondent("r1").imp("a", 5).build(), respondent("r2").imp("zz", 3, "a", 9).build());
    assertThatThrownBy(
            () ->
                RedThreadAnalysis.analyse(
                    map, answers, RedThreadOptions.defaults().withAudience(Audience.rawData(1))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("responses[1].importance.zz")
        .hasMessageContaining("responses[1].importance.a");
  }

  @Test
  void rejectsASegmentColumnTheMapDoesNotHave() {
    assertThatThrownBy(
            () ->
                analyse(
                    RedThreadOptions.defaults()
                        .withAudience(Audience.rawData(1))
                        .withSegmentColumns(List.of("household"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("household");
  }

  @Test
  void rejectsAnUnknownUrgencyStrategyListingTheAvailableOnes() {
    assertThatThrownBy(
            () ->
                analyse(
                    RedThreadOptions.defaults()
                        .withAudience(Audience.rawData(1))
                        .withUrgencyStrategy("nope")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("default");
  }
}
