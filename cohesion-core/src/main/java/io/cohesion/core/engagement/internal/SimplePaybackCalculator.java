package io.cohesion.core.engagement.internal;

import io.cohesion.core.engagement.BenefitCalculator;
import io.cohesion.core.engagement.BenefitFigures;
import io.cohesion.core.engagement.BenefitInput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** The default {@link BenefitCalculator#simplePayback()}. */
public final class SimplePaybackCalculator implements BenefitCalculator {
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  @Override
  public String name() {
    return "simple-payback";
  }

  @Override
  public BenefitFigures calculate(BenefitInput input) {
    BigDecimal saving = input.monthlyCostBefore().subtract(input.monthlyCostAfter());
    if (saving.signum() <= 0) {
      return new BenefitFigures(saving, Optional.empty());
    }
    // Divide at full precision first so years are not computed from already rounded months.
    BigDecimal months = input.investment().divide(saving, MathContext.DECIMAL64);
    return new BenefitFigures(
        saving,
        Optional.of(
            new BenefitFigures.Payback(
                months.setScale(1, RoundingMode.HALF_UP),
                months.divide(TWELVE, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP))));
  }
}
