package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * How many households reached each phase. Counts are cumulative (a participating household is also
 * involved, informed and curious), so they cannot grow down the funnel.
 *
 * @param curious households made curious
 * @param informed households informed
 * @param involved households involved
 * @param participating households participating
 */
@API(status = STABLE, since = "0.1.0")
public record Funnel(int curious, int informed, int involved, int participating) {
  public Funnel {
    ValidationException.require(curious >= 0, "curious", "must be at least 0, got " + curious);
    ValidationException.require(informed >= 0, "informed", "must be at least 0, got " + informed);
    ValidationException.require(involved >= 0, "involved", "must be at least 0, got " + involved);
    ValidationException.require(
        participating >= 0, "participating", "must be at least 0, got " + participating);
    ValidationException.require(
        informed <= curious,
        "informed",
        "cannot exceed the " + curious + " curious households, got " + informed);
    ValidationException.require(
        involved <= informed,
        "involved",
        "cannot exceed the " + informed + " informed households, got " + involved);
    ValidationException.require(
        participating <= involved,
        "participating",
        "cannot exceed the " + involved + " involved households, got " + participating);
  }

  /** The count of one phase. */
  public int count(Phase phase) {
    return switch (phase) {
      case CURIOUS -> curious;
      case INFORMED -> informed;
      case INVOLVED -> involved;
      case PARTICIPATING -> participating;
    };
  }

  /**
   * The share of the households in {@code from} that reached the next phase; absent for the last
   * phase and when no household reached {@code from}.
   */
  public OptionalDouble conversion(Phase from) {
    int base = count(from);
    return from.next().isEmpty() || base == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) count(from.next().get()) / base);
  }

  /** The share of curious households that participate; absent when none is curious. */
  public OptionalDouble overallConversion() {
    return curious == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) participating / curious);
  }
}
