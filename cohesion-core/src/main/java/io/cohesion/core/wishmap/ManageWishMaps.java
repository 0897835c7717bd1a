package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.wishmap.internal.WishMapService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Defines wish maps and takes in their responses, one at a time from a resident or a paper form, or
 * many at once from a file (use case, a port in). Figures computed from the responses are the red
 * thread's work ({@code io.cohesion.core.redthread.AnalyseWishMaps}), which releases them under the
 * disclosure policy.
 */
@API(status = STABLE, since = "0.1.0")
public interface ManageWishMaps {

  /**
   * The use case on the given stores; answers are taken while the wave is open in {@code releases},
   * and residents' invitation codes resolve through {@code invitations} (empty when the server
   * issues none).
   */
  static ManageWishMaps using(
      WishMapRepository maps,
      WishMapResponseStore responses,
      ReleaseWaves releases,
      Optional<Invitations> invitations) {
    return new WishMapService(maps, responses, releases, invitations);
  }

  /** One page of the wish maps, ordered by id. */
  Page<Versioned<WishMap>> list(PageRequest request);

  /**
   * Defines a new wish map.
   *
   * @throws ConflictException if the id is taken
   */
  Versioned<WishMap> define(WishMap map);

  /**
   * The wish map with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<WishMap> get(WishMapId id);

  /**
   * Replaces a wish map's definition.
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<WishMap> update(WishMap map, long expectedVersion);

  /**
   * Deletes a wish map that has no responses.
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion} or has responses
   */
  void delete(WishMapId id, long expectedVersion);

  /**
   * One page of a wish map's responses, in the order stored. These are the raw answers under their
   * pseudonyms, not figures: only a caller who may hold the raw data (a coordinator) reads them,
   * and the driving adapter checks that before it asks.
   *
   * @throws NotFoundException if there is no such wish map
   */
  Page<WishMapResponse> responses(WishMapId id, PageRequest request);

  /**
   * Takes in one answer, in this order: finds the wish map, requires its wave to be open, resolves
   * who answers to a pseudonym, checks the answers against the map and stores them under {@code
   * key}.
   *
   * <p>This is one transaction, the store's single write of the response. A resident's invitation
   * code is not marked as used anywhere: it counts as redeemed for this wave because the store
   * keeps one answer per pseudonym and wave ({@link
   * io.cohesion.core.privacy.InvitationRepository}). So no failure can leave an answer stored while
   * its code is still open for the wave, or a code spent without its answer. A closed wave is
   * refused before the code is looked at.
   *
   * @param key the client's idempotency key: a repeat under it stores nothing and answers the
   *     response first stored under it
   * @return the response as built from {@code submission} and as stored; they differ when the key
   *     was used before for another answer
   * @throws NotFoundException if there is no such wish map
   * @throws ConflictException if the wave is closed, or the respondent answered it already (under
   *     another key or none)
   * @throws ForbiddenException if a code is given and the server issues none, or the code is not
   *     known
   * @throws ValidationException naming every answer that does not fit the map
   */
  Submitted submit(WishMapId id, Submission submission, Optional<IdempotencyKey> key);

  /**
   * Submits one response to {@code map}, the wish map as {@link #get} returned it to the caller for
   * this request, as {@link #submit(WishMapId, Submission, Optional)} does without looking the map
   * up again: for a caller that had to read it first (to tell how to read the request). The answers
   * are checked against {@code map}, as they would be against the definition read at the start of
   * the other method; every other check is the same.
   *
   * @throws NotFoundException if the wish map is gone since
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  Submitted submit(Versioned<WishMap> map, Submission submission, Optional<IdempotencyKey> key);

  /**
   * Hands the pseudonym of every respondent who answered the wish map to {@code action}, in the
   * order stored, without holding them all in memory: raw data, for a caller who may hold it (a
   * coordinator), for example to name the rows of a file whose respondents answered already before
   * it is imported.
   *
   * @throws NotFoundException if there is no such wish map
   */
  void respondents(WishMapId id, Consumer<? super Pseudonym> action);

  /**
   * Takes in many responses at once, all of them or none (a file of paper forms typed in), in the
   * store's one transaction.
   *
   * <p>A collection of rows is checked whole before anything is stored. Any other iterable streams
   * into the store, so that a file of any size is never held in memory: it is taken once, in order,
   * possibly on a thread of the store's (as {@link ResponseStore#importAll} says), and each row is
   * checked as it is taken. A row that does not fit, or a respondent met twice, abandons the
   * transaction when it is met, and nothing is stored.
   *
   * @return how many responses were stored
   * @throws NotFoundException if there is no such wish map
   * @throws ConflictException if the wave is closed (before any row is taken), or a respondent
   *     appears twice, in {@code rows} or already in the wave
   * @throws ValidationException if a row does not fit the map, naming it and every other row that
   *     does not by their positions
   */
  long importResponses(WishMapId id, Iterable<? extends WishMapResponse> rows);

  /**
   * One answer to a wish map as given, before it has a pseudonym: who answers, and the answers.
   * Missing answers are absent keys, as in {@link WishMapResponse}.
   */
  record Submission(
      Answerer answerer,
      Map<String, Double> importance,
      Map<String, Double> satisfaction,
      List<String> topChoices,
      Map<String, String> segments,
      Set<String> networks,
      OptionalInt willingness,
      List<String> wishes) {
    public Submission {
      requireNonNull(answerer, "answerer");
      importance = Map.copyOf(importance);
      satisfaction = Map.copyOf(satisfaction);
      topChoices = List.copyOf(topChoices);
      segments = Map.copyOf(segments);
      networks = Set.copyOf(networks);
      requireNonNull(willingness, "willingness");
      wishes = List.copyOf(wishes);
    }

    /** The response these answers make under {@code respondent}. */
    public WishMapResponse response(Pseudonym respondent) {
      return new WishMapResponse(
          respondent,
          importance,
          satisfaction,
          topChoices,
          segments,
          networks,
          willingness,
          wishes);
    }
  }

  /**
   * The outcome of a submission.
   *
   * @param submitted the response this submission made, under the resolved pseudonym
   * @param stored the response the store holds with its id: the one just stored, or on a repeat of
   *     an idempotency key the one first stored under it
   */
  record Submitted(WishMapResponse submitted, StoredResponse<WishMapResponse> stored) {
    public Submitted {
      requireNonNull(submitted, "submitted");
      requireNonNull(stored, "stored");
    }

    /** Whether the key was used before for other answers (or another respondent). */
    public boolean keyReusedForOtherAnswers() {
      return !submitted.equals(stored.response());
    }
  }
}
