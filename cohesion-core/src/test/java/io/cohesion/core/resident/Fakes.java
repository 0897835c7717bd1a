package io.cohesion.core.resident;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** In-memory fakes of the ports resident data reads: invitations and the two response stores. */
final class Fakes {
  private Fakes() {}

  /** Invitations by hash; no legacy hashes. */
  static final class Invitations implements InvitationRepository {
    private final Map<String, Invitation> stored = new LinkedHashMap<>();

    @Override
    public void create(List<Invitation> invitations) {
      invitations.forEach(i -> stored.put(i.codeHash(), i));
    }

    @Override
    public Optional<Invitation> find(String codeHash) {
      return Optional.ofNullable(stored.get(codeHash));
    }

    @Override
    public Page<Invitation> list(PageRequest request) {
      List<Invitation> all = List.copyOf(stored.values());
      int from = (int) Math.min(request.offset(), all.size());
      int to = Math.min(from + request.pageSize(), all.size());
      return new Page<>(all.subList(from, to), request, all.size());
    }

    @Override
    public boolean rekey(String legacyHash, String codeHash) {
      return false;
    }
  }

  /**
   * Responses per wave, one per respondent; only what export and erasure need, and {@code submit}
   * to put answers in.
   */
  static class Responses<W, R> implements ResponseStore<W, R> {
    private final Function<R, Pseudonym> respondentOf;
    private final Map<W, List<R>> waves = new LinkedHashMap<>();

    Responses(Function<R, Pseudonym> respondentOf) {
      this.respondentOf = respondentOf;
    }

    @Override
    public StoredResponse<R> submit(W wave, R response, Optional<IdempotencyKey> idempotencyKey) {
      List<R> responses = waves.computeIfAbsent(wave, w -> new ArrayList<>());
      responses.add(response);
      return new StoredResponse<>(responses.size(), response);
    }

    @Override
    public long importAll(W wave, Iterable<? extends R> responses) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void forEach(W wave, Consumer<? super R> action) {
      waves.getOrDefault(wave, List.of()).forEach(action);
    }

    @Override
    public List<R> responses(W wave, String column, String value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count(W wave) {
      return waves.getOrDefault(wave, List.of()).size();
    }

    @Override
    public Map<W, R> export(Pseudonym respondent) {
      Map<W, R> own = new LinkedHashMap<>();
      waves.forEach(
          (wave, responses) ->
              responses.stream()
                  .filter(r -> respondentOf.apply(r).equals(respondent))
                  .forEach(r -> own.put(wave, r)));
      return own;
    }

    @Override
    public List<StoredResponse<R>> retained(W wave) {
      return List.of();
    }

    @Override
    public Optional<StoredResponse<R>> find(W wave, IdempotencyKey idempotencyKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int erase(Pseudonym respondent) {
      int erased = 0;
      for (List<R> responses : waves.values()) {
        int before = responses.size();
        responses.removeIf(r -> respondentOf.apply(r).equals(respondent));
        erased += before - responses.size();
      }
      return erased;
    }
  }

  static final class WishMapResponses extends Responses<WishMapId, WishMapResponse>
      implements WishMapResponseStore {
    WishMapResponses() {
      super(WishMapResponse::respondent);
    }
  }

  static final class MeasurementResponses extends Responses<MeasurementId, MeasurementResponse>
      implements MeasurementResponseStore {
    MeasurementResponses() {
      super(MeasurementResponse::respondent);
    }
  }
}
