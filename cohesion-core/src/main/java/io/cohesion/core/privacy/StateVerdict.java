package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Whether a {@link StateAcceptance} lets a new release state be cut, and if not, why. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface StateVerdict {

  /** The state may be cut. */
  record Accepted() implements StateVerdict {}

  /**
   * The state may not be cut; the last state stays.
   *
   * @param reason why, in words a coordinator understands
   */
  record Refused(String reason) implements StateVerdict {
    public Refused {
      requireNonNull(reason, "reason");
    }
  }

  /** The state may be cut. */
  static StateVerdict accepted() {
    return new Accepted();
  }

  /** The state may not be cut, because of {@code reason}. */
  static StateVerdict refused(String reason) {
    return new Refused(reason);
  }
}
