package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * What a cost calculation starts from, in euros: each amount from 0 to {@link #MAX_AMOUNT} with at
 * most {@link #MAX_DECIMALS} decimals (whole cents).
 *
 * @param investment the one-off investment
 * @param monthlyCostBefore the monthly energy cost now
 * @param monthlyCostAfter the monthly cost after joining (including any fee)
 */
@API(status = STABLE, since = "0.1.0")
public record BenefitInput(
    BigDecimal investment, BigDecimal monthlyCostBefore, BigDecimal monthlyCostAfter) {
  /** The largest amount, one trillion euros: far beyond any investment, and it fits a store. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  /** The most decimals of an amount: whole cents. */
  public static final int MAX_DECIMALS = 2;

  public BenefitInput {
    check("investment", investment);
    check("monthlyCostBefore", monthlyCostBefore);
    check("monthlyCostAfter", monthlyCostAfter);
  }

  private static void check(String field, BigDecimal amount) {
    ValidationException.require(amount != null, field, "is required");
    // Judge the magnitude from precision and scale before anything expands the digits: 1E+1000000
    // is a small object whose plain string has a million characters. Messages use toString().
    boolean inRange =
        amount.signum() >= 0
            && amount.precision() - amount.scale() <= MAX_AMOUNT.precision()
            && amount.compareTo(MAX_AMOUNT) <= 0;
    ValidationException.require(
        inRange,
        field,
        "must be an amount from 0 to " + MAX_AMOUNT + " euros, got " + describe(amount));
    ValidationException.require(
        amount.scale() <= MAX_DECIMALS || amount.stripTrailingZeros().scale() <= MAX_DECIMALS,
        field,
        "must have at most " + MAX_DECIMALS + " decimals (whole cents), got " + describe(amount));
  }

  /** The amount as written, shortened: a refused amount may be as long as a request allows. */
  private static String describe(BigDecimal amount) {
    String text = amount.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** An input from amounts written as text, for example {@code "4500.00"}. */
  public static BenefitInput of(String investment, String before, String after) {
    return new BenefitInput(
        new BigDecimal(investment), new BigDecimal(before), new BigDecimal(after));
  }
}
