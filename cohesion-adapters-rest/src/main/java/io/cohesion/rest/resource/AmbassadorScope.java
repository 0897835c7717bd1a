package io.cohesion.rest.resource;

import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.ProblemException;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Confines an ambassador's key that names its ambassador ({@code token=ambassador:<id>}) to that
 * ambassador's building: its signals, ambassadors and benefit statements, and the meetings,
 * activity sessions and residents' questions of the building's neighbourhood. The ambassador must
 * exist and be active, so retiring an ambassador also retires their key: the access guard asks
 * {@link #refusal} on every route. Keys of the other roles, and ambassadors' keys that name no
 * ambassador, pass unchecked.
 */
public final class AmbassadorScope {
  private final Optional<AmbassadorRepository> ambassadors;
  private final Optional<BuildingRepository> buildings;

  /**
   * A scope that looks ambassadors and their buildings up in these stores; without them, a key that
   * names an ambassador is refused everywhere it would be checked.
   */
  public AmbassadorScope(
      Optional<AmbassadorRepository> ambassadors, Optional<BuildingRepository> buildings) {
    this.ambassadors = ambassadors;
    this.buildings = buildings;
  }

  /**
   * Why the key of {@code id} may not be used now: the ambassador is not known or no longer active;
   * empty while they are active. The access guard asks this on every route.
   */
  public Optional<String> refusal(AmbassadorId id) {
    Optional<Ambassador> ambassador = find(id);
    if (ambassador.isEmpty()) {
      return Optional.of("this key's ambassador " + id + " is not known");
    }
    if (!ambassador.get().active()) {
      return Optional.of("this key's ambassador " + id + " is no longer active");
    }
    return Optional.empty();
  }

  private Optional<Ambassador> find(AmbassadorId id) {
    return ambassadors.flatMap(store -> store.find(id)).map(v -> v.value());
  }

  /** The active ambassador the caller's key belongs to, if it names one; 403 if it may not act. */
  Optional<Ambassador> of(Context ctx) {
    Optional<AmbassadorId> bound = Caller.of(ctx).ambassador();
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    refusal(bound.get())
        .ifPresent(
            reason -> {
              throw ProblemException.forbidden(reason);
            });
    return find(bound.get());
  }

  /** 403 unless the caller may act for {@code building}. */
  void requireBuilding(Context ctx, BuildingId building) {
    of(ctx)
        .filter(a -> !a.building().equals(building))
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
    if (ambassador.isEmpty()) {
      return;
    }
    BuildingId building = ambassador.get().building();
    NeighbourhoodId own =
        buildings
            .flatMap(store -> store.find(building))
            .map(v -> v.value())
            .map(Building::neighbourhood)
            .orElseThrow(
                () ->
                    ProblemException.forbidden(
                        "this key's building " + building + " is not known"));
    if (!own.equals(neighbourhood)) {
      throw ProblemException.forbidden(
          "this key belongs to ambassador "
              + ambassador.get().id()
              + " in neighbourhood "
              + own
              + ", not "
              + neighbourhood);
    }
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
