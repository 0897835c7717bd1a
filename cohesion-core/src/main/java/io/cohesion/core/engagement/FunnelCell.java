package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The funnel of one part of a neighbourhood at one date: for each phase, the households that
 * reached it or a later one (cumulative, as {@link Funnel}).
 *
 * @param key the building's id, or the neighbourhood's id for the whole neighbourhood
 * @param phases one count per phase, in phase order
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record FunnelCell(String key, List<PhaseCount> phases) {
  public FunnelCell {
    Identifiers.check("funnel cell", key);
    phases = List.copyOf(phases);
    if (phases.size() != Phase.values().length) {
      throw new IllegalArgumentException(
          "one count per phase, got " + phases.size() + " for " + key);
    }
  }

  /** The count of one phase. */
  public PhaseCount count(Phase phase) {
    return phases.get(phase.ordinal());
  }

  /** The funnel, when no count of the cell is suppressed. */
  public Optional<Funnel> funnel() {
    if (phases.stream().anyMatch(PhaseCount::suppressed)) {
      return Optional.empty();
    }
    return Optional.of(
        new Funnel(
            count(Phase.CURIOUS).households().getAsInt(),
            count(Phase.INFORMED).households().getAsInt(),
            count(Phase.INVOLVED).households().getAsInt(),
            count(Phase.PARTICIPATING).households().getAsInt()));
  }
}
