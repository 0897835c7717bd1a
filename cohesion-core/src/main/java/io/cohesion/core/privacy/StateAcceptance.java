package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Decides whether a close may cut a new release state, given the states cut before: the place where
 * disclosure rules over all the states of a wave plug into {@link ReleaseWaves}. It is asked only
 * after the floor is met (at least k respondents added or erased since the last state).
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface StateAcceptance {

  /**
   * The verdict on {@code candidate}.
   *
   * @param previous the states of the wave so far, oldest first (empty for a first close)
   * @param candidate the state the close would cut
   */
  StateVerdict judge(List<ReleaseState> previous, ReleaseState candidate);

  /**
   * Asks this acceptance, then {@code next} if this one accepts: the first refusal is the verdict.
   */
  default StateAcceptance and(StateAcceptance next) {
    java.util.Objects.requireNonNull(next, "next");
    return (previous, candidate) -> {
      StateVerdict verdict = judge(previous, candidate);
      return verdict instanceof StateVerdict.Refused ? verdict : next.judge(previous, candidate);
    };
  }

  /** Accepts every state: the floor alone decides. */
  static StateAcceptance acceptAll() {
    return (previous, candidate) -> StateVerdict.accepted();
  }
}
