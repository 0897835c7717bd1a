package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cohesion.core.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenefitInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"1E+1000000", "1E+999999999", "1E+70", "1000000000000.01", "-0.01"})
  void anAmountOutsideZeroToATrillionIsRefusedWithoutWritingItOut(String amount) {
    long started = System.nanoTime();
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> BenefitInput.of(amount, "150.00", "100.00"));

    assertThat(e.errors()).hasSize(1);
    assertThat(e.errors().get(0).field()).isEqualTo("investment");
    assertThat(e.errors().get(0).reason())
        .startsWith("must be an amount from 0 to 1000000000000 euros")
        .hasSizeLessThan(120);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.001", "4500.005", "1E-1000000"})
  void anAmountFinerThanACentIsRefused(String amount) {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> BenefitInput.of("10", amount, "100.00"));

    assertThat(e.errors().get(0).field()).isEqualTo("monthlyCostBefore");
    assertThat(e.errors().get(0).reason()).contains("at most 2 decimals");
  }

  @Test
  void theEdgesAreAmounts() {
    BenefitInput input = BenefitInput.of("1000000000000.00", "0", "4500.000");

    assertThat(input.investment()).isEqualByComparingTo(BenefitInput.MAX_AMOUNT);
    assertThat(input.monthlyCostBefore()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(input.monthlyCostAfter()).isEqualByComparingTo("4500");
    assertThat(BenefitInput.of("1E+12", "0", "0").investment())
        .isEqualByComparingTo(BenefitInput.MAX_AMOUNT);
  }
}
