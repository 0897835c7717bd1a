package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ConflictException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A wave's responses read together with their stored ids, so that a release state (which holds ids)
 * can pick its own: the ids come from {@link WaveStatusRepository#respondents}, the responses from
 * the store in stored order (ascending id), and the two are read again when an answer is added or
 * erased in between.
 *
 * @param ids the response ids, ascending
 * @param responses the responses, in the order of {@code ids}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record StoredResponses<R>(long[] ids, List<R> responses) {
  private static final int ATTEMPTS = 5;

  public StoredResponses {
    ids = requireNonNull(ids, "ids").clone();
    responses = List.copyOf(responses);
    if (ids.length != responses.size()) {
      throw new IllegalArgumentException(
          "one response per id: " + ids.length + " ids, " + responses.size() + " responses");
    }
  }

  /**
   * Reads {@code wave} now.
   *
   * @param live reads every response of the wave in stored order
   * @throws ConflictException if the wave keeps changing while it is read
   */
  public static <R> StoredResponses<R> read(
      WaveStatusRepository statuses, WaveId wave, Supplier<List<R>> live) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long[] before = statuses.respondents(wave);
      List<R> responses = live.get();
      long[] after = statuses.respondents(wave);
      if (Arrays.equals(before, after) && before.length == responses.size()) {
        return new StoredResponses<>(before, responses);
      }
    }
    throw new ConflictException(wave + " kept changing while it was read; try again");
  }

  /** The response ids, ascending (a copy). */
  @Override
  public long[] ids() {
    return ids.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredResponses<?> s
        && Arrays.equals(ids, s.ids)
        && responses.equals(s.responses);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + responses.hashCode();
  }

  @Override
  public String toString() {
    return "StoredResponses[" + ids.length + " responses]";
  }
}
