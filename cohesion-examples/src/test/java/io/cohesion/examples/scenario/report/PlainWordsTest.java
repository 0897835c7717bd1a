package io.cohesion.examples.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.ResponseRange;
import org.junit.jupiter.api.Test;

class PlainWordsTest {
  private final ResponseRange fivePoint = new ResponseRange(1, 5);

  @Test
  void aRiseIsSaidWithItsIntervalOnTheScale() {
    assertThat(PlainWords.change("trust", 0.2649, 0.1381, 0.3917, fivePoint))
        .isEqualTo("trust rose by 0.26 on a 5-point scale, 95% CI 0.14 to 0.39");
  }

  @Test
  void aFallIsSaidAsAFallWithTheSignedInterval() {
    assertThat(PlainWords.change("trust", -0.31, -0.52, -0.1, fivePoint))
        .isEqualTo("trust fell by 0.31 on a 5-point scale, 95% CI -0.52 to -0.10");
  }

  @Test
  void noVisibleChangeIsSaidAsStayingTheSame() {
    assertThat(PlainWords.change("trust", -0.001, -0.2, 0.2, fivePoint))
        .isEqualTo(
            "trust stayed the same (a change of 0.00) on a 5-point scale, 95% CI -0.20 to 0.20");
  }

  @Test
  void theScaleIsNamedByItsPoints() {
    assertThat(PlainWords.scale(new ResponseRange(0, 10))).isEqualTo("a 11-point scale");
    assertThat(PlainWords.scale(new ResponseRange(0.5, 4.5))).isEqualTo("a 0.5–4.5 scale");
  }

  @Test
  void certaintyFollowsTheInterval() {
    assertThat(PlainWords.certainty(0.1, 0.4)).contains("above zero");
    assertThat(PlainWords.certainty(-0.4, -0.1)).contains("below zero");
    assertThat(PlainWords.certainty(-0.1, 0.4)).contains("includes zero");
  }

  @Test
  void capitalisedStartsTheSentence() {
    assertThat(PlainWords.capitalised("trust rose")).isEqualTo("Trust rose");
  }
}
