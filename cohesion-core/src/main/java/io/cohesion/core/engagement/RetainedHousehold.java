package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Pseudonym;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the funnel's released months keep of a household whose resident erased it: its phases as
 * they were recorded up to the end of the last month released before the erasure, under a stand-in
 * instead of its pseudonym (docs/practice.md#the-funnel-over-time). Bound readers' months up to
 * {@code until} count it as they did; no later month, and no live figure, counts it.
 *
 * @param household the household under a {@linkplain Pseudonym#standIn stand-in}, in its building,
 *     with the moves recorded up to {@code until}, each dated the day it was recorded and without
 *     its reference
 * @param until the last day of the last month that counts it
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public record RetainedHousehold(HouseholdPhase household, LocalDate until) {
  public RetainedHousehold {
    requireNonNull(household, "household");
    requireNonNull(until, "until");
    ValidationException.require(
        household.household().value().startsWith(Pseudonym.STAND_IN_PREFIX),
        "household",
        "a retained household is kept under a stand-in");
    ValidationException.require(
        !household.moves().get(household.moves().size() - 1).recorded().isAfter(until),
        "until",
        "a retained household keeps only moves recorded by " + until);
  }

  /**
   * What the months up to {@code until} keep of {@code household}, under {@code standIn}; empty
   * when none of its moves was recorded by then.
   */
  public static Optional<RetainedHousehold> of(
      HouseholdPhase household, Pseudonym standIn, LocalDate until) {
    HouseholdPhase kept = null;
    for (PhaseMove move : household.moves()) {
      if (move.recorded().isAfter(until)) {
        break;
      }
      PhaseMove bare =
          new PhaseMove(
              move.from(),
              move.to(),
              move.recorded(),
              move.recorded(),
              move.reason(),
              Optional.empty());
      kept =
          kept == null
              ? new HouseholdPhase(standIn, household.building(), List.of(bare))
              : kept.with(bare);
    }
    return Optional.ofNullable(kept).map(h -> new RetainedHousehold(h, until));
  }

  /** The phase the household was known to be in at the end of {@code date}, if that counts it. */
  public Optional<Phase> phaseKnownAt(LocalDate date) {
    return date.isAfter(until) ? Optional.empty() : household.phaseKnownAt(date);
  }
}
