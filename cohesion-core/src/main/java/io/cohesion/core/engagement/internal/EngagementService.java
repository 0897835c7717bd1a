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
import io.cohesion.core.engagement.FollowUp;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.RecordEngagement;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.engagement.SignalTally;
import io.cohesion.core.engagement.SignalTheme;
import io.cohesion.core.engagement.ThemeCount;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** {@link RecordEngagement} on the meeting, ambassador, signal and building stores. */
public final class EngagementService implements RecordEngagement {
  private final MeetingRepository meetings;
  private final AmbassadorRepository ambassadors;
  private final SignalRepository signals;
  private final BuildingRepository buildings;
  private final DisclosurePolicy policy;
  private final Clock clock;

  public EngagementService(
      MeetingRepository meetings,
      AmbassadorRepository ambassadors,
      SignalRepository signals,
      BuildingRepository buildings,
      DisclosurePolicy policy,
      Clock clock) {
    this.meetings = requireNonNull(meetings, "meetings");
    this.ambassadors = requireNonNull(ambassadors, "ambassadors");
    this.signals = requireNonNull(signals, "signals");
    this.buildings = requireNonNull(buildings, "buildings");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
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
    LocalDate today = LocalDate.now(clock);
    ValidationException.require(
        !signal.date().isAfter(today),
        "date",
        "cannot be after today (" + today + "), got " + signal.date());
    return signals.create(signal.recordedOn(today));
  }

  @Override
  public Versioned<Signal> followUp(
      SignalId id, FollowUpStatus status, String by, long expectedVersion) {
    Signal signal = signal(id).value();
    return signals.update(
        signal.with(new FollowUp(status, by, LocalDate.now(clock))), expectedVersion);
  }

  @Override
  public SignalTally signalTally(NeighbourhoodId neighbourhood, Audience audience) {
    List<Signal> heard = new ArrayList<>();
    for (Versioned<Building> building : Page.collectAll(r -> buildings.list(neighbourhood, r))) {
      Page.collectAll(r -> signals.list(building.value().id(), r))
          .forEach(s -> heard.add(s.value()));
    }
    LocalDate today = LocalDate.now(clock);
    SignalTheme[] themes = SignalTheme.values();
    if (!audience.bound()) {
      int[] counts = new int[themes.length];
      heard.forEach(s -> counts[s.theme().ordinal()]++);
      List<ThemeCount> tally = new ArrayList<>();
      for (SignalTheme theme : themes) {
        tally.add(new ThemeCount(theme, OptionalInt.of(counts[theme.ordinal()])));
      }
      return new SignalTally(neighbourhood, today, OptionalInt.of(heard.size()), tally);
    }
    List<LocalDate> ends =
        heard.stream()
            .map(Signal::recorded)
            .min(LocalDate::compareTo)
            .map(first -> MonthlyCuts.monthEnds(first, today))
            .orElse(List.of());
    LocalDate lastMonth = today.withDayOfMonth(1).minusDays(1);
    if (ends.isEmpty()) {
      List<ThemeCount> zeros = new ArrayList<>();
      for (SignalTheme theme : themes) {
        zeros.add(new ThemeCount(theme, OptionalInt.of(0)));
      }
      return new SignalTally(neighbourhood, lastMonth, OptionalInt.of(0), zeros);
    }
    // The cells of a month: all signals recorded by its end, then those of each theme.
    List<List<int[]>> months = new ArrayList<>();
    for (LocalDate end : ends) {
      List<List<Integer>> members = new ArrayList<>();
      for (int c = 0; c <= themes.length; c++) {
        members.add(new ArrayList<>());
      }
      for (int position = 0; position < heard.size(); position++) {
        Signal signal = heard.get(position);
        if (!signal.recorded().isAfter(end)) {
          members.get(0).add(position);
          members.get(1 + signal.theme().ordinal()).add(position);
        }
      }
      months.add(
          members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toList());
    }
    List<boolean[]> shown = MonthlyCuts.shown(policy, months, heard.size(), audience);
    List<int[]> last = months.get(months.size() - 1);
    boolean[] visible = shown.get(shown.size() - 1);
    List<ThemeCount> tally = new ArrayList<>();
    for (SignalTheme theme : themes) {
      int c = 1 + theme.ordinal();
      tally.add(
          new ThemeCount(
              theme, visible[c] ? OptionalInt.of(last.get(c).length) : OptionalInt.empty()));
    }
    return new SignalTally(
        neighbourhood,
        ends.get(ends.size() - 1),
        visible[0] ? OptionalInt.of(last.get(0).length) : OptionalInt.empty(),
        tally);
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
