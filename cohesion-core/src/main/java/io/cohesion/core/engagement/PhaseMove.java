package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import io.cohesion.core.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One step in a household's history through the phases: from where, to where, when and why.
 *
 * @param from the phase before the move; empty for the household's first move
 * @param to the phase after the move, never equal to {@code from}
 * @param date the day it happened (a meeting's date, the day of the sign-up)
 * @param recorded the day it was recorded, never before {@code date}; releases to readers who may
 *     not see households count a move from the month it was recorded in, so that a month once
 *     released never changes (docs/practice.md#the-funnel-over-time)
 * @param reason why the household moved
 * @param reference what moved it, if known: the id of the meeting, the question or the sign-up
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record PhaseMove(
    Optional<Phase> from,
    Phase to,
    LocalDate date,
    LocalDate recorded,
    MoveReason reason,
    Optional<String> reference) {
  public PhaseMove {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(date, "date");
    requireNonNull(recorded, "recorded");
    requireNonNull(reason, "reason");
    requireNonNull(reference, "reference");
    ValidationException.require(
        from.isEmpty() || from.get() != to, "to", "the household is in phase " + to + " already");
    ValidationException.require(
        !recorded.isBefore(date),
        "date",
        "a move cannot be recorded (" + recorded + ") before it happened (" + date + ")");
    reference.ifPresent(r -> Identifiers.check("reference", r));
  }

  /** Whether the move goes back to an earlier phase. */
  public boolean backwards() {
    return from.isPresent() && to.compareTo(from.get()) < 0;
  }
}
