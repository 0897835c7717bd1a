package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.engagement.internal.AmbassadorAccessService;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an ambassador may reach when acting on their own (for example with a key that names them):
 * only while they exist and are active, so retiring an ambassador retires their access too, and
 * then only the building they look after and that building's neighbourhood (use case, a port in).
 */
@API(status = STABLE, since = "0.1.0")
public interface AmbassadorAccess {

  /** The use case on the given stores. */
  static AmbassadorAccess using(AmbassadorRepository ambassadors, BuildingRepository buildings) {
    return new AmbassadorAccessService(ambassadors, buildings);
  }

  /** Whether ambassador {@code id} may act now, and as whom. */
  Standing standing(AmbassadorId id);

  /**
   * Whether {@code ambassador} may act for {@code building}: the one they look after, while they
   * are active.
   */
  boolean mayActFor(Ambassador ambassador, BuildingId building);

  /**
   * Whether {@code ambassador} may act in {@code neighbourhood}: that of the building they look
   * after, while they are active; never when that building is not registered.
   */
  boolean mayActIn(Ambassador ambassador, NeighbourhoodId neighbourhood);

  /**
   * The neighbourhood {@code ambassador} works in, that of the building they look after; empty when
   * that building is not registered.
   */
  Optional<NeighbourhoodId> neighbourhood(Ambassador ambassador);

  /** Where an ambassador stands: unknown, retired, or active and so allowed to act. */
  sealed interface Standing {

    /** No ambassador has this id. */
    record Unknown(AmbassadorId id) implements Standing {}

    /** The ambassador is no longer active. */
    record Retired(Ambassador ambassador) implements Standing {}

    /** The ambassador is active and may act within their building and neighbourhood. */
    record Active(Ambassador ambassador) implements Standing {}
  }
}
