package io.cohesion.core.trust;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.testing.PortFakes;
import io.cohesion.core.testing.ResponseFake;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * In-memory fakes of the trust ports, kept consistent the way a store keeps them: a measurement
 * needs its scale, a used scale or an answered measurement cannot be deleted, and every response id
 * a wave holds is known to the wave statuses.
 */
final class TrustFakes {
  final PortFakes.WaveStatuses statuses = new PortFakes.WaveStatuses();
  final Scales scales = new Scales();
  final Measurements measurements = new Measurements();
  final Responses responses = new Responses();

  /** Versioned values by id, listed in the order of their ids' text. */
  private static class Kept<I, T> {
    private final String kind;
    private final Function<T, I> idOf;
    private final Map<I, Versioned<T>> items =
        new TreeMap<>(Comparator.comparing(Object::toString));

    Kept(String kind, Function<T, I> idOf) {
      this.kind = kind;
      this.idOf = idOf;
    }

    public synchronized Versioned<T> create(T value) {
      I id = idOf.apply(value);
      if (items.containsKey(id)) {
        throw new ConflictException(kind + " " + id + " exists already");
      }
      Versioned<T> stored = new Versioned<>(value, 1);
      items.put(id, stored);
      return stored;
    }

    public synchronized Optional<Versioned<T>> find(I id) {
      return Optional.ofNullable(items.get(id));
    }

    public synchronized Versioned<T> update(T value, long expectedVersion) {
      I id = idOf.apply(value);
      current(id, expectedVersion);
      Versioned<T> stored = new Versioned<>(value, expectedVersion + 1);
      items.put(id, stored);
      return stored;
    }

    synchronized void remove(I id, long expectedVersion) {
      current(id, expectedVersion);
      items.remove(id);
    }

    private Versioned<T> current(I id, long expectedVersion) {
      Versioned<T> current = items.get(id);
      if (current == null) {
        throw new NotFoundException(kind, id);
      }
      if (current.version() != expectedVersion) {
        throw new ConflictException(
            kind + " " + id + " is at version " + current.version() + ", not " + expectedVersion);
      }
      return current;
    }

    public synchronized Page<Versioned<T>> list(PageRequest request) {
      List<Versioned<T>> all = all();
      int from = (int) Math.min(request.offset(), all.size());
      int to = Math.min(from + request.pageSize(), all.size());
      return new Page<>(all.subList(from, to), request, all.size());
    }

    synchronized List<Versioned<T>> all() {
      return List.copyOf(items.values());
    }
  }

  final class Scales extends Kept<ScaleId, Scale> implements ScaleRepository {
    Scales() {
      super("scale", Scale::id);
    }

    @Override
    public void delete(ScaleId id, long expectedVersion) {
      if (!measurements.byScale(id).isEmpty()) {
        throw new ConflictException("scale " + id + " is used by a measurement");
      }
      remove(id, expectedVersion);
    }
  }

  final class Measurements extends Kept<MeasurementId, Measurement>
      implements MeasurementRepository {
    Measurements() {
      super("measurement", Measurement::id);
    }

    @Override
    public Versioned<Measurement> create(Measurement measurement) {
      requireScale(measurement.scale());
      Versioned<Measurement> saved = super.create(measurement);
      statuses.addWave(WaveId.measurement(measurement.id().value()));
      return saved;
    }

    @Override
    public Versioned<Measurement> update(Measurement measurement, long expectedVersion) {
      requireScale(measurement.scale());
      return super.update(measurement, expectedVersion);
    }

    private void requireScale(ScaleId scale) {
      scales.find(scale).orElseThrow(() -> new NotFoundException("scale", scale));
    }

    @Override
    public List<Versioned<Measurement>> byScale(ScaleId scale) {
      return inOrder().stream().filter(v -> v.value().scale().equals(scale)).toList();
    }

    @Override
    public List<Versioned<Measurement>> byNeighbourhood(NeighbourhoodId neighbourhood) {
      return inOrder().stream()
          .filter(v -> v.value().neighbourhood().equals(neighbourhood))
          .toList();
    }

    @Override
    public void delete(MeasurementId id, long expectedVersion) {
      if (find(id).isPresent() && responses.count(id) > 0) {
        throw new ConflictException("measurement " + id + " has responses");
      }
      remove(id, expectedVersion);
    }

    private List<Versioned<Measurement>> inOrder() {
      return all().stream().sorted(Comparator.comparing(v -> v.value().opened())).toList();
    }
  }

  /** Responses with ids counted from 1 over every wave, one per respondent and wave. */
  final class Responses extends ResponseFake<MeasurementId, MeasurementResponse>
      implements MeasurementResponseStore {
    Responses() {
      super(
          statuses,
          id -> WaveId.measurement(id.value()),
          MeasurementResponse::respondent,
          MeasurementResponse::attributes,
          id -> measurements.find(id).isPresent(),
          "measurement");
    }
  }
}
