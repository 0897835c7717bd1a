package io.cohesion.core.testing;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Responses of one kind in memory for the use-case tests: ids from 1, one answer per respondent and
 * wave, a repeated key answering the first, every stored and erased id reported to {@link
 * PortFakes.WaveStatuses} (whose waves the test declares). It keeps no answers for release states,
 * so the figures of a state whose answers were erased are withdrawn.
 *
 * @param <W> the wave id
 * @param <R> the response
 */
public class ResponseFake<W, R> implements ResponseStore<W, R> {
  private final PortFakes.WaveStatuses statuses;
  private final Function<W, WaveId> waveOf;
  private final Function<W, String> idOf;
  private final Function<R, Pseudonym> respondentOf;
  private final Function<R, Map<String, String>> segmentsOf;
  private final Predicate<W> exists;
  private final String kind;
  private final Map<W, LinkedHashMap<Long, R>> waves = new HashMap<>();
  private final Map<List<String>, StoredResponse<R>> byKey = new HashMap<>();
  private long nextId = 1;

  /** How many single submissions were stored (replays and imports not counted). */
  public int submissions;

  /** How many times a response was looked up by its idempotency key alone ({@link #find}). */
  public int finds;

  /**
   * @param waveOf the wave statuses' name of a wave
   * @param respondentOf a response's respondent
   * @param segmentsOf a response's keys per column, for {@link #responses(Object, String, String)}
   * @param exists whether a wave is stored; answering or reading another is a {@link
   *     NotFoundException} naming {@code kind}
   */
  public ResponseFake(
      PortFakes.WaveStatuses statuses,
      Function<W, WaveId> waveOf,
      Function<R, Pseudonym> respondentOf,
      Function<R, Map<String, String>> segmentsOf,
      Predicate<W> exists,
      String kind) {
    this.exists = exists;
    this.kind = kind;
    this.statuses = statuses;
    this.waveOf = waveOf;
    this.idOf = w -> waveOf.apply(w).id();
    this.respondentOf = respondentOf;
    this.segmentsOf = segmentsOf;
  }

  private LinkedHashMap<Long, R> wave(W id) {
    if (!exists.test(id)) {
      throw new NotFoundException(kind, id);
    }
    return waves.computeIfAbsent(id, w -> new LinkedHashMap<>());
  }

  private void requireNew(W id, Pseudonym respondent) {
    if (wave(id).values().stream().anyMatch(r -> respondentOf.apply(r).equals(respondent))) {
      throw new ConflictException(respondent + " answered " + id + " already");
    }
  }

  private StoredResponse<R> store(W id, R response) {
    long stored = nextId++;
    wave(id).put(stored, response);
    statuses.respond(waveOf.apply(id), stored);
    return new StoredResponse<>(stored, response);
  }

  @Override
  public synchronized StoredResponse<R> submit(W wave, R response, Optional<IdempotencyKey> key) {
    if (key.isPresent()) {
      StoredResponse<R> first = byKey.get(List.of(idOf.apply(wave), key.get().value()));
      if (first != null) {
        return first;
      }
    }
    requireNew(wave, respondentOf.apply(response));
    StoredResponse<R> stored = store(wave, response);
    submissions++;
    key.ifPresent(k -> byKey.put(List.of(idOf.apply(wave), k.value()), stored));
    return stored;
  }

  @Override
  public synchronized long importAll(W wave, Iterable<? extends R> rows) {
    Set<Pseudonym> seen = new HashSet<>();
    List<R> all = new ArrayList<>();
    for (R row : rows) {
      Pseudonym respondent = respondentOf.apply(row);
      requireNew(wave, respondent);
      if (!seen.add(respondent)) {
        throw new ConflictException(respondent + " appears twice");
      }
      all.add(row);
    }
    all.forEach(row -> store(wave, row));
    return all.size();
  }

  @Override
  public synchronized void forEach(W wave, Consumer<? super R> action) {
    List.copyOf(wave(wave).values()).forEach(action);
  }

  @Override
  public synchronized List<R> responses(W wave, String column, String value) {
    return wave(wave).values().stream()
        .filter(r -> value.equals(segmentsOf.apply(r).get(column)))
        .toList();
  }

  @Override
  public synchronized long count(W wave) {
    return wave(wave).size();
  }

  @Override
  public synchronized Map<W, R> export(Pseudonym respondent) {
    Map<W, R> found = new HashMap<>();
    waves.forEach(
        (id, responses) ->
            responses.values().stream()
                .filter(r -> respondentOf.apply(r).equals(respondent))
                .forEach(r -> found.put(id, r)));
    return found;
  }

  @Override
  public synchronized List<StoredResponse<R>> retained(W wave) {
    return List.of();
  }

  @Override
  public synchronized Optional<StoredResponse<R>> find(W wave, IdempotencyKey key) {
    finds++;
    return Optional.ofNullable(byKey.get(List.of(idOf.apply(wave), key.value())));
  }

  @Override
  public synchronized int erase(Pseudonym respondent) {
    int erased = 0;
    for (Map.Entry<W, LinkedHashMap<Long, R>> wave : waves.entrySet()) {
      List<Long> ids =
          wave.getValue().entrySet().stream()
              .filter(e -> respondentOf.apply(e.getValue()).equals(respondent))
              .map(Map.Entry::getKey)
              .toList();
      for (long id : ids) {
        wave.getValue().remove(id);
        statuses.erase(waveOf.apply(wave.getKey()), id);
        erased++;
      }
    }
    return erased;
  }
}
