package io.cohesion.core.engagement;

import io.cohesion.core.ValidationException;
import java.math.BigDecimal;

/**
 * What a cost calculation starts from, in euros.
 *
 * @param investment the one-off investment, at least 0
 * @param monthlyCostBefore the monthly energy cost now, at least 0
 * @param monthlyCostAfter the monthly cost after joining (including any fee), at least 0
 */
public record BenefitInput(
    BigDecimal investment, BigDecimal monthlyCostBefore, BigDecimal monthlyCostAfter) {
  public BenefitInput {
    check("investment", investment);
    check("monthlyCostBefore", monthlyCostBefore);
    check("monthlyCostAfter", monthlyCostAfter);
  }

  private static void check(String field, BigDecimal amount) {
    ValidationException.require(amount != null, field, "is required");
    ValidationException.require(
        amount.signum() >= 0, field, "must be at least 0, got " + amount.toPlainString());
  }

  /** An input from amounts written as text, for example {@code "4500.00"}. */
  public static BenefitInput of(String investment, String before, String after) {
    return new BenefitInput(
        new BigDecimal(investment), new BigDecimal(before), new BigDecimal(after));
  }
}
