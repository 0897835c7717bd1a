package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where one household stands in the neighbourhood approach, with every move that brought it there.
 * Households are known by their pseudonym only, never by a name. The history is append-only: moves
 * are added at the end, dated no earlier than the move before, each starting where the one before
 * ended.
 *
 * @param household the household's pseudonym
 * @param building the building it lives in
 * @param moves its moves, oldest first; at least one
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record HouseholdPhase(Pseudonym household, BuildingId building, List<PhaseMove> moves) {
  public HouseholdPhase {
    requireNonNull(household, "household");
    requireNonNull(building, "building of household " + household);
    moves = List.copyOf(moves);
    ValidationException.require(!moves.isEmpty(), "moves", "a household has at least one move");
    ValidationException.require(
        moves.get(0).from().isEmpty(), "moves[0].from", "the first move starts from no phase");
    for (int i = 1; i < moves.size(); i++) {
      PhaseMove before = moves.get(i - 1);
      PhaseMove move = moves.get(i);
      ValidationException.require(
          move.from().equals(Optional.of(before.to())),
          "moves[" + i + "].from",
          "must be " + before.to() + ", where the move before ended, got " + move.from());
      ValidationException.require(
          !move.date().isBefore(before.date()),
          "moves[" + i + "].date",
          "cannot be before the move before (" + before.date() + "), got " + move.date());
      ValidationException.require(
          !move.recorded().isBefore(before.recorded()),
          "moves[" + i + "].recorded",
          "cannot be before the move before was recorded ("
              + before.recorded()
              + "), got "
              + move.recorded());
    }
  }

  /** A household's first move, into {@code to}. */
  public static HouseholdPhase start(
      Pseudonym household,
      BuildingId building,
      Phase to,
      LocalDate date,
      LocalDate recorded,
      MoveReason reason,
      Optional<String> reference) {
    return new HouseholdPhase(
        household,
        building,
        List.of(new PhaseMove(Optional.empty(), to, date, recorded, reason, reference)));
  }

  /** The phase the household is in now. */
  public Phase phase() {
    return moves.get(moves.size() - 1).to();
  }

  /** The phase the household was in at the end of {@code date}; empty before its first move. */
  public Optional<Phase> phaseAt(LocalDate date) {
    Optional<Phase> phase = Optional.empty();
    for (PhaseMove move : moves) {
      if (move.date().isAfter(date)) {
        break;
      }
      phase = Optional.of(move.to());
    }
    return phase;
  }

  /**
   * The phase the household was known to be in at the end of {@code date}: counting only the moves
   * recorded by then. A month once past never changes under this view, whatever is recorded later.
   */
  public Optional<Phase> phaseKnownAt(LocalDate date) {
    Optional<Phase> phase = Optional.empty();
    for (PhaseMove move : moves) {
      if (!move.recorded().isAfter(date)) {
        phase = Optional.of(move.to());
      }
    }
    return phase;
  }

  /** The day of the last move. */
  public LocalDate lastMoved() {
    return moves.get(moves.size() - 1).date();
  }

  /** The same household with {@code move} added at the end of its history. */
  public HouseholdPhase with(PhaseMove move) {
    List<PhaseMove> all = new ArrayList<>(moves);
    all.add(move);
    return new HouseholdPhase(household, building, all);
  }
}
