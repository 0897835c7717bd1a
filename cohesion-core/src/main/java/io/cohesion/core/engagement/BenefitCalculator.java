package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.engagement.internal.SimplePaybackCalculator;
import org.apiguardian.api.API;

/**
 * Calculates what joining means for a household or building (a port out: an initiative may plug in
 * its own calculation, with subsidies, loans or energy prices).
 */
@API(status = STABLE, since = "0.1.0")
public interface BenefitCalculator {

  /** The name stored with every statement, so a reader knows how it was computed. */
  String name();

  /** The figures for one input. */
  BenefitFigures calculate(BenefitInput input);

  /**
   * The documented default, {@code simple-payback}: monthly saving = monthly cost before − after;
   * payback in months = investment / monthly saving, rounded half-up to one decimal, and in years =
   * that many months / 12, also to one decimal; no payback when the saving is zero or negative. An
   * investment of zero with a positive saving pays back in 0 months.
   */
  static BenefitCalculator simplePayback() {
    return new SimplePaybackCalculator();
  }
}
