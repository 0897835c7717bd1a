package io.cohesion.core.redthread;

import static io.cohesion.core.redthread.Responses.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A wish map that asks satisfaction only, as an existing survey of report grades does. */
class WithoutImportanceTest {

  private static final double EPS = 1e-12;

  /*
   * Hand-checked example: values a, b, c, satisfaction 1-5, no importance, two top choices.
   *        sat a b c   top
   *   r1       1 3 5   a, b
   *   r2       2 5 1   b
   *   r3       - 2 3   (none)
   * Dissatisfaction (5 - S) / 4: a (1, 0.75), b (0.5, 0, 0.75), c (0, 1, 0.5).
   */
  private final WishMap map = satisfactionOnly(2, "a", "b", "c");
  private final List<WishMapResponse> responses =
      List.of(
          respondent("r1").sat("a", 1, "b", 3, "c", 5).top("a", "b").build(),
          respondent("r2").sat("a", 2, "b", 5, "c", 1).top("b").build(),
          respondent("r3").sat("b", 2, "c", 3).build());

  static WishMap satisfactionOnly(int topChoices, String... codes) {
    return new WishMap(
        new WishMapId("grades"),
        Arrays.stream(codes).map(Value::of).toList(),
        Optional.empty(),
        Optional.of(new ResponseRange(1, 5)),
        topChoices,
        List.of(),
        Mobilisation.none());
  }

  private RedThread analyse() {
    return RedThreadAnalysis.analyse(
        map, responses, RedThreadOptions.defaults().withAudience(Audience.rawData(1)));
  }

  private static Map<String, ValueFigures> byCode(List<ValueFigures> values) {
    return values.stream().collect(Collectors.toMap(ValueFigures::code, Function.identity()));
  }

  @Test
  void urgencyIsTheMeanRescaledDissatisfaction() {
    Map<String, ValueFigures> v = byCode(analyse().values());
    assertThat(v.get("a").urgency()).isCloseTo((1 + 0.75) / 2, within(EPS));
    assertThat(v.get("b").urgency()).isCloseTo((0.5 + 0 + 0.75) / 3, within(EPS));
    assertThat(v.get("c").urgency()).isCloseTo((0 + 1 + 0.5) / 3, within(EPS));
  }

  @Test
  void nCountsAnsweredSatisfactionAndImportanceFiguresAreUndefined() {
    Map<String, ValueFigures> v = byCode(analyse().values());
    assertThat(v.get("a").n()).isEqualTo(2);
    assertThat(v.get("b").n()).isEqualTo(3);
    assertThat(v.get("a").importanceMean()).isNaN();
    assertThat(v.get("a").importanceSd()).isNaN();
    assertThat(v.get("a").satisfactionMean()).isCloseTo(1.5, within(EPS));
  }

  @Test
  void ranksByDissatisfactionAndKeepsTopChoicesAndBorda() {
    List<ValueFigures> values = analyse().values();
    // a 0.875, c 0.5, b 0.4167
    assertThat(values).extracting(ValueFigures::code).containsExactly("a", "c", "b");
    Map<String, ValueFigures> v = byCode(values);
    assertThat(v.get("b").borda()).isEqualTo(1 + 2);
    assertThat(v.get("a").topShare()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void kendallsWRanksTheSatisfactionOfCompleteRespondents() {
    // Complete r1 (1, 2, 3) and r2 (2, 3, 1): R = (3, 5, 4), mean 4, S = 2; W = 24 / (4 * 24).
    assertThat(analyse().kendallW()).isCloseTo(24.0 / 96, within(EPS));
  }

  @Test
  void saysThatUrgencyIsDissatisfactionAlone() {
    RedThread thread = analyse();
    assertThat(thread.urgencyBasis()).isEqualTo(UrgencyBasis.DISSATISFACTION);
    assertThat(thread.urgencyBasis().sentence()).contains("dissatisfaction alone");
    assertThat(UrgencyBasis.of(Responses.map(true, 1, "a", "b")))
        .isEqualTo(UrgencyBasis.IMPORTANCE_AND_SATISFACTION);
    assertThat(UrgencyBasis.of(Responses.map(false, 1, "a", "b")))
        .isEqualTo(UrgencyBasis.IMPORTANCE);
  }

  @Test
  void refusesImportanceAnswersToAMapThatAsksNone() {
    WishMapResponse withImportance = respondent("r9").imp("a", 4).sat("a", 2).build();
    assertThat(map.check(withImportance))
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("importance.a"))
        .satisfies(e -> assertThat(e.reason()).contains("asks no importance"));
  }

  @Test
  void aMapAsksImportanceOrSatisfaction() {
    assertThatThrownBy(
            () ->
                new WishMap(
                    new WishMapId("empty"),
                    List.of(Value.of("a"), Value.of("b")),
                    Optional.empty(),
                    Optional.empty(),
                    1,
                    List.of(),
                    Mobilisation.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs an importance scale, a satisfaction scale or both");
  }
}
