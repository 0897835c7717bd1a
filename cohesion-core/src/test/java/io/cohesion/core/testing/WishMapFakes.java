package io.cohesion.core.testing;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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
    public synchronized Versioned<WishMap> create(WishMap wishMap) {
      if (deleted.contains(wishMap.id())) {
        throw new IllegalStateException("this fake does not define a deleted wish map again");
      }
      Versioned<WishMap> saved = maps.create(wishMap);
      statuses.addWave(WaveId.wishMap(wishMap.id().value()));
      return saved;
    }

    /** How many times a wish map was looked up by its id. */
    public int finds;

    @Override
    public synchronized Optional<Versioned<WishMap>> find(WishMapId id) {
      finds++;
      return deleted.contains(id) ? Optional.empty() : maps.find(id);
    }

    @Override
    public synchronized Page<Versioned<WishMap>> list(PageRequest request) {
      return maps.list(m -> !deleted.contains(m.id()), request);
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
  public static final class WishMapResponses extends ResponseFake<WishMapId, WishMapResponse>
      implements WishMapResponseStore {
    public WishMapResponses(PortFakes.WaveStatuses statuses) {
      super(
          statuses,
          id -> WaveId.wishMap(id.value()),
          WishMapResponse::respondent,
          WishMapResponse::segments,
          id -> true,
          "wish map");
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
    public synchronized void create(List<Invitation> invitations) {
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
    public synchronized Page<Invitation> list(PageRequest request) {
      List<Invitation> all = List.copyOf(stored.values());
      int from = (int) Math.min(request.offset(), all.size());
      int to = Math.min(from + request.pageSize(), all.size());
      return new Page<>(all.subList(from, to), request, all.size());
    }

    @Override
    public synchronized boolean rekey(String legacyHash, String codeHash) {
      return false;
    }
  }
}
