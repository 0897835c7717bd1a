package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What joining means for one household or building ("what does it mean for me").
 *
 * @param monthlySaving the monthly cost before minus after, in euros (negative: it costs more)
 * @param payback how long the investment takes to earn back; absent when nothing is saved
 */
@API(status = STABLE, since = "0.1.0")
public record BenefitFigures(BigDecimal monthlySaving, Optional<Payback> payback) {
  public BenefitFigures {
    requireNonNull(monthlySaving, "monthlySaving");
    requireNonNull(payback, "payback");
  }

  /**
   * A simple payback time.
   *
   * @param months the investment divided by the monthly saving
   * @param years the same in years (months / 12)
   */
  public record Payback(BigDecimal months, BigDecimal years) {
    public Payback {
      requireNonNull(months, "months");
      requireNonNull(years, "years");
    }
  }
}
