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
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.ReleaseState;
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
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.persistence.Stores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final VersionedTable<WishMap> wishMapTable =
      new VersionedTable<>("wish map", m -> m.id().value());
  private final VersionedTable<Scale> scaleTable =
      new VersionedTable<>("scale", s -> s.id().value());
  private final VersionedTable<Measurement> measurementTable =
      new VersionedTable<>("measurement", m -> m.id().value());
  private final MemoryWishMapResponses wishMapResponses = new MemoryWishMapResponses();
  private final MemoryMeasurementResponses measurementResponses = new MemoryMeasurementResponses();
  private final WishMaps wishMaps = new WishMaps();
  private final Scales scales = new Scales();
  private final Measurements measurements = new Measurements();
  private final Invitations invitations = new Invitations();
  private final MemoryAggregates aggregates = new MemoryAggregates(lock);
  private final WaveStatuses waveStatuses = new WaveStatuses();

  /** A new, empty store. */
  public InMemoryStores() {
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
          id -> waveStatuses.lastState(WaveId.wishMap(id.value())));
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
          id -> waveStatuses.lastState(WaveId.measurement(id.value())));
    }
  }

  private final class WishMaps implements WishMapRepository {
    @Override
    public Versioned<WishMap> create(WishMap wishMap) {
      synchronized (lock) {
        return wishMapTable.insert(wishMap);
      }
    }

    @Override
    public Optional<Versioned<WishMap>> find(WishMapId id) {
      synchronized (lock) {
        return wishMapTable.find(id.value());
      }
    }

    @Override
    public Page<Versioned<WishMap>> list(PageRequest request) {
      synchronized (lock) {
        return wishMapTable.list(request);
      }
    }

    @Override
    public Versioned<WishMap> update(WishMap wishMap, long expectedVersion) {
      synchronized (lock) {
        return wishMapTable.update(wishMap, expectedVersion);
      }
    }

    @Override
    public void delete(WishMapId id, long expectedVersion) {
      synchronized (lock) {
        wishMapTable.expect(id.value(), expectedVersion);
        if (wishMapResponses.hasResponses(id)) {
          throw new ConflictException("wish map " + id + " has responses; erase them first");
        }
        wishMapTable.delete(id.value());
        waveStatuses.forget(WaveId.wishMap(id.value()));
      }
    }
  }

  private final class Scales implements ScaleRepository {
    @Override
    public Versioned<Scale> create(Scale scale) {
      synchronized (lock) {
        return scaleTable.insert(scale);
      }
    }

    @Override
    public Optional<Versioned<Scale>> find(ScaleId id) {
      synchronized (lock) {
        return scaleTable.find(id.value());
      }
    }

    @Override
    public Page<Versioned<Scale>> list(PageRequest request) {
      synchronized (lock) {
        return scaleTable.list(request);
      }
    }

    @Override
    public Versioned<Scale> update(Scale scale, long expectedVersion) {
      synchronized (lock) {
        return scaleTable.update(scale, expectedVersion);
      }
    }

    @Override
    public void delete(ScaleId id, long expectedVersion) {
      synchronized (lock) {
        scaleTable.expect(id.value(), expectedVersion);
        if (measurementTable.all().stream().anyMatch(m -> m.value().scale().equals(id))) {
          throw new ConflictException("scale " + id + " is used by a measurement");
        }
        scaleTable.delete(id.value());
      }
    }
  }

  private final class Measurements implements MeasurementRepository {
    private static final Comparator<Versioned<Measurement>> BY_DATE =
        Comparator.comparing((Versioned<Measurement> m) -> m.value().opened())
            .thenComparing(m -> m.value().id().value());

    private void requireScale(Measurement measurement) {
      if (!scaleTable.contains(measurement.scale().value())) {
        throw new NotFoundException("scale", measurement.scale());
      }
    }

    @Override
    public Versioned<Measurement> create(Measurement measurement) {
      synchronized (lock) {
        requireScale(measurement);
        return measurementTable.insert(measurement);
      }
    }

    @Override
    public Optional<Versioned<Measurement>> find(MeasurementId id) {
      synchronized (lock) {
        return measurementTable.find(id.value());
      }
    }

    @Override
    public Page<Versioned<Measurement>> list(PageRequest request) {
      synchronized (lock) {
        return measurementTable.list(request);
      }
    }

    @Override
    public List<Versioned<Measurement>> byScale(ScaleId scale) {
      synchronized (lock) {
        return measurementTable.all().stream()
            .filter(m -> m.value().scale().equals(scale))
            .sorted(BY_DATE)
            .toList();
      }
    }

    @Override
    public List<Versioned<Measurement>> byNeighbourhood(NeighbourhoodId neighbourhood) {
      synchronized (lock) {
        return measurementTable.all().stream()
            .filter(m -> m.value().neighbourhood().equals(neighbourhood))
            .sorted(BY_DATE)
            .toList();
      }
    }

    @Override
    public Versioned<Measurement> update(Measurement measurement, long expectedVersion) {
      synchronized (lock) {
        measurementTable.expect(measurement.id().value(), expectedVersion);
        requireScale(measurement);
        return measurementTable.update(measurement, expectedVersion);
      }
    }

    @Override
    public void delete(MeasurementId id, long expectedVersion) {
      synchronized (lock) {
        measurementTable.expect(id.value(), expectedVersion);
        if (measurementResponses.hasResponses(id)) {
          throw new ConflictException("measurement " + id + " has responses; erase them first");
        }
        measurementTable.delete(id.value());
        waveStatuses.forget(WaveId.measurement(id.value()));
      }
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
        byHash.put(
            codeHash, new Invitation(codeHash, legacy.label(), Invitation.HashKind.HMAC_SHA256));
        return true;
      }
    }
  }

  private final class WaveStatuses implements WaveStatusRepository {
    private final Map<WaveId, Versioned<WaveStatus>> statuses = new HashMap<>();
    private final Map<WaveId, List<ReleaseState>> states = new HashMap<>();

    private boolean exists(WaveId wave) {
      return wave.kind() == WaveKind.WISH_MAP
          ? wishMapTable.contains(wave.id())
          : measurementTable.contains(wave.id());
    }

    /** Drops the status and states of a deleted wave, and the answers retained for them. */
    void forget(WaveId wave) {
      statuses.remove(wave);
      states.remove(wave);
      dropRetained(wave);
    }

    /** The response ids of the wave's last state, ascending; empty when it has none. */
    long[] lastState(WaveId wave) {
      List<ReleaseState> cut = states.getOrDefault(wave, List.of());
      return cut.isEmpty() ? new long[0] : cut.get(cut.size() - 1).respondents();
    }

    private void dropRetained(WaveId wave) {
      if (wave.kind() == WaveKind.WISH_MAP) {
        wishMapResponses.dropRetained(new WishMapId(wave.id()));
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
  }
}
