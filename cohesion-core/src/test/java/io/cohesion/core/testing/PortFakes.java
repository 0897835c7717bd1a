package io.cohesion.core.testing;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementId;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.ConsultationRepository;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveStatus;
import io.cohesion.core.privacy.WaveStatusRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * In-memory fakes of the repository ports of the method beyond wish maps and measurements: for the
 * use-case tests of the core and for the REST adapter's tests, which wire them into the API.
 */
public final class PortFakes {
  private PortFakes() {}

  public static final class Neighbourhoods extends InMemoryStore<NeighbourhoodId, Neighbourhood>
      implements NeighbourhoodRepository {
    public Neighbourhoods() {
      super("neighbourhood", Neighbourhood::id);
    }
  }

  public static final class Buildings extends InMemoryStore<BuildingId, Building>
      implements BuildingRepository {
    public Buildings() {
      super("building", Building::id);
    }

    @Override
    public Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(b -> b.neighbourhood().equals(neighbourhood), request);
    }
  }

  public static final class Initiatives extends InMemoryStore<InitiativeId, Initiative>
      implements InitiativeRepository {
    public Initiatives() {
      super("initiative", Initiative::id);
    }
  }

  public static final class Activities extends InMemoryStore<ActivityId, Activity>
      implements ActivityRepository {
    public Activities() {
      super("activity", Activity::id);
    }

    @Override
    public Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(a -> a.neighbourhood().equals(neighbourhood), request);
    }
  }

  public static final class Sessions implements ActivitySessionRepository {
    private final List<ActivitySession> stored = Collections.synchronizedList(new ArrayList<>());
    private final Map<List<String>, ActivitySession> byKey = new HashMap<>();

    @Override
    public ActivitySession add(ActivitySession session, Optional<IdempotencyKey> key) {
      synchronized (stored) {
        if (key.isPresent()) {
          List<String> scoped = List.of(session.activity().value(), key.get().value());
          ActivitySession earlier = byKey.putIfAbsent(scoped, session);
          if (earlier != null) {
            return earlier;
          }
        }
        stored.add(session);
        return session;
      }
    }

    @Override
    public List<ActivitySession> sessions(ActivityId activity) {
      synchronized (stored) {
        return stored.stream()
            .filter(s -> s.activity().equals(activity))
            .sorted(Comparator.comparing(ActivitySession::date))
            .toList();
      }
    }
  }

  public static final class Meetings extends InMemoryStore<MeetingId, Meeting>
      implements MeetingRepository {
    public Meetings() {
      super("meeting", Meeting::id);
    }

    @Override
    public Page<Versioned<Meeting>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(m -> m.neighbourhood().equals(neighbourhood), request);
    }
  }

  public static final class Ambassadors extends InMemoryStore<AmbassadorId, Ambassador>
      implements AmbassadorRepository {
    public Ambassadors() {
      super("ambassador", Ambassador::id);
    }

    @Override
    public Page<Versioned<Ambassador>> list(BuildingId building, PageRequest request) {
      return list(a -> a.building().equals(building), request);
    }
  }

  public static final class Signals extends InMemoryStore<SignalId, Signal>
      implements SignalRepository {
    public Signals() {
      super("signal", Signal::id);
    }

    @Override
    public Page<Versioned<Signal>> list(BuildingId building, PageRequest request) {
      return list(s -> s.building().equals(building), request);
    }
  }

  public static final class HouseholdPhases extends InMemoryStore<Pseudonym, HouseholdPhase>
      implements HouseholdPhaseRepository {
    private final java.util.Map<String, io.cohesion.core.engagement.RetainedHousehold> retained =
        new java.util.TreeMap<>();

    public HouseholdPhases() {
      super("household", HouseholdPhase::household);
    }

    @Override
    public Page<Versioned<HouseholdPhase>> list(BuildingId building, PageRequest request) {
      return list(h -> h.building().equals(building), request);
    }

    @Override
    public synchronized boolean erase(
        Pseudonym household,
        java.util.Optional<io.cohesion.core.engagement.RetainedHousehold> kept) {
      java.util.Optional<Versioned<HouseholdPhase>> found = find(household);
      if (found.isEmpty()) {
        return false;
      }
      delete(household, found.get().version());
      kept.ifPresent(r -> retained.put(r.household().household().value(), r));
      return true;
    }

    @Override
    public synchronized java.util.List<io.cohesion.core.engagement.RetainedHousehold> retained(
        BuildingId building) {
      return retained.values().stream()
          .filter(r -> r.household().building().equals(building))
          .toList();
    }
  }

  public static final class Consultations extends InMemoryStore<ConsultationId, Consultation>
      implements ConsultationRepository {
    public Consultations() {
      super("consultation", Consultation::id);
    }

    @Override
    public Page<Versioned<Consultation>> list(InitiativeId initiative, PageRequest request) {
      return list(c -> c.initiative().equals(initiative), request);
    }
  }

  public static final class Topics extends InMemoryStore<ParkedTopicId, ParkedTopic>
      implements ParkedTopicRepository {
    public Topics() {
      super("parked topic", ParkedTopic::id);
    }

    @Override
    public Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(t -> t.neighbourhood().equals(neighbourhood), request);
    }
  }

  public static final class Statements extends InMemoryStore<BenefitStatementId, BenefitStatement>
      implements BenefitStatementRepository {
    public Statements() {
      super("benefit statement", BenefitStatement::id);
    }

    @Override
    public Page<Versioned<BenefitStatement>> list(BuildingId building, PageRequest request) {
      return list(s -> s.subject().building().equals(building), request);
    }
  }

  public static final class Results extends InMemoryStore<ResultId, Result>
      implements ResultRepository {
    public Results() {
      super("result", Result::id);
    }

    @Override
    public Page<Versioned<Result>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(r -> r.neighbourhood().equals(neighbourhood), request);
    }
  }

  /**
   * Wave statuses and release states in memory, over waves the test declares with {@link #addWave}
   * and whose response ids it sets with {@link #respond} and {@link #erase}.
   */
  public static final class WaveStatuses implements WaveStatusRepository {
    private final Map<WaveId, TreeSet<Long>> waves = new HashMap<>();
    private final Map<WaveId, Versioned<WaveStatus>> statuses = new HashMap<>();
    private final Map<WaveId, List<ReleaseState>> states = new HashMap<>();
    private final Map<WaveId, Long> erasures = new HashMap<>();
    private boolean countsErasures;
    private int idReads;

    /**
     * Makes {@link #erasures} count the erasures of each wave, as the library's stores do; without
     * this it counts none (the port's default), and every check of a state reads the ids.
     */
    public WaveStatuses countingErasures() {
      countsErasures = true;
      return this;
    }

    /** How many times the ids of a wave's responses were read ({@link #respondents}). */
    public synchronized int idReads() {
      return idReads;
    }

    /** Declares a wave without responses. */
    public WaveStatuses addWave(WaveId wave) {
      waves.putIfAbsent(wave, new TreeSet<>());
      return this;
    }

    /** Adds the responses with {@code ids} to a declared wave. */
    public WaveStatuses respond(WaveId wave, long... ids) {
      for (long id : ids) {
        waves.get(wave).add(id);
      }
      return this;
    }

    /** Erases the responses with {@code ids} from a declared wave. */
    public WaveStatuses erase(WaveId wave, long... ids) {
      for (long id : ids) {
        if (waves.get(wave).remove(id)) {
          erasures.merge(wave, 1L, Long::sum);
        }
      }
      return this;
    }

    @Override
    public synchronized Optional<Versioned<WaveStatus>> find(WaveId wave) {
      if (!waves.containsKey(wave)) {
        return Optional.empty();
      }
      return Optional.of(statuses.getOrDefault(wave, new Versioned<>(WaveStatus.open(wave), 1)));
    }

    @Override
    public synchronized Versioned<WaveStatus> update(
        WaveStatus status, long expectedVersion, Optional<ReleaseState> cut) {
      Versioned<WaveStatus> current =
          find(status.wave()).orElseThrow(() -> new NotFoundException("wave", status.wave()));
      if (current.version() != expectedVersion) {
        throw new ConflictException(
            status.wave() + " is at version " + current.version() + ", not " + expectedVersion);
      }
      List<ReleaseState> kept = states.computeIfAbsent(status.wave(), w -> new ArrayList<>());
      if (cut.isPresent()) {
        if (cut.get().sequence() != kept.size() + 1) {
          throw new ConflictException("state " + cut.get().sequence() + " exists already");
        }
        kept.add(cut.get());
      }
      Versioned<WaveStatus> stored = new Versioned<>(status, expectedVersion + 1);
      statuses.put(status.wave(), stored);
      return stored;
    }

    @Override
    public synchronized List<ReleaseState> states(WaveId wave) {
      return List.copyOf(states.getOrDefault(wave, List.of()));
    }

    @Override
    public synchronized OptionalLong erasures(WaveId wave) {
      return countsErasures
          ? OptionalLong.of(erasures.getOrDefault(wave, 0L))
          : OptionalLong.empty();
    }

    @Override
    public synchronized long[] respondents(WaveId wave) {
      idReads++;
      TreeSet<Long> ids = waves.get(wave);
      if (ids == null) {
        throw new NotFoundException("wave", wave);
      }
      return ids.stream().mapToLong(Long::longValue).toArray();
    }
  }
}
