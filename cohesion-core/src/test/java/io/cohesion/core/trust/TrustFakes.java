package io.cohesion.core.trust;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.testing.PortFakes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
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

    public synchronized Versioned<T> save(T value) {
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
    public Versioned<Measurement> save(Measurement measurement) {
      requireScale(measurement.scale());
      Versioned<Measurement> saved = super.save(measurement);
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
  final class Responses implements MeasurementResponseStore {
    private final Map<MeasurementId, LinkedHashMap<Long, MeasurementResponse>> waves =
        new HashMap<>();
    private final Map<List<String>, StoredResponse<MeasurementResponse>> byKey = new HashMap<>();
    private long next = 1;
    int submissions;

    private LinkedHashMap<Long, MeasurementResponse> wave(MeasurementId id) {
      measurements.find(id).orElseThrow(() -> new NotFoundException("measurement", id));
      return waves.computeIfAbsent(id, w -> new LinkedHashMap<>());
    }

    @Override
    public synchronized StoredResponse<MeasurementResponse> submit(
        MeasurementId id, MeasurementResponse response, Optional<IdempotencyKey> key) {
      submissions++;
      LinkedHashMap<Long, MeasurementResponse> wave = wave(id);
      if (key.isPresent()) {
        StoredResponse<MeasurementResponse> first =
            byKey.get(List.of(id.value(), key.get().value()));
        if (first != null) {
          return first;
        }
      }
      StoredResponse<MeasurementResponse> stored = add(id, wave, response);
      key.ifPresent(k -> byKey.put(List.of(id.value(), k.value()), stored));
      return stored;
    }

    @Override
    public synchronized long importAll(
        MeasurementId id, Iterable<? extends MeasurementResponse> responses) {
      LinkedHashMap<Long, MeasurementResponse> wave = wave(id);
      List<MeasurementResponse> all = new ArrayList<>();
      responses.forEach(all::add);
      if (all.stream().map(MeasurementResponse::respondent).distinct().count() != all.size()) {
        throw new ConflictException("a respondent appears twice");
      }
      for (MeasurementResponse r : all) {
        add(id, wave, r);
      }
      return all.size();
    }

    private StoredResponse<MeasurementResponse> add(
        MeasurementId id,
        LinkedHashMap<Long, MeasurementResponse> wave,
        MeasurementResponse response) {
      if (wave.values().stream().anyMatch(r -> r.respondent().equals(response.respondent()))) {
        throw new ConflictException(response.respondent() + " answered " + id + " already");
      }
      long stored = next++;
      wave.put(stored, response);
      statuses.respond(WaveId.measurement(id.value()), stored);
      return new StoredResponse<>(stored, response);
    }

    @Override
    public synchronized void forEach(
        MeasurementId id, Consumer<? super MeasurementResponse> action) {
      waves.getOrDefault(id, new LinkedHashMap<>()).values().forEach(action);
    }

    @Override
    public synchronized List<MeasurementResponse> responses(
        MeasurementId id, String column, String value) {
      return responses(id).stream().filter(r -> value.equals(r.attributes().get(column))).toList();
    }

    @Override
    public synchronized long count(MeasurementId id) {
      return waves.getOrDefault(id, new LinkedHashMap<>()).size();
    }

    @Override
    public synchronized Map<MeasurementId, MeasurementResponse> export(Pseudonym respondent) {
      Map<MeasurementId, MeasurementResponse> found = new HashMap<>();
      waves.forEach(
          (id, wave) ->
              wave.values().stream()
                  .filter(r -> r.respondent().equals(respondent))
                  .forEach(r -> found.put(id, r)));
      return found;
    }

    /** This fake keeps no answers for release states: figures of an erased state are withdrawn. */
    @Override
    public synchronized List<StoredResponse<MeasurementResponse>> retained(MeasurementId wave) {
      return List.of();
    }

    @Override
    public synchronized Optional<StoredResponse<MeasurementResponse>> find(
        MeasurementId wave, IdempotencyKey key) {
      return Optional.ofNullable(byKey.get(List.of(wave.value(), key.value())));
    }

    @Override
    public synchronized int erase(Pseudonym respondent) {
      int erased = 0;
      for (var wave : waves.entrySet()) {
        for (var it = wave.getValue().entrySet().iterator(); it.hasNext(); ) {
          var entry = it.next();
          if (entry.getValue().respondent().equals(respondent)) {
            it.remove();
            statuses.erase(WaveId.measurement(wave.getKey().value()), entry.getKey());
            erased++;
          }
        }
      }
      return erased;
    }
  }
}
