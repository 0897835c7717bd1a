package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Versioned;
import java.util.Optional;
import org.apiguardian.api.API;

/** What closing a wave did: cut a new release state, or kept the last one (and why). */
@API(status = STABLE, since = "0.1.0")
public sealed interface Closing {

  /** The wave's status after the close. */
  Versioned<WaveStatus> status();

  /**
   * A new state was cut.
   *
   * @param state the new state, now the last of the wave
   */
  record Cut(Versioned<WaveStatus> status, ReleaseState state) implements Closing {
    public Cut {
      requireNonNull(status, "status");
      requireNonNull(state, "state");
    }
  }

  /**
   * No state was cut: the last state, if any, stays released.
   *
   * @param last the state that stays, if the wave has one
   * @param reason why nothing was cut
   * @param detail the reason in words, with the numbers behind it
   */
  record Kept(
      Versioned<WaveStatus> status, Optional<ReleaseState> last, Reason reason, String detail)
      implements Closing {
    public Kept {
      requireNonNull(status, "status");
      requireNonNull(last, "last");
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }
  }

  /** Why a close cut no state. */
  enum Reason {
    /** The wave was closed already: nothing changed. */
    ALREADY_CLOSED,
    /** Fewer than k respondents were added or erased since the last state. */
    TOO_FEW_CHANGES,
    /** The {@link StateAcceptance} refused the new state. */
    REFUSED
  }
}
