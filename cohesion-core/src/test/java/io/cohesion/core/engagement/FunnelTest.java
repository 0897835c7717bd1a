package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunnelTest {

  @Test
  void convertsPhaseByPhase() {
    Funnel funnel = new Funnel(400, 200, 135, 54);

    assertThat(funnel.conversion(Phase.CURIOUS).getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(funnel.conversion(Phase.INFORMED).getAsDouble()).isCloseTo(0.675, within(1e-12));
    assertThat(funnel.conversion(Phase.INVOLVED).getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(funnel.conversion(Phase.PARTICIPATING)).isEmpty();
    assertThat(funnel.overallConversion().getAsDouble()).isCloseTo(0.135, within(1e-12));
    assertThat(funnel.count(Phase.INVOLVED)).isEqualTo(135);
  }

  @Test
  void noConversionFromAnEmptyPhase() {
    Funnel funnel = new Funnel(10, 0, 0, 0);

    assertThat(funnel.conversion(Phase.INFORMED)).isEmpty();
    assertThat(funnel.conversion(Phase.CURIOUS).getAsDouble()).isZero();
    assertThat(new Funnel(0, 0, 0, 0).overallConversion()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "10, 11, 5, 1, informed",
    "10, 9, 10, 1, involved",
    "10, 9, 8, 9, participating",
    "-1, 0, 0, 0, curious",
    "10, -1, -1, -1, informed",
    "10, 5, -1, -1, involved",
    "10, 5, 5, -1, participating"
  })
  void countsMustNotGrowDownTheFunnelNorBeNegative(
      int curious, int informed, int involved, int participating, String field) {
    assertThatThrownBy(() -> new Funnel(curious, informed, involved, participating))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
  }

  @Test
  void phasesFollowEachOther() {
    assertThat(Phase.CURIOUS.next()).contains(Phase.INFORMED);
    assertThat(Phase.INVOLVED.next()).contains(Phase.PARTICIPATING);
    assertThat(Phase.PARTICIPATING.next()).isEmpty();
    assertThat(Phase.INVOLVED.isAtLeast(Phase.INFORMED)).isTrue();
    assertThat(Phase.INFORMED.isAtLeast(Phase.INVOLVED)).isFalse();
  }
}
