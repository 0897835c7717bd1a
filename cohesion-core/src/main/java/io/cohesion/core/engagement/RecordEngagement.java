package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.internal.EngagementService;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import java.time.Clock;
import org.apiguardian.api.API;

/**
 * Records how the neighbourhood is reached: meetings and their attendance, ambassadors per building
 * and their coverage, and the critical voices they pick up (use case, a port in).
 */
@API(status = STABLE, since = "0.1.0")
public interface RecordEngagement {

  /**
   * The use case on the given stores, releasing tallies under {@code policy} and dating what it
   * records by {@code clock}.
   */
  static RecordEngagement using(
      MeetingRepository meetings,
      AmbassadorRepository ambassadors,
      SignalRepository signals,
      BuildingRepository buildings,
      DisclosurePolicy policy,
      Clock clock) {
    return new EngagementService(meetings, ambassadors, signals, buildings, policy, clock);
  }

  /**
   * Records a meeting.
   *
   * @throws ConflictException if the id is taken
   */
  Versioned<Meeting> recordMeeting(Meeting meeting);

  /**
   * Corrects a recorded meeting (for example a late attendance count).
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Meeting> correctMeeting(Meeting meeting, long expectedVersion);

  /**
   * The meeting with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Meeting> meeting(MeetingId id);

  /** One page of the meetings of a neighbourhood. */
  Page<Versioned<Meeting>> meetings(NeighbourhoodId neighbourhood, PageRequest request);

  /** The attendance of a neighbourhood's meetings over time. */
  AttendanceTrend attendanceTrend(NeighbourhoodId neighbourhood);

  /**
   * Appoints an ambassador for a registered building.
   *
   * @throws NotFoundException if the building is not registered
   * @throws ConflictException if the id is taken
   */
  Versioned<Ambassador> appointAmbassador(Ambassador ambassador);

  /**
   * Marks an ambassador active or inactive.
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Ambassador> setActive(AmbassadorId id, boolean active, long expectedVersion);

  /**
   * The ambassador with this id, active or not.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Ambassador> ambassador(AmbassadorId id);

  /** One page of the ambassadors of a building, active or not. */
  Page<Versioned<Ambassador>> ambassadors(BuildingId building, PageRequest request);

  /** Which of a neighbourhood's buildings have an active ambassador. */
  Coverage coverage(NeighbourhoodId neighbourhood);

  /**
   * Records a critical voice, dated as recorded today with its follow-up open.
   *
   * @throws NotFoundException if the ambassador does not exist
   * @throws ValidationException if the ambassador does not look after the signal's building
   * @throws ValidationException if it was heard after today
   * @throws ConflictException if the id is taken
   */
  Versioned<Signal> recordSignal(Signal signal);

  /**
   * Sets where the follow-up of a signal stands, dated today.
   *
   * @param by who sets it: the ambassador's id, or {@link FollowUp#COORDINATOR}
   * @throws NotFoundException if there is no such signal
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Signal> followUp(SignalId id, FollowUpStatus status, String by, long expectedVersion);

  /**
   * The signal with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Signal> signal(SignalId id);

  /** One page of the signals heard in a building. */
  Page<Versioned<Signal>> signals(BuildingId building, PageRequest request);

  /**
   * The signals of a neighbourhood's buildings counted by theme. An audience that may read signals
   * gets today's count; a bound audience gets the count at the end of last month, of the signals
   * recorded by then, with the themes that could single out fewer than {@code k} signals suppressed
   * over every month so far.
   */
  SignalTally signalTally(NeighbourhoodId neighbourhood, Audience audience);
}
