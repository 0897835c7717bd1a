package io.cohesion.core.wishmap.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ConflictException;
import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.CheckedImport;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.ManageWishMaps;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link ManageWishMaps} on the wish map and response stores and the waves' statuses. */
public final class WishMapService implements ManageWishMaps {
  private final WishMapRepository maps;
  private final WishMapResponseStore responses;
  private final ReleaseWaves releases;
  private final Optional<Invitations> invitations;

  public WishMapService(
      WishMapRepository maps,
      WishMapResponseStore responses,
      ReleaseWaves releases,
      Optional<Invitations> invitations) {
    this.maps = requireNonNull(maps, "maps");
    this.responses = requireNonNull(responses, "responses");
    this.releases = requireNonNull(releases, "releases");
    this.invitations = requireNonNull(invitations, "invitations");
  }

  @Override
  public Page<Versioned<WishMap>> list(PageRequest request) {
    return maps.list(request);
  }

  @Override
  public Versioned<WishMap> define(WishMap map) {
    return maps.create(declared(map));
  }

  @Override
  public Versioned<WishMap> get(WishMapId id) {
    return maps.find(id).orElseThrow(() -> new NotFoundException("wish map", id));
  }

  @Override
  public Versioned<WishMap> update(WishMap map, long expectedVersion) {
    return maps.update(declared(map), expectedVersion);
  }

  /**
   * {@code map} if every segment column declares its values: a store keeps only wish maps whose
   * groups have declared keys, so that no text a resident typed becomes one
   * (docs/privacy.md#keys-are-declared).
   *
   * @throws ValidationException on {@code segments[i]} for each column declared by name only
   */
  private static WishMap declared(WishMap map) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < map.segments().size(); i++) {
      String column = map.segments().get(i);
      if (map.declaration(column).isEmpty()) {
        errors.add(
            new FieldError(
                "segments[" + i + "]",
                "segment column '"
                    + column
                    + "' declares no values: give it as {column, label, values: [{code, label}]}"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return map;
  }

  @Override
  public void delete(WishMapId id, long expectedVersion) {
    maps.delete(id, expectedVersion);
  }

  @Override
  public Page<WishMapResponse> responses(WishMapId id, PageRequest request) {
    get(id);
    long from = request.offset();
    long to = from + request.pageSize();
    List<WishMapResponse> items = new ArrayList<>();
    long[] index = {0};
    responses.forEach(
        id,
        response -> {
          if (index[0] >= from && index[0] < to) {
            items.add(response);
          }
          index[0]++;
        });
    return new Page<>(items, request, index[0]);
  }

  @Override
  public Submitted submit(WishMapId id, Submission submission, Optional<IdempotencyKey> key) {
    requireNonNull(submission, "submission");
    requireNonNull(key, "key");
    return submit(get(id).value(), submission, key);
  }

  @Override
  public Submitted submit(
      Versioned<WishMap> map, Submission submission, Optional<IdempotencyKey> key) {
    requireNonNull(map, "map");
    requireNonNull(submission, "submission");
    requireNonNull(key, "key");
    return submit(map.value(), submission, key);
  }

  private Submitted submit(WishMap map, Submission submission, Optional<IdempotencyKey> key) {
    // While the wave is open, the store's write finds a repeat of the key itself (and stores
    // nothing), so the key is looked up beforehand only for a closed wave. There a replay finds
    // the answer it repeats; anything else is refused before the code is looked at, so a late
    // answer learns nothing of it. The key is scoped to the code or key holder that sent it, so it
    // finds nobody else's.
    Optional<StoredResponse<WishMapResponse>> replayed = Optional.empty();
    try {
      releases.requireOpen(wave(map));
    } catch (ConflictException closed) {
      replayed = key.flatMap(k -> responses.find(map.id(), k));
      if (replayed.isEmpty()) {
        throw closed;
      }
    }
    Pseudonym respondent = submission.answerer().resolve(invitations);
    WishMapResponse response = map.validate(submission.response(respondent));
    // The one write: storing the answer is what spends the code for this wave.
    StoredResponse<WishMapResponse> stored =
        replayed.orElseGet(() -> responses.submit(map.id(), response, key));
    return new Submitted(response, stored);
  }

  @Override
  public void respondents(WishMapId id, Consumer<? super Pseudonym> action) {
    requireNonNull(action, "action");
    get(id);
    responses.forEach(id, response -> action.accept(response.respondent()));
  }

  @Override
  public long importResponses(WishMapId id, Iterable<? extends WishMapResponse> rows) {
    requireNonNull(rows, "rows");
    WishMap map = get(id).value();
    releases.requireOpen(wave(map));
    return CheckedImport.importAll(
        rows, "rows", map::check, checked -> responses.importAll(map.id(), checked));
  }

  private static WaveId wave(WishMap map) {
    return WaveId.wishMap(map.id().value());
  }
}
