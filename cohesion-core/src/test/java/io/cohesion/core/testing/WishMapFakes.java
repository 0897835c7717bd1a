package io.cohesion.core.testing;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * In-memory fakes of the wish map ports and of the invitation repository, for the use-case tests of
 * the core. The wish maps and their responses keep {@link PortFakes.WaveStatuses} up to date, as a
 * store does: a wish map declares its wave, and every stored response adds its id to it.
 */
public final class WishMapFakes {
  private WishMapFakes() {}

  /** Wish map definitions; each one declares its wave in the statuses. */
  public static final class WishMaps implements WishMapRepository {
    private final InMemoryStore<WishMapId, WishMap> maps =
        new InMemoryStore<>("wish map", WishMap::id);
    private final Set<WishMapId> deleted = new HashSet<>();
    private final PortFakes.WaveStatuses statuses;
    private final WishMapResponses responses;

    public WishMaps(PortFakes.WaveStatuses statuses, WishMapResponses responses) {
      this.statuses = statuses;
      this.responses = responses;
    }

    @Override
    public synchronized Versioned<WishMap> save(WishMap wishMap) {
      if (deleted.contains(wishMap.id())) {
        throw new IllegalStateException("this fake does not define a deleted wish map again");
      }
      Versioned<WishMap> saved = maps.create(wishMap);
      statuses.addWave(WaveId.wishMap(wishMap.id().value()));
      return saved;
    }

    @Override
    public synchronized Optional<Versioned<WishMap>> find(WishMapId id) {
      return deleted.contains(id) ? Optional.empty() : maps.find(id);
    }

    @Override
    public synchronized Page<Versioned<WishMap>> list(PageRequest page) {
      return maps.list(m -> !deleted.contains(m.id()), page);
    }

    @Override
    public synchronized Versioned<WishMap> update(WishMap wishMap, long expectedVersion) {
      if (deleted.contains(wishMap.id())) {
        throw new NotFoundException("wish map", wishMap.id());
      }
      return maps.update(wishMap, expectedVersion);
    }

    @Override
    public synchronized void delete(WishMapId id, long expectedVersion) {
      Versioned<WishMap> current =
          find(id).orElseThrow(() -> new NotFoundException("wish map", id));
      if (current.version() != expectedVersion) {
        throw new ConflictException("wish map " + id + " is at version " + current.version());
      }
      if (responses.count(id) > 0) {
        throw new ConflictException("wish map " + id + " has responses");
      }
      deleted.add(id);
    }
  }

  /** Responses with ids, one per respondent and wave, repeats of a key answering the first. */
  public static final class WishMapResponses implements WishMapResponseStore {
    private final PortFakes.WaveStatuses statuses;
    private final Map<WishMapId, LinkedHashMap<Long, WishMapResponse>> waves = new HashMap<>();
    private final Map<List<String>, StoredResponse<WishMapResponse>> byKey = new HashMap<>();
    private long nextId = 1;

    public WishMapResponses(PortFakes.WaveStatuses statuses) {
      this.statuses = statuses;
    }

    private LinkedHashMap<Long, WishMapResponse> wave(WishMapId id) {
      return waves.computeIfAbsent(id, w -> new LinkedHashMap<>());
    }

    private void requireNew(WishMapId id, Pseudonym respondent) {
      if (wave(id).values().stream().anyMatch(r -> r.respondent().equals(respondent))) {
        throw new ConflictException(respondent + " answered " + id + " already");
      }
    }

    private StoredResponse<WishMapResponse> store(WishMapId id, WishMapResponse response) {
      long stored = nextId++;
      wave(id).put(stored, response);
      statuses.respond(WaveId.wishMap(id.value()), stored);
      return new StoredResponse<>(stored, response);
    }

    @Override
    public synchronized StoredResponse<WishMapResponse> submit(
        WishMapId wave, WishMapResponse response, Optional<IdempotencyKey> key) {
      if (key.isPresent()) {
        StoredResponse<WishMapResponse> first = byKey.get(List.of(wave.value(), key.get().value()));
        if (first != null) {
          return first;
        }
      }
      requireNew(wave, response.respondent());
      StoredResponse<WishMapResponse> stored = store(wave, response);
      key.ifPresent(k -> byKey.put(List.of(wave.value(), k.value()), stored));
      return stored;
    }

    @Override
    public synchronized long importAll(WishMapId wave, Iterable<? extends WishMapResponse> rows) {
      Set<Pseudonym> seen = new HashSet<>();
      List<WishMapResponse> all = new ArrayList<>();
      for (WishMapResponse row : rows) {
        requireNew(wave, row.respondent());
        if (!seen.add(row.respondent())) {
          throw new ConflictException(row.respondent() + " appears twice");
        }
        all.add(row);
      }
      all.forEach(row -> store(wave, row));
      return all.size();
    }

    @Override
    public synchronized void forEach(WishMapId wave, Consumer<? super WishMapResponse> action) {
      List.copyOf(wave(wave).values()).forEach(action);
    }

    @Override
    public synchronized List<WishMapResponse> responses(
        WishMapId wave, String column, String value) {
      return wave(wave).values().stream()
          .filter(r -> value.equals(r.segments().get(column)))
          .toList();
    }

    @Override
    public synchronized long count(WishMapId wave) {
      return wave(wave).size();
    }

    @Override
    public synchronized Map<WishMapId, WishMapResponse> export(Pseudonym respondent) {
      Map<WishMapId, WishMapResponse> found = new HashMap<>();
      waves.forEach(
          (id, responses) ->
              responses.values().stream()
                  .filter(r -> r.respondent().equals(respondent))
                  .forEach(r -> found.put(id, r)));
      return found;
    }

    /** This fake keeps no answers for release states: figures of an erased state are withdrawn. */
    @Override
    public synchronized List<StoredResponse<WishMapResponse>> retained(WishMapId wave) {
      return List.of();
    }

    @Override
    public synchronized Optional<StoredResponse<WishMapResponse>> find(
        WishMapId wave, IdempotencyKey key) {
      return Optional.ofNullable(byKey.get(List.of(wave.value(), key.value())));
    }

    @Override
    public synchronized int erase(Pseudonym respondent) {
      int erased = 0;
      for (Map.Entry<WishMapId, LinkedHashMap<Long, WishMapResponse>> wave : waves.entrySet()) {
        List<Long> ids =
            wave.getValue().entrySet().stream()
                .filter(e -> e.getValue().respondent().equals(respondent))
                .map(Map.Entry::getKey)
                .toList();
        for (long id : ids) {
          wave.getValue().remove(id);
          statuses.erase(WaveId.wishMap(wave.getKey().value()), id);
          erased++;
        }
      }
      return erased;
    }
  }

  /** Invitations by code hash, counting how often a code was looked up. */
  public static final class Invitations implements InvitationRepository {
    private final Map<String, Invitation> stored = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    /** How many times a code hash was looked up. */
    public int lookups() {
      return lookups.get();
    }

    @Override
    public synchronized void saveAll(List<Invitation> invitations) {
      for (Invitation invitation : invitations) {
        if (stored.containsKey(invitation.codeHash())) {
          throw new ConflictException("code hash stored already");
        }
      }
      invitations.forEach(i -> stored.put(i.codeHash(), i));
    }

    @Override
    public synchronized Optional<Invitation> find(String codeHash) {
      lookups.incrementAndGet();
      return Optional.ofNullable(stored.get(codeHash));
    }

    @Override
    public synchronized Page<Invitation> list(PageRequest page) {
      List<Invitation> all = List.copyOf(stored.values());
      int from = (int) Math.min(page.offset(), all.size());
      int to = Math.min(from + page.pageSize(), all.size());
      return new Page<>(all.subList(from, to), page, all.size());
    }

    @Override
    public synchronized boolean rekey(String legacyHash, String codeHash) {
      return false;
    }
  }
}
