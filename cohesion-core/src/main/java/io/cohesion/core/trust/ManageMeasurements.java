package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.trust.internal.MeasurementService;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Holds measurements (waves of a scale in a neighbourhood), takes in their answers and releases
 * their figures (use case, a port in).
 *
 * <p>Figures pass the release gate here, so an application that calls this use case directly gets
 * the privacy the REST server gives: an audience bound by disclosure control sees the figures of a
 * closed wave only, computed over the respondents of its last release state; an audience that holds
 * the raw data sees the live figures (see docs/privacy.md and docs/api.md#open-and-closed-waves).
 */
@API(status = STABLE, since = "0.1.0")
public interface ManageMeasurements {

  /**
   * The use case on the given stores; residents answer with an invitation code through {@code
   * invitations}, which is empty when the server issues no codes.
   */
  static ManageMeasurements using(
      MeasurementRepository measurements,
      MeasurementResponseStore responses,
      ScaleRepository scales,
      NeighbourhoodRepository neighbourhoods,
      ReleaseWaves releases,
      Optional<Invitations> invitations) {
    return new MeasurementService(
        measurements, responses, scales, neighbourhoods, releases, invitations);
  }

  /** One page of all measurements, ordered by id. */
  Page<Versioned<Measurement>> list(PageRequest request);

  /**
   * Defines a new measurement at version 1, in a registered neighbourhood, of a stored scale.
   *
   * @throws NotFoundException if its neighbourhood is not registered or its scale not stored
   * @throws ConflictException if the id is taken
   */
  Versioned<Measurement> define(Measurement measurement);

  /**
   * The measurement with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Measurement> find(MeasurementId id);

  /**
   * Replaces a measurement.
   *
   * @throws NotFoundException if there is none, or its neighbourhood is not registered or its scale
   *     not stored
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Measurement> update(Measurement measurement, long expectedVersion);

  /**
   * Deletes a measurement without responses.
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion}, or it holds responses
   */
  void delete(MeasurementId id, long expectedVersion);

  /**
   * One page of a measurement's raw responses, in the order stored: personal data under pseudonyms,
   * for a holder of the raw data only (a coordinator); a driving adapter checks who asks before it
   * calls this.
   *
   * @throws NotFoundException if there is no such measurement
   */
  Page<MeasurementResponse> responses(MeasurementId id, PageRequest request);

  /**
   * The scale of a measurement whose wave takes answers now. {@link #submit} and {@link #importAll}
   * check this themselves; an adapter may call it first to refuse an answer to a closed wave before
   * it reads the answer.
   *
   * @throws NotFoundException if there is no such measurement
   * @throws ConflictException if its wave is closed
   */
  Scale requireOpen(MeasurementId id);

  /**
   * Stores one answer to a measurement, in this order: the measurement must exist (404), its wave
   * must be open (409: a closed wave's figures are those of its last release state), the answerer
   * is resolved to a pseudonym (an unknown code is a {@link ForbiddenException}), the answer must
   * fit the scale, and then it is stored under {@code key}.
   *
   * <p>A closed wave refuses before the code is looked up, so it tells nothing about the code.
   *
   * <p>This is one use case, and one transaction, because the single write of the response is what
   * redeems an invitation code: no store marks a code as used ({@link InvitationRepository} keeps
   * no waves, and resolving a code marks nothing): the response store keeps one answer per
   * pseudonym and wave. So there is no second write that could fail after the first and leave a
   * code used without an answer, or an answer without its code used up; a retry under the same key
   * finds the first answer.
   *
   * @param key the client's idempotency key, scoped by the caller to its credential: a repeat
   *     returns the response first stored under it and stores nothing (the caller checks that it is
   *     the same request)
   * @return the response as stored, or as first stored under {@code key}
   * @throws NotFoundException if there is no such measurement
   * @throws ConflictException if its wave is closed, or the respondent answered it already under
   *     another key or none
   * @throws ForbiddenException if a code is given and the server issues none, or it is not known
   * @throws ValidationException naming every answer that does not fit the scale
   */
  StoredResponse<MeasurementResponse> submit(
      MeasurementId id, Answerer answerer, MeasurementAnswer answer, Optional<IdempotencyKey> key);

  /**
   * Hands the pseudonym of every respondent who answered the measurement to {@code action}, in the
   * order stored, without holding them all in memory: raw data, for a holder of it (a coordinator),
   * for example to name the rows of a file whose respondents answered already before it is
   * imported.
   *
   * @throws NotFoundException if there is no such measurement
   */
  void respondents(MeasurementId id, Consumer<? super Pseudonym> action);

  /**
   * Stores many responses to an open wave in one transaction (paper forms typed in, an export of
   * another tool): all of them or none.
   *
   * <p>A collection of responses is checked whole before anything is stored. Any other iterable
   * streams into the store, so that a file of any size is never held in memory: it is taken once,
   * in order, possibly on a thread of the store's (as {@link ResponseStore#importAll} says), and
   * each response is checked as it is taken. A response that does not fit, or a respondent met
   * twice, abandons the transaction when it is met, and nothing is stored.
   *
   * @return how many were stored
   * @throws NotFoundException if there is no such measurement
   * @throws ConflictException if its wave is closed (before any response is taken), or a respondent
   *     appears twice (in {@code responses} or already in the wave)
   * @throws ValidationException naming every answer that does not fit the scale, by row
   */
  long importAll(MeasurementId id, Iterable<? extends MeasurementResponse> responses);

  /**
   * The scores of a measurement for {@code audience}, grouped by the attribute {@code groupBy} if
   * given ({@link ScaleScoring#score(Scale, List, Optional, Audience)}).
   *
   * @throws NotReleasedException for a bound audience while the wave is open or has no released
   *     state
   * @throws NotFoundException if there is no such measurement
   */
  ScaleReport scores(MeasurementId id, Optional<String> groupBy, Audience audience);

  /**
   * Compares measurement {@code id} with the later wave {@code with} of the same scale, for {@code
   * audience} ({@link CompareWaves#compare(ScaleData, ScaleData, Audience)}). A bound audience
   * needs both waves released.
   *
   * @throws NotReleasedException for a bound audience while either wave is open or has no released
   *     state
   * @throws NotFoundException if either measurement does not exist
   * @throws ValidationException on {@code with} if the two use different scales
   */
  WaveComparison compare(MeasurementId id, MeasurementId with, Audience audience);
}
