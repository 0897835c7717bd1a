package io.cohesion.rest.resource;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorAccess;
import io.cohesion.core.engagement.AmbassadorAccess.Standing;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.ProblemException;
import io.javalin.http.Context;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Confines an ambassador's key that names its ambassador ({@code token=ambassador:<id>}) to that
 * ambassador's building: its signals, ambassadors and benefit statements, and the meetings,
 * activity sessions and residents' questions of the building's neighbourhood. The ambassador must
 * exist and be active, so retiring an ambassador also retires their key: the access guard asks
 * {@link #refusal} on every route. Keys of the other roles, and ambassadors' keys that name no
 * ambassador, pass unchecked. What an ambassador may reach is decided by core's {@link
 * AmbassadorAccess}; this class reads the caller and answers 403.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AmbassadorScope {
  private final AmbassadorAccess access;

  /** A scope that asks {@code access} where ambassadors stand and what they may reach. */
  public AmbassadorScope(AmbassadorAccess access) {
    this.access = access;
  }

  /**
   * Why the key of {@code id} may not be used now: the ambassador is not known or no longer active;
   * empty while they are active. The access guard asks this on every route.
   */
  public Optional<String> refusal(AmbassadorId id) {
    return refusal(id, access.standing(id));
  }

  private static Optional<String> refusal(AmbassadorId id, Standing standing) {
    if (standing instanceof Standing.Unknown) {
      return Optional.of("this key's ambassador " + id + " is not known");
    }
    if (standing instanceof Standing.Retired) {
      return Optional.of("this key's ambassador " + id + " is no longer active");
    }
    return Optional.empty();
  }

  /** The active ambassador the caller's key belongs to, if it names one; 403 if it may not act. */
  Optional<Ambassador> of(Context ctx) {
    Optional<AmbassadorId> bound = Caller.of(ctx).ambassador();
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    Standing standing = access.standing(bound.get());
    if (standing instanceof Standing.Active active) {
      return Optional.of(active.ambassador());
    }
    throw ProblemException.forbidden(refusal(bound.get(), standing).orElseThrow());
  }

  /** 403 unless the caller may act for {@code building}. */
  void requireBuilding(Context ctx, BuildingId building) {
    of(ctx)
        .filter(a -> !access.mayActFor(a, building))
        .ifPresent(
            a -> {
              throw ProblemException.forbidden(
                  "this key belongs to ambassador "
                      + a.id()
                      + " of building "
                      + a.building()
                      + ", not "
                      + building);
            });
  }

  /** 403 unless the caller may act in {@code neighbourhood}. */
  void requireNeighbourhood(Context ctx, NeighbourhoodId neighbourhood) {
    Optional<Ambassador> ambassador = of(ctx);
    if (ambassador.isEmpty() || access.mayActIn(ambassador.get(), neighbourhood)) {
      return;
    }
    Ambassador a = ambassador.get();
    NeighbourhoodId own =
        access
            .neighbourhood(a)
            .orElseThrow(
                () ->
                    ProblemException.forbidden(
                        "this key's building " + a.building() + " is not known"));
    throw ProblemException.forbidden(
        "this key belongs to ambassador "
            + a.id()
            + " in neighbourhood "
            + own
            + ", not "
            + neighbourhood);
  }

  /** 403 unless the caller is {@code ambassador} or acts for every ambassador. */
  void requireAmbassador(Context ctx, AmbassadorId ambassador) {
    Optional<AmbassadorId> bound = Caller.of(ctx).ambassador();
    if (bound.isPresent() && !bound.get().equals(ambassador)) {
      throw ProblemException.forbidden(
          "this key belongs to ambassador " + bound.get() + ", not " + ambassador);
    }
    of(ctx);
  }
}
