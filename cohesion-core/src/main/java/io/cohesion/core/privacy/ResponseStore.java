package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Keeps the responses of one kind (wish map or measurement responses) per wave, where a wave is the
 * wish map or measurement they answer.
 *
 * <p>Responses are personal data under a pseudonym, which is why every store can export and erase
 * one respondent's answers. A respondent answers a wave at most once: a second submission is a
 * {@link io.cohesion.core.ConflictException} unless it repeats the idempotency key of the first, in
 * which case the first is returned and nothing is stored.
 *
 * @param <W> the id of a wave
 * @param <R> the response type
 */
@API(status = STABLE, since = "0.1.0")
public interface ResponseStore<W, R> {

  /**
   * Stores one response in its own transaction: when this returns, the response is durable.
   *
   * @param wave the wish map or measurement answered
   * @param response the response
   * @param idempotencyKey the client's key; a repeated key returns the response first stored under
   *     it (in this wave) and stores nothing
   * @return the stored response with its id
   * @throws io.cohesion.core.NotFoundException when the wave does not exist
   * @throws io.cohesion.core.ConflictException when the respondent already answered this wave under
   *     another key or without one
   */
  StoredResponse<R> submit(W wave, R response, Optional<IdempotencyKey> idempotencyKey);

  /**
   * The response stored in {@code wave} under {@code idempotencyKey}, if any: how a replay finds
   * the answer it repeats, also once the wave has closed and takes no new answers.
   */
  Optional<StoredResponse<R>> find(W wave, IdempotencyKey idempotencyKey);

  /**
   * Stores many responses in one transaction: all of them or, on any failure, none.
   *
   * <p>The responses are iterated once, in order, but not necessarily on the calling thread: a
   * store may take them on a thread of its own while it writes the ones before (never two threads
   * at once, and never after this method has returned; on a failure the taking thread is
   * interrupted). An iterator bound to the calling thread belongs in a list first.
   *
   * @return how many responses were stored
   * @throws io.cohesion.core.NotFoundException when the wave does not exist
   * @throws io.cohesion.core.ConflictException when a respondent appears twice, in the input or
   *     already in the wave
   */
  long importAll(W wave, Iterable<? extends R> responses);

  /**
   * Hands every response of a wave to {@code action}, in the order stored, without holding them all
   * in memory at once.
   */
  void forEach(W wave, Consumer<? super R> action);

  /** Every response of a wave, in the order stored. */
  default List<R> responses(W wave) {
    List<R> all = new ArrayList<>();
    forEach(wave, all::add);
    return all;
  }

  /**
   * The responses of a wave in one segment, for example {@code household = young_parents} (for a
   * measurement: one of its attribute columns), in the order stored.
   */
  List<R> responses(W wave, String column, String value);

  /** How many responses a wave holds. */
  long count(W wave);

  /** One respondent's answers in every wave of this kind, to hand over on request. */
  Map<W, R> export(Pseudonym respondent);

  /**
   * Erases one respondent's answers in every wave of this kind, in one transaction. They leave
   * every listing, export, count and live figure at once. Where the last release state of a wave
   * holds the erased response, its answers are kept for that state alone, under a stand-in
   * pseudonym ({@link #retained}), so that the figures the state released stay as they were until
   * the next state is cut.
   *
   * @return how many responses were erased
   */
  int erase(Pseudonym respondent);

  /**
   * The answers erased from a wave that its last release state holds, each with its stored id, in
   * ascending id order: what the state still needs to release the figures it released. They carry a
   * stand-in instead of the respondent's pseudonym, one fresh stand-in per erasure and the same in
   * every wave that erasure touched (so a paired comparison of two states pairs them as before),
   * and they are dropped when the next state of the wave is cut ({@link
   * WaveStatusRepository#update}) or the wave is deleted. Empty for a wave without such erasures.
   */
  List<StoredResponse<R>> retained(W wave);
}
