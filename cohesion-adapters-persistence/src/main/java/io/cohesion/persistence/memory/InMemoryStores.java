package io.cohesion.persistence.memory;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.initiative.ConsultationRepository;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationBatchId;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.InvitationTally;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.StateSummary;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.core.privacy.WaveStatus;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.persistence.Stores;
import io.cohesion.persistence.internal.TableRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Every port in memory, for tests and quick embedding. Thread-safe: one lock guards all data, so
 * checks that span aggregates (a scale still used by a measurement) see one consistent state.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class InMemoryStores implements Stores {
  private final Object lock = new Object();
  private final MemoryTable<WishMap> wishMapTable =
      new MemoryTable<>(lock, "wish map", m -> m.id().value(), List.of());
  private final MemoryTable<Scale> scaleTable =
      new MemoryTable<>(lock, "scale", s -> s.id().value(), List.of());
  private final MemoryTable<Measurement> measurementTable =
      new MemoryTable<>(
          lock,
          "measurement",
          m -> m.id().value(),
          List.of(MemoryTable.Reference.one("scale", scaleTable, m -> m.scale().value())));
  private final MemoryWishMapResponses wishMapResponses = new MemoryWishMapResponses();
  private final MemoryMeasurementResponses measurementResponses = new MemoryMeasurementResponses();
  private final WishMaps wishMaps = new WishMaps(wishMapTable);
  private final Scales scales = new Scales(scaleTable);
  private final Measurements measurements = new Measurements(measurementTable);
  private final Invitations invitations = new Invitations();
  private final MemoryAggregates aggregates = new MemoryAggregates(lock);
  private final WaveStatuses waveStatuses = new WaveStatuses();
  private final MemoryWishCodes wishCodes = new MemoryWishCodes(lock, wishMapTable::contains);

  /** A new, empty store. */
  public InMemoryStores() {
    wishMapTable.referredToBy(
        new MemoryTable.Referrer(
            "response",
            id -> wishMapResponses.hasResponses(new WishMapId(id)),
            "erase the responses first"));
    wishMapTable.owning(id -> waveStatuses.forget(WaveId.wishMap(id)));
    wishMapTable.owning(wishCodes::forget);
    measurementTable.referredToBy(
        new MemoryTable.Referrer(
            "response",
            id -> measurementResponses.hasResponses(new MeasurementId(id)),
            "erase the responses first"));
    measurementTable.owning(id -> waveStatuses.forget(WaveId.measurement(id)));
    // Measurements name their neighbourhood without requiring it (see MeasurementRepository), but
    // one that is stored is not deleted under them.
    aggregates.neighbourhoodsReferredToBy(
        new MemoryTable.Referrer(
            "measurement",
            id ->
                measurementTable.all().stream()
                    .anyMatch(m -> m.value().neighbourhood().value().equals(id)),
            "delete that first"));
  }

  @Override
  public WishMapRepository wishMaps() {
    return wishMaps;
  }

  @Override
  public WishMapResponseStore wishMapResponses() {
    return wishMapResponses;
  }

  @Override
  public ScaleRepository scales() {
    return scales;
  }

  @Override
  public MeasurementRepository measurements() {
    return measurements;
  }

  @Override
  public MeasurementResponseStore measurementResponses() {
    return measurementResponses;
  }

  @Override
  public InvitationRepository invitations() {
    return invitations;
  }

  @Override
  public NeighbourhoodRepository neighbourhoods() {
    return aggregates.neighbourhoods;
  }

  @Override
  public BuildingRepository buildings() {
    return aggregates.buildings;
  }

  @Override
  public InitiativeRepository initiatives() {
    return aggregates.initiatives;
  }

  @Override
  public ActivityRepository activities() {
    return aggregates.activities;
  }

  @Override
  public ActivitySessionRepository activitySessions() {
    return aggregates.activitySessions;
  }

  @Override
  public MeetingRepository meetings() {
    return aggregates.meetings;
  }

  @Override
  public AmbassadorRepository ambassadors() {
    return aggregates.ambassadors;
  }

  @Override
  public HouseholdPhaseRepository householdPhases() {
    return aggregates.householdPhases;
  }

  @Override
  public ConsultationRepository consultations() {
    return aggregates.consultations;
  }

  @Override
  public SignalRepository signals() {
    return aggregates.signals;
  }

  @Override
  public ParkedTopicRepository parkedTopics() {
    return aggregates.parkedTopics;
  }

  @Override
  public BenefitStatementRepository benefitStatements() {
    return aggregates.benefitStatements;
  }

  @Override
  public ResultRepository results() {
    return aggregates.results;
  }

  @Override
  public WaveStatusRepository waveStatuses() {
    return waveStatuses;
  }

  @Override
  public WishCodeRepository wishCodes() {
    return wishCodes;
  }

  @Override
  public void close() {
    // Nothing to release: the data goes with the object.
  }

  private final class MemoryWishMapResponses extends MemoryResponses<WishMapId, WishMapResponse>
      implements WishMapResponseStore {
    MemoryWishMapResponses() {
      super(
          lock,
          "wish map",
          id -> wishMapTable.contains(id.value()),
          WishMapResponse::respondent,
          WishMapResponse::segments,
          WishMapResponse::withRespondent,
          id -> waveStatuses.lastStateIds(WaveId.wishMap(id.value())));
    }
  }

  private final class MemoryMeasurementResponses
      extends MemoryResponses<MeasurementId, MeasurementResponse>
      implements MeasurementResponseStore {
    MemoryMeasurementResponses() {
      super(
          lock,
          "measurement",
          id -> measurementTable.contains(id.value()),
          MeasurementResponse::respondent,
          MeasurementResponse::attributes,
          MeasurementResponse::withRespondent,
          id -> waveStatuses.lastStateIds(WaveId.measurement(id.value())));
    }
  }

  private static final class WishMaps
      extends TableRepository<WishMapId, WishMap, MemoryTable<WishMap>>
      implements WishMapRepository {
    WishMaps(MemoryTable<WishMap> table) {
      super(table, WishMapId::value);
    }
  }

  private static final class Scales extends TableRepository<ScaleId, Scale, MemoryTable<Scale>>
      implements ScaleRepository {
    Scales(MemoryTable<Scale> table) {
      super(table, ScaleId::value);
    }
  }

  private static final class Measurements
      extends TableRepository<MeasurementId, Measurement, MemoryTable<Measurement>>
      implements MeasurementRepository {
    private static final Comparator<Versioned<Measurement>> BY_DATE =
        Comparator.comparing((Versioned<Measurement> m) -> m.value().opened())
            .thenComparing(m -> m.value().id().value());

    Measurements(MemoryTable<Measurement> table) {
      super(table, MeasurementId::value);
    }

    @Override
    public List<Versioned<Measurement>> byScale(ScaleId scale) {
      return table.all().stream()
          .filter(m -> m.value().scale().equals(scale))
          .sorted(BY_DATE)
          .toList();
    }

    @Override
    public List<Versioned<Measurement>> byNeighbourhood(NeighbourhoodId neighbourhood) {
      return table.all().stream()
          .filter(m -> m.value().neighbourhood().equals(neighbourhood))
          .sorted(BY_DATE)
          .toList();
    }
  }

  private final class Invitations implements InvitationRepository {
    private final TreeMap<String, Invitation> byHash = new TreeMap<>();

    @Override
    public void create(List<Invitation> batch) {
      synchronized (lock) {
        Set<String> hashes = new HashSet<>();
        for (Invitation invitation : batch) {
          if (byHash.containsKey(invitation.codeHash()) || !hashes.add(invitation.codeHash())) {
            throw new ConflictException("an invitation code of this batch exists already");
          }
        }
        batch.forEach(i -> byHash.put(i.codeHash(), i));
      }
    }

    @Override
    public Optional<Invitation> find(String codeHash) {
      synchronized (lock) {
        return Optional.ofNullable(byHash.get(codeHash));
      }
    }

    @Override
    public Page<Invitation> list(PageRequest request) {
      synchronized (lock) {
        List<Invitation> items =
            byHash.values().stream()
                .sorted(
                    Comparator.comparing((Invitation i) -> i.label().orElse(""))
                        .thenComparing(Invitation::codeHash))
                .skip(request.offset())
                .limit(request.pageSize())
                .toList();
        return new Page<>(items, request, byHash.size());
      }
    }

    @Override
    public boolean rekey(String legacyHash, String codeHash) {
      synchronized (lock) {
        Invitation legacy = byHash.get(legacyHash);
        if (legacy == null || legacy.hashKind() != Invitation.HashKind.SHA256) {
          return false;
        }
        if (byHash.containsKey(codeHash)) {
          throw new ConflictException("an invitation with this code hash exists already");
        }
        byHash.remove(legacyHash);
        byHash.put(codeHash, legacy.rehashed(codeHash, Invitation.HashKind.HMAC_SHA256));
        return true;
      }
    }

    @Override
    public List<InvitationTally> tally(WaveId wave) {
      synchronized (lock) {
        Set<Pseudonym> answered =
            wave.kind() == WaveKind.WISH_MAP
                ? wishMapResponses.respondents(new WishMapId(wave.id()))
                : measurementResponses.respondents(new MeasurementId(wave.id()));
        record Key(
            InvitationBatchId batch, Optional<String> label, Optional<BuildingId> building) {}
        Map<Key, int[]> counts =
            new TreeMap<>(
                Comparator.comparing((Key k) -> k.batch().value())
                    .thenComparing(k -> k.building().isPresent())
                    .thenComparing(k -> k.building().map(BuildingId::value).orElse("")));
        for (Invitation invitation : byHash.values()) {
          if (invitation.batch().isEmpty()) {
            continue;
          }
          int[] c =
              counts.computeIfAbsent(
                  new Key(invitation.batch().get(), invitation.label(), invitation.building()),
                  k -> new int[2]);
          c[0]++;
          if (invitation.pseudonym().filter(answered::contains).isPresent()) {
            c[1]++;
          }
        }
        List<InvitationTally> tallies = new ArrayList<>();
        counts.forEach(
            (k, c) ->
                tallies.add(new InvitationTally(k.batch(), k.label(), k.building(), c[0], c[1])));
        return tallies;
      }
    }
  }

  private final class WaveStatuses implements WaveStatusRepository {
    private final Map<WaveId, Versioned<WaveStatus>> statuses = new HashMap<>();
    private final Map<WaveId, List<ReleaseState>> states = new HashMap<>();
    private final Map<WaveId, StateSummary> lastStates = new HashMap<>();

    private boolean exists(WaveId wave) {
      return wave.kind() == WaveKind.WISH_MAP
          ? wishMapTable.contains(wave.id())
          : measurementTable.contains(wave.id());
    }

    /** Drops the status and states of a deleted wave, and the answers retained for them. */
    void forget(WaveId wave) {
      statuses.remove(wave);
      states.remove(wave);
      lastStates.remove(wave);
      dropRetained(wave);
    }

    /** The response ids of the wave's last state, ascending; empty when it has none. */
    long[] lastStateIds(WaveId wave) {
      List<ReleaseState> cut = states.getOrDefault(wave, List.of());
      return cut.isEmpty() ? new long[0] : cut.get(cut.size() - 1).respondents();
    }

    private void dropRetained(WaveId wave) {
      if (wave.kind() == WaveKind.WISH_MAP) {
        wishMapResponses.dropRetained(new WishMapId(wave.id()));
        // The codings of their wishes go with them (docs/privacy.md#wishes).
        if (wishMapTable.contains(wave.id())) {
          long[] live = wishMapResponses.ids(new WishMapId(wave.id()));
          wishCodes.keepLive(wave.id(), id -> Arrays.binarySearch(live, id) >= 0);
        }
      } else {
        measurementResponses.dropRetained(new MeasurementId(wave.id()));
      }
    }

    @Override
    public Optional<Versioned<WaveStatus>> find(WaveId wave) {
      synchronized (lock) {
        if (!exists(wave)) {
          return Optional.empty();
        }
        return Optional.of(statuses.getOrDefault(wave, new Versioned<>(WaveStatus.open(wave), 1)));
      }
    }

    @Override
    public Versioned<WaveStatus> update(
        WaveStatus status, long expectedVersion, Optional<ReleaseState> cut) {
      WaveId wave = status.wave();
      synchronized (lock) {
        Versioned<WaveStatus> current =
            find(wave).orElseThrow(() -> new NotFoundException(wave.kind().label(), wave.id()));
        if (current.version() != expectedVersion) {
          throw new ConflictException(
              "the status of "
                  + wave
                  + " is at version "
                  + current.version()
                  + ", not the expected version "
                  + expectedVersion);
        }
        List<ReleaseState> kept = states.getOrDefault(wave, List.of());
        if (cut.isPresent()) {
          ReleaseState state = cut.get();
          if (!state.wave().equals(wave)) {
            throw new IllegalArgumentException(
                "a state of " + state.wave() + " is not one of " + wave);
          }
          if (kept.stream().anyMatch(s -> s.sequence() == state.sequence())) {
            throw new ConflictException(
                "state " + state.sequence() + " of " + wave + " exists already");
          }
          List<ReleaseState> more = new ArrayList<>(kept);
          more.add(state);
          more.sort(Comparator.comparingInt(ReleaseState::sequence));
          states.put(wave, List.copyOf(more));
          lastStates.put(wave, StateSummary.of(more.get(more.size() - 1)));
          dropRetained(wave);
        }
        Versioned<WaveStatus> stored = new Versioned<>(status, expectedVersion + 1);
        statuses.put(wave, stored);
        return stored;
      }
    }

    @Override
    public List<ReleaseState> states(WaveId wave) {
      synchronized (lock) {
        return states.getOrDefault(wave, List.of());
      }
    }

    @Override
    public long[] respondents(WaveId wave) {
      synchronized (lock) {
        return wave.kind() == WaveKind.WISH_MAP
            ? wishMapResponses.ids(new WishMapId(wave.id()))
            : measurementResponses.ids(new MeasurementId(wave.id()));
      }
    }

    @Override
    public Optional<StateSummary> lastState(WaveId wave) {
      synchronized (lock) {
        return Optional.ofNullable(lastStates.get(wave));
      }
    }

    @Override
    public Optional<ReleaseState> state(WaveId wave, int sequence) {
      synchronized (lock) {
        return states.getOrDefault(wave, List.of()).stream()
            .filter(s -> s.sequence() == sequence)
            .findFirst();
      }
    }

    @Override
    public OptionalLong erasures(WaveId wave) {
      synchronized (lock) {
        return OptionalLong.of(
            wave.kind() == WaveKind.WISH_MAP
                ? wishMapResponses.erasures(new WishMapId(wave.id()))
                : measurementResponses.erasures(new MeasurementId(wave.id())));
      }
    }
  }
}
