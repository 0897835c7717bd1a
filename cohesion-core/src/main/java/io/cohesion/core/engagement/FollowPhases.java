package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.internal.PhaseService;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Pseudonym;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Follows each household through the phases of the neighbourhood approach — make curious, inform,
 * involve, let participate — and counts the funnel per neighbourhood and building (use case, a port
 * in; docs/practice.md).
 *
 * <p>A household moves forward when it attends a meeting, has a question answered or signs up; a
 * move to the phase it is in already changes nothing, and a move back is refused unless a
 * coordinator makes it by hand ({@link MoveReason#COORDINATOR}), which the history then shows.
 *
 * <p>Readers who may not see households (a {@link Audience#bound() bound} audience) get the funnel
 * only at the ends of months that are over, counting the moves recorded by then, with the cells
 * that could single out fewer than {@code k} households suppressed over all those months together.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface FollowPhases {

  /** The use case on the given stores, dating records by {@code clock}. */
  static FollowPhases using(
      HouseholdPhaseRepository phases,
      BuildingRepository buildings,
      DisclosurePolicy policy,
      Clock clock) {
    return new PhaseService(phases, buildings, policy, clock);
  }

  /**
   * What moved a household.
   *
   * @param household the household's pseudonym
   * @param building the building it lives in; a household's building does not change
   * @param to the phase it moved to
   * @param date the day it happened, not after today
   * @param reason why
   * @param reference the id of the meeting, question or sign-up, if any
   * @param expectedVersion the version of the household's record the caller read, if any
   */
  record Move(
      Pseudonym household,
      BuildingId building,
      Phase to,
      LocalDate date,
      MoveReason reason,
      Optional<String> reference,
      OptionalLong expectedVersion) {
    public Move {
      requireNonNull(household, "household");
      requireNonNull(building, "building");
      requireNonNull(to, "to");
      requireNonNull(date, "date");
      requireNonNull(reason, "reason");
      requireNonNull(reference, "reference");
      requireNonNull(expectedVersion, "expectedVersion");
    }
  }

  /**
   * Records a move, the household's first one creating its record.
   *
   * @return the household's record, unchanged when it is in that phase already
   * @throws NotFoundException if the building is not registered
   * @throws ValidationException if the move goes back without a coordinator, is dated in the future
   *     or before the household's last move, or names another building than the household's
   * @throws ConflictException if the record changed since the expected version
   */
  Versioned<HouseholdPhase> move(Move move);

  /**
   * The household's phase and history.
   *
   * @throws NotFoundException if no move was recorded for it
   */
  Versioned<HouseholdPhase> household(Pseudonym household);

  /** One page of the households of a building. */
  Page<Versioned<HouseholdPhase>> households(BuildingId building, PageRequest request);

  /**
   * The funnel of a neighbourhood and its buildings at the end of {@code date}. A bound audience
   * may ask only for the end of a month that is over ({@link #releasedDates}), and gets the last of
   * them when it names no day (the end of last month, all zeros, when nothing was recorded before
   * this month); an audience that sees households gets today then.
   *
   * <p>A neighbourhood without registered buildings has a funnel of zeros.
   *
   * @throws ValidationException on field {@code date} when a bound audience asks for another day
   */
  FunnelSnapshot funnel(NeighbourhoodId neighbourhood, Optional<LocalDate> date, Audience audience);

  /**
   * The funnel over time: at the end of every month from the first move to the last month that is
   * over, oldest first; an audience that sees households gets today as well, last.
   */
  List<FunnelSnapshot> funnelHistory(NeighbourhoodId neighbourhood, Audience audience);

  /** The days a bound audience may read the funnel of a neighbourhood at, oldest first. */
  List<LocalDate> releasedDates(NeighbourhoodId neighbourhood);
}
