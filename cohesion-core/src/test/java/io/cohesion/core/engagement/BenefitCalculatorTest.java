package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenefitCalculatorTest {
  private final BenefitCalculator calculator = BenefitCalculator.simplePayback();

  // Worked by hand: 4500 / (150 - 110) = 112.5 months = 9.375 years; 1000 / 30 = 33.33 months
  // = 2.78 years; 0 / 25 = 0.
  @ParameterizedTest
  @CsvSource({
    "4500, 150, 110, 40, 112.5, 9.4",
    "1000, 95.50, 65.50, 30.00, 33.3, 2.8",
    "0, 80, 55, 25, 0.0, 0.0",
    "12000, 210, 110, 100, 120.0, 10.0"
  })
  void paysBackTheInvestmentFromTheMonthlySaving(
      String investment, String before, String after, String saving, String months, String years) {
    BenefitFigures figures = calculator.calculate(BenefitInput.of(investment, before, after));

    assertThat(figures.monthlySaving()).isEqualByComparingTo(saving);
    BenefitFigures.Payback payback = figures.payback().orElseThrow();
    assertThat(payback.months()).isEqualByComparingTo(months);
    assertThat(payback.years()).isEqualByComparingTo(years);
  }

  @ParameterizedTest
  @CsvSource({"4500, 110, 110, 0", "4500, 100, 120, -20"})
  void noPaybackWithoutASaving(String investment, String before, String after, String saving) {
    BenefitFigures figures = calculator.calculate(BenefitInput.of(investment, before, after));

    assertThat(figures.payback()).isEmpty();
    assertThat(figures.monthlySaving()).isEqualByComparingTo(saving);
  }

  @Test
  void hasAStableName() {
    assertThat(calculator.name()).isEqualTo("simple-payback");
  }

  @Test
  void rejectsNegativeAmountsNamingTheField() {
    assertThatThrownBy(() -> BenefitInput.of("-1", "100", "80"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("investment")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> BenefitInput.of("1", "-100", "80"))
        .hasMessageContaining("monthlyCostBefore");
    assertThatThrownBy(() -> BenefitInput.of("1", "100", "-80"))
        .hasMessageContaining("monthlyCostAfter");
    assertThatThrownBy(() -> new BenefitInput(null, BigDecimal.ONE, BigDecimal.ONE))
        .hasMessageContaining("investment");
  }
}
