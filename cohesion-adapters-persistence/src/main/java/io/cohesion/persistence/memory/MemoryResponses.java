package io.cohesion.persistence.memory;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.privacy.StoredResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Responses of one kind in memory. Every method holds the store's lock, so a submission, an import
 * and an erasure each happen at once or not at all.
 */
class MemoryResponses<W, R> implements ResponseStore<W, R> {
  private record Row<R>(long id, Pseudonym respondent, Optional<IdempotencyKey> key, R response) {}

  private final Object lock;
  private final String kind;
  private final Predicate<W> waveExists;
  private final Function<R, Pseudonym> respondentOf;
  private final Function<R, Map<String, String>> segmentsOf;
  private final BiFunction<R, Pseudonym, R> withRespondent;
  private final Function<W, long[]> lastState;
  private final Map<W, List<Row<R>>> rows = new HashMap<>();
  private final Map<W, List<StoredResponse<R>>> retained = new HashMap<>();
  private final Map<W, Long> erasures = new HashMap<>();
  private final SecureRandom random = new SecureRandom();
  private long nextId = 1;

  /**
   * @param withRespondent the same answers under another pseudonym (an erased one's stand-in)
   * @param lastState the response ids the last release state of a wave holds, ascending (empty when
   *     it has none); called under the lock
   */
  MemoryResponses(
      Object lock,
      String kind,
      Predicate<W> waveExists,
      Function<R, Pseudonym> respondentOf,
      Function<R, Map<String, String>> segmentsOf,
      BiFunction<R, Pseudonym, R> withRespondent,
      Function<W, long[]> lastState) {
    this.lock = lock;
    this.kind = kind;
    this.waveExists = waveExists;
    this.respondentOf = respondentOf;
    this.segmentsOf = segmentsOf;
    this.withRespondent = withRespondent;
    this.lastState = lastState;
  }

  private List<Row<R>> wave(W wave) {
    if (!waveExists.test(wave)) {
      throw new NotFoundException(kind, wave);
    }
    return rows.computeIfAbsent(wave, w -> new ArrayList<>());
  }

  /** The ids of the responses of {@code wave}, ascending. */
  long[] ids(W wave) {
    synchronized (lock) {
      return wave(wave).stream().mapToLong(Row::id).sorted().toArray();
    }
  }

  /** The pseudonyms that answered {@code wave}; none when it does not exist. */
  Set<Pseudonym> respondents(W wave) {
    synchronized (lock) {
      return rows.getOrDefault(wave, List.of()).stream()
          .map(Row::respondent)
          .collect(Collectors.toUnmodifiableSet());
    }
  }

  boolean hasResponses(W wave) {
    synchronized (lock) {
      return !rows.getOrDefault(wave, List.of()).isEmpty();
    }
  }

  @Override
  public StoredResponse<R> submit(W wave, R response, Optional<IdempotencyKey> idempotencyKey) {
    Objects.requireNonNull(response, "response");
    synchronized (lock) {
      List<Row<R>> answers = wave(wave);
      if (idempotencyKey.isPresent()) {
        for (Row<R> row : answers) {
          if (row.key().equals(idempotencyKey)) {
            return new StoredResponse<>(row.id(), row.response());
          }
        }
      }
      Pseudonym respondent = respondentOf.apply(response);
      for (Row<R> row : answers) {
        if (row.respondent().equals(respondent)) {
          throw new ConflictException("the respondent has already answered " + kind + " " + wave);
        }
      }
      Row<R> row = new Row<>(nextId++, respondent, idempotencyKey, response);
      answers.add(row);
      return new StoredResponse<>(row.id(), response);
    }
  }

  /** As the SQL stores say it: by position in the batch, never by pseudonym. */
  private ConflictException alreadyAnswered(W wave, long position) {
    return new ConflictException(
        "response "
            + position
            + " of the batch is of a respondent who has already answered "
            + kind
            + " "
            + wave
            + ", earlier in the batch or before it");
  }

  @Override
  public long importAll(W wave, Iterable<? extends R> responses) {
    synchronized (lock) {
      List<Row<R>> answers = wave(wave);
      Set<Pseudonym> seen = new HashSet<>();
      answers.forEach(row -> seen.add(row.respondent()));
      List<Row<R>> batch = new ArrayList<>();
      long id = nextId;
      for (R response : responses) {
        Pseudonym respondent = respondentOf.apply(response);
        if (!seen.add(respondent)) {
          throw alreadyAnswered(wave, batch.size() + 1);
        }
        batch.add(new Row<>(id++, respondent, Optional.empty(), response));
      }
      answers.addAll(batch);
      nextId = id;
      return batch.size();
    }
  }

  @Override
  public void forEach(W wave, Consumer<? super R> action) {
    List<Row<R>> snapshot;
    synchronized (lock) {
      snapshot = List.copyOf(wave(wave));
    }
    snapshot.forEach(row -> action.accept(row.response()));
  }

  @Override
  public List<R> responses(W wave, String column, String value) {
    synchronized (lock) {
      return wave(wave).stream()
          .map(Row::response)
          .filter(r -> value.equals(segmentsOf.apply(r).get(column)))
          .toList();
    }
  }

  @Override
  public long count(W wave) {
    synchronized (lock) {
      return wave(wave).size();
    }
  }

  @Override
  public Optional<StoredResponse<R>> find(W wave, IdempotencyKey idempotencyKey) {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    synchronized (lock) {
      return rows.getOrDefault(wave, List.of()).stream()
          .filter(row -> row.key().equals(Optional.of(idempotencyKey)))
          .map(row -> new StoredResponse<>(row.id(), row.response()))
          .findFirst();
    }
  }

  @Override
  public Map<W, R> export(Pseudonym respondent) {
    synchronized (lock) {
      Map<W, R> found = new LinkedHashMap<>();
      rows.forEach(
          (wave, answers) ->
              answers.stream()
                  .filter(row -> row.respondent().equals(respondent))
                  .forEach(row -> found.put(wave, row.response())));
      return found;
    }
  }

  @Override
  public int erase(Pseudonym respondent) {
    synchronized (lock) {
      Pseudonym standIn = Pseudonym.standIn(random);
      int erased = 0;
      for (Map.Entry<W, List<Row<R>>> wave : rows.entrySet()) {
        long[] state = lastState.apply(wave.getKey());
        for (Iterator<Row<R>> it = wave.getValue().iterator(); it.hasNext(); ) {
          Row<R> row = it.next();
          if (!row.respondent().equals(respondent)) {
            continue;
          }
          it.remove();
          erased++;
          erasures.merge(wave.getKey(), 1L, Long::sum);
          if (Arrays.binarySearch(state, row.id()) >= 0) {
            List<StoredResponse<R>> kept =
                retained.computeIfAbsent(wave.getKey(), w -> new ArrayList<>());
            kept.add(new StoredResponse<>(row.id(), withRespondent.apply(row.response(), standIn)));
            kept.sort(Comparator.comparingLong(StoredResponse::id));
          }
        }
      }
      return erased;
    }
  }

  /**
   * How many erasures removed responses of {@code wave} ({@link
   * io.cohesion.core.privacy.WaveStatusRepository#erasures}); never lowered, not even when the wave
   * is deleted.
   */
  long erasures(W wave) {
    synchronized (lock) {
      return erasures.getOrDefault(wave, 0L);
    }
  }

  @Override
  public List<StoredResponse<R>> retained(W wave) {
    synchronized (lock) {
      return List.copyOf(retained.getOrDefault(wave, List.of()));
    }
  }

  /** Drops the answers retained for the last state of {@code wave}: a new state was cut. */
  void dropRetained(W wave) {
    synchronized (lock) {
      retained.remove(wave);
    }
  }
}
