package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Whether a market option meets every principle of an initiative. Only an option that meets all of
 * them is eligible; a principle that was not assessed counts as unknown.
 *
 * @param failed the codes of the principles the option fails
 * @param unknown the codes of the principles not (yet) known to be met
 */
@API(status = STABLE, since = "0.1.0")
public record Eligibility(List<String> failed, List<String> unknown) {
  public Eligibility {
    failed = List.copyOf(failed);
    unknown = List.copyOf(unknown);
  }

  /** Whether the option meets every principle. */
  public boolean isEligible() {
    return failed.isEmpty() && unknown.isEmpty();
  }
}
