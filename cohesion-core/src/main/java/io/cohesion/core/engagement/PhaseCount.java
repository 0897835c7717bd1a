package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How many households of a cell reached a phase or a later one; empty when the cell is suppressed
 * under the disclosure rules.
 *
 * @param phase the phase
 * @param households the count, or empty when suppressed
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record PhaseCount(Phase phase, OptionalInt households) {
  public PhaseCount {
    requireNonNull(phase, "phase");
    requireNonNull(households, "households");
  }

  /** Whether the count is suppressed. */
  public boolean suppressed() {
    return households.isEmpty();
  }
}
