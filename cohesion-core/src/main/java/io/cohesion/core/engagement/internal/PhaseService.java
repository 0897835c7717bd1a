package io.cohesion.core.engagement.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.FollowPhases;
import io.cohesion.core.engagement.FunnelCell;
import io.cohesion.core.engagement.FunnelSnapshot;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.PhaseCount;
import io.cohesion.core.engagement.PhaseMove;
import io.cohesion.core.engagement.RetainedHousehold;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Pseudonym;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/** {@link FollowPhases} on the household phase and building stores. */
public final class PhaseService implements FollowPhases {
  private final HouseholdPhaseRepository phases;
  private final BuildingRepository buildings;
  private final DisclosurePolicy policy;
  private final Clock clock;
  private final MonthCache cuts = new MonthCache();

  public PhaseService(
      HouseholdPhaseRepository phases,
      BuildingRepository buildings,
      DisclosurePolicy policy,
      Clock clock) {
    this.phases = requireNonNull(phases, "phases");
    this.buildings = requireNonNull(buildings, "buildings");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Versioned<HouseholdPhase> move(Move move) {
    LocalDate today = LocalDate.now(clock);
    ValidationException.require(
        !move.date().isAfter(today),
        "date",
        "cannot be after today (" + today + "), got " + move.date());
    if (buildings.find(move.building()).isEmpty()) {
      throw new NotFoundException("building", move.building());
    }
    Optional<Versioned<HouseholdPhase>> found = phases.find(move.household());
    if (found.isEmpty()) {
      return phases.create(
          HouseholdPhase.start(
              move.household(),
              move.building(),
              move.to(),
              move.date(),
              today,
              move.reason(),
              move.reference()));
    }
    Versioned<HouseholdPhase> current = found.get();
    HouseholdPhase household = current.value();
    ValidationException.require(
        household.building().equals(move.building()),
        "building",
        "the household lives in " + household.building() + ", not " + move.building());
    if (household.phase() == move.to()) {
      // A second meeting attended while informed already changes nothing: not an error, no move.
      return current;
    }
    ValidationException.require(
        move.to().compareTo(household.phase()) > 0 || move.reason().mayGoBack(),
        "to",
        "the household is "
            + household.phase().label().en()
            + " already; only a coordinator moves a household back (reason coordinator)");
    ValidationException.require(
        !move.date().isBefore(household.lastMoved()),
        "date",
        "cannot be before the household's last move (" + household.lastMoved() + ")");
    long expected = move.expectedVersion().orElse(current.version());
    return phases.update(
        household.with(
            new PhaseMove(
                Optional.of(household.phase()),
                move.to(),
                move.date(),
                today,
                move.reason(),
                move.reference())),
        expected);
  }

  @Override
  public Versioned<HouseholdPhase> household(Pseudonym household) {
    return phases.find(household).orElseThrow(() -> new NotFoundException("household", household));
  }

  @Override
  public Page<Versioned<HouseholdPhase>> households(BuildingId building, PageRequest request) {
    return phases.list(building, request);
  }

  /**
   * The neighbourhood's buildings in listing order, each with its households; for bound readers
   * also the erased households its released months keep, each counted up to its {@code until}.
   */
  private record Place(
      List<Building> buildings,
      List<List<HouseholdPhase>> households,
      Map<Pseudonym, LocalDate> until) {
    int size() {
      return households.stream().mapToInt(List::size).sum();
    }

    /** The phase {@code household} was known to be in at the end of {@code date}. */
    Optional<Phase> known(HouseholdPhase household, LocalDate date) {
      LocalDate last = until.get(household.household());
      return last != null && date.isAfter(last) ? Optional.empty() : household.phaseKnownAt(date);
    }
  }

  private Place place(NeighbourhoodId neighbourhood, boolean withRetained) {
    List<Building> inNeighbourhood =
        Page.collectAll(r -> buildings.list(neighbourhood, r)).stream()
            .map(Versioned::value)
            .toList();
    List<List<HouseholdPhase>> households = new ArrayList<>();
    Map<Pseudonym, LocalDate> until = new HashMap<>();
    for (Building building : inNeighbourhood) {
      List<HouseholdPhase> inBuilding =
          new ArrayList<>(
              Page.collectAll(r -> phases.list(building.id(), r)).stream()
                  .map(Versioned::value)
                  .toList());
      if (withRetained) {
        for (RetainedHousehold kept : phases.retained(building.id())) {
          inBuilding.add(kept.household());
          until.put(kept.household().household(), kept.until());
        }
      }
      households.add(List.copyOf(inBuilding));
    }
    return new Place(inNeighbourhood, households, until);
  }

  @Override
  public FunnelSnapshot funnel(
      NeighbourhoodId neighbourhood, Optional<LocalDate> asked, Audience audience) {
    Place place = place(neighbourhood, audience.bound());
    if (!audience.bound()) {
      return live(neighbourhood, place, asked.orElseGet(() -> LocalDate.now(clock)));
    }
    List<LocalDate> released = monthEnds(place);
    if (asked.isEmpty() && released.isEmpty()) {
      // Nothing was recorded before this month: as known at the end of last month, every count
      // is zero, which singles out no one.
      LocalDate lastMonth = LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
      return snapshot(neighbourhood, place, lastMonth, place::known, null);
    }
    LocalDate date = asked.orElseGet(() -> released.get(released.size() - 1));
    ValidationException.require(
        released.contains(date),
        "date",
        "the funnel is released at the end of each month that is over"
            + (released.isEmpty()
                ? "; none is yet"
                : ", from " + released.get(0) + " to " + released.get(released.size() - 1))
            + "; got "
            + date);
    List<FunnelSnapshot> history = bound(neighbourhood, place, released, audience);
    return history.get(released.indexOf(date));
  }

  @Override
  public List<FunnelSnapshot> funnelHistory(NeighbourhoodId neighbourhood, Audience audience) {
    Place place = place(neighbourhood, audience.bound());
    List<LocalDate> ends = monthEnds(place);
    if (audience.bound()) {
      return bound(neighbourhood, place, ends, audience);
    }
    List<FunnelSnapshot> history = new ArrayList<>();
    for (LocalDate end : ends) {
      history.add(live(neighbourhood, place, end));
    }
    history.add(live(neighbourhood, place, LocalDate.now(clock)));
    return history;
  }

  @Override
  public List<LocalDate> releasedDates(NeighbourhoodId neighbourhood) {
    return monthEnds(place(neighbourhood, true));
  }

  /** The last day of every month from that of the first recorded move to last month. */
  private List<LocalDate> monthEnds(Place place) {
    return place.households().stream()
        .flatMap(List::stream)
        .map(h -> h.moves().get(0).recorded())
        .min(LocalDate::compareTo)
        .map(first -> MonthlyCuts.monthEnds(first, LocalDate.now(clock)))
        .orElse(List.of());
  }

  /** Every count at {@code date}, by the dates moves happened: for those who see households. */
  private FunnelSnapshot live(NeighbourhoodId neighbourhood, Place place, LocalDate date) {
    return snapshot(neighbourhood, place, date, HouseholdPhase::phaseAt, null);
  }

  /**
   * The funnel at each of {@code ends} as known then, each month's cells cut under the rule
   * together with the cells released for the months before it.
   */
  private List<FunnelSnapshot> bound(
      NeighbourhoodId neighbourhood, Place place, List<LocalDate> ends, Audience audience) {
    List<List<int[]>> months = ends.stream().map(end -> cells(place, end)).toList();
    List<Pseudonym> positions =
        place.households().stream().flatMap(List::stream).map(HouseholdPhase::household).toList();
    List<List<List<Pseudonym>>> members = new ArrayList<>();
    for (List<int[]> month : months) {
      members.add(
          month.stream()
              .map(cell -> Arrays.stream(cell).mapToObj(positions::get).toList())
              .toList());
    }
    // Months cut before are reused as long as they are still over exactly the same households.
    MonthCache.Key key = new MonthCache.Key(neighbourhood, audience.cutK());
    List<MonthCache.Month> cached = cuts.get(key).orElse(List.of());
    List<boolean[]> alreadyCut = new ArrayList<>();
    while (alreadyCut.size() < Math.min(cached.size(), ends.size())
        && cached
            .get(alreadyCut.size())
            .sameCells(ends.get(alreadyCut.size()), members.get(alreadyCut.size()))) {
      alreadyCut.add(cached.get(alreadyCut.size()).hidden());
    }
    List<boolean[]> hidden =
        MonthlyCuts.hidden(policy, months, alreadyCut, place.size(), audience.cutK());
    if (alreadyCut.size() < ends.size() || cached.size() != ends.size()) {
      List<MonthCache.Month> cut = new ArrayList<>();
      for (int m = 0; m < ends.size(); m++) {
        cut.add(new MonthCache.Month(ends.get(m), members.get(m), hidden.get(m)));
      }
      cuts.put(key, cut);
    }
    List<FunnelSnapshot> history = new ArrayList<>();
    for (int m = 0; m < ends.size(); m++) {
      boolean[] shown = MonthlyCuts.shown(months.get(m), hidden.get(m), audience);
      history.add(snapshot(neighbourhood, place, ends.get(m), place::known, shown));
    }
    return history;
  }

  /**
   * The cells of one month end in release order: the neighbourhood's phases, then each building's
   * phases; each holds the positions of the households that reached the phase or a later one.
   */
  private static List<int[]> cells(Place place, LocalDate end) {
    int phaseCount = Phase.values().length;
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < phaseCount * (1 + place.buildings().size()); c++) {
      members.add(new ArrayList<>());
    }
    int position = 0;
    for (int b = 0; b < place.buildings().size(); b++) {
      for (HouseholdPhase household : place.households().get(b)) {
        Optional<Phase> phase = place.known(household, end);
        if (phase.isPresent()) {
          for (int p = 0; p <= phase.get().ordinal(); p++) {
            members.get(p).add(position);
            members.get(phaseCount * (1 + b) + p).add(position);
          }
        }
        position++;
      }
    }
    List<int[]> cells = new ArrayList<>();
    for (List<Integer> cell : members) {
      cells.add(cell.stream().mapToInt(Integer::intValue).toArray());
    }
    return cells;
  }

  private static FunnelSnapshot snapshot(
      NeighbourhoodId neighbourhood,
      Place place,
      LocalDate date,
      BiFunction<HouseholdPhase, LocalDate, Optional<Phase>> phaseOf,
      boolean[] shown) {
    int phaseCount = Phase.values().length;
    int[][] counts = new int[1 + place.buildings().size()][phaseCount];
    for (int b = 0; b < place.buildings().size(); b++) {
      for (HouseholdPhase household : place.households().get(b)) {
        Optional<Phase> phase = phaseOf.apply(household, date);
        if (phase.isPresent()) {
          for (int p = 0; p <= phase.get().ordinal(); p++) {
            counts[0][p]++;
            counts[1 + b][p]++;
          }
        }
      }
    }
    List<FunnelCell> buildingCells = new ArrayList<>();
    for (int b = 0; b < place.buildings().size(); b++) {
      buildingCells.add(
          cell(place.buildings().get(b).id().value(), counts[1 + b], shown, phaseCount * (1 + b)));
    }
    return new FunnelSnapshot(
        date, cell(neighbourhood.value(), counts[0], shown, 0), buildingCells);
  }

  private static FunnelCell cell(String key, int[] counts, boolean[] shown, int offset) {
    List<PhaseCount> phaseCounts = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      boolean visible = shown == null || shown[offset + phase.ordinal()];
      phaseCounts.add(
          new PhaseCount(
              phase, visible ? OptionalInt.of(counts[phase.ordinal()]) : OptionalInt.empty()));
    }
    return new FunnelCell(key, phaseCounts);
  }
}
