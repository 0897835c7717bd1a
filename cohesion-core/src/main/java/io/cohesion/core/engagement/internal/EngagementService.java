package io.cohesion.core.engagement.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.engagement.AttendanceTrend;
import io.cohesion.core.engagement.Coverage;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.RecordEngagement;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.ArrayList;
import java.util.List;

/** {@link RecordEngagement} on the meeting, ambassador, signal and building stores. */
public final class EngagementService implements RecordEngagement {
  private final MeetingRepository meetings;
  private final AmbassadorRepository ambassadors;
  private final SignalRepository signals;
  private final BuildingRepository buildings;

  public EngagementService(
      MeetingRepository meetings,
      AmbassadorRepository ambassadors,
      SignalRepository signals,
      BuildingRepository buildings) {
    this.meetings = requireNonNull(meetings, "meetings");
    this.ambassadors = requireNonNull(ambassadors, "ambassadors");
    this.signals = requireNonNull(signals, "signals");
    this.buildings = requireNonNull(buildings, "buildings");
  }

  @Override
  public Versioned<Meeting> recordMeeting(Meeting meeting) {
    return meetings.create(meeting);
  }

  @Override
  public Versioned<Meeting> correctMeeting(Meeting meeting, long expectedVersion) {
    return meetings.update(meeting, expectedVersion);
  }

  @Override
  public Versioned<Meeting> meeting(MeetingId id) {
    return meetings.find(id).orElseThrow(() -> new NotFoundException("meeting", id));
  }

  @Override
  public Page<Versioned<Meeting>> meetings(NeighbourhoodId neighbourhood, PageRequest request) {
    return meetings.list(neighbourhood, request);
  }

  @Override
  public AttendanceTrend attendanceTrend(NeighbourhoodId neighbourhood) {
    return AttendanceTrend.of(
        Page.collectAll(r -> meetings.list(neighbourhood, r)).stream()
            .map(Versioned::value)
            .toList());
  }

  @Override
  public Versioned<Ambassador> appointAmbassador(Ambassador ambassador) {
    if (buildings.find(ambassador.building()).isEmpty()) {
      throw new NotFoundException("building", ambassador.building());
    }
    return ambassadors.create(ambassador);
  }

  @Override
  public Versioned<Ambassador> setActive(AmbassadorId id, boolean active, long expectedVersion) {
    return ambassadors.update(ambassador(id).value().withActive(active), expectedVersion);
  }

  @Override
  public Versioned<Ambassador> ambassador(AmbassadorId id) {
    return ambassadors.find(id).orElseThrow(() -> new NotFoundException("ambassador", id));
  }

  @Override
  public Page<Versioned<Ambassador>> ambassadors(BuildingId building, PageRequest request) {
    return ambassadors.list(building, request);
  }

  @Override
  public Coverage coverage(NeighbourhoodId neighbourhood) {
    List<Building> inNeighbourhood =
        Page.collectAll(r -> buildings.list(neighbourhood, r)).stream()
            .map(Versioned::value)
            .toList();
    List<Ambassador> theirAmbassadors = new ArrayList<>();
    for (Building building : inNeighbourhood) {
      Page.collectAll(r -> ambassadors.list(building.id(), r))
          .forEach(a -> theirAmbassadors.add(a.value()));
    }
    return Coverage.of(inNeighbourhood, theirAmbassadors);
  }

  @Override
  public Versioned<Signal> recordSignal(Signal signal) {
    Ambassador ambassador = ambassador(signal.recordedBy()).value();
    ValidationException.require(
        ambassador.building().equals(signal.building()),
        "building",
        "ambassador "
            + ambassador.id()
            + " looks after "
            + ambassador.building()
            + ", not "
            + signal.building());
    return signals.create(signal);
  }

  @Override
  public Versioned<Signal> signal(SignalId id) {
    return signals.find(id).orElseThrow(() -> new NotFoundException("signal", id));
  }

  @Override
  public Page<Versioned<Signal>> signals(BuildingId building, PageRequest request) {
    return signals.list(building, request);
  }
}
