package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.FollowPhases;
import io.cohesion.core.engagement.FunnelCell;
import io.cohesion.core.engagement.FunnelSnapshot;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.MoveReason;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.PhaseCount;
import io.cohesion.core.engagement.PhaseMove;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.rest.Role;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Audiences;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * {@code /household-phases}: each household's phase in the neighbourhood approach and the moves
 * that brought it there, known by pseudonym only; and {@code /neighbourhoods/{id}/funnel} and
 * {@code /funnel-history}: how many households reached each phase, per neighbourhood and building.
 *
 * <p>Coordinators record moves and read households; an ambassador does so for the building they
 * look after. The funnel is open to researchers and ambassadors as well, under the disclosure
 * rules: they see it at the end of months that are over, with cells that could single out a
 * household suppressed (docs/practice.md#the-funnel-over-time).
 */
@API(status = INTERNAL, since = "0.2.0")
public final class HouseholdPhaseResource implements ApiResource {
  private final FollowPhases phases;
  private final AmbassadorScope scope;
  private final DisclosurePolicy disclosure;
  private Bodies bodies;

  /** A resource over {@code phases}, releasing funnels under {@code disclosure}. */
  public HouseholdPhaseResource(
      FollowPhases phases, AmbassadorScope scope, DisclosurePolicy disclosure) {
    this.phases = phases;
    this.scope = scope;
    this.disclosure = disclosure;
  }

  /** A move to record: the household's building, where it moved, when and why. */
  record MoveRequest(String building, String to, LocalDate date, String reason, String reference) {}

  /** {@code HouseholdPhase}: a household's phase and its moves, oldest first. */
  record HouseholdPhaseBody(
      String household, String building, String phase, List<MoveBody> moves) {}

  /** {@code PhaseMove}: one move of a household. */
  record MoveBody(
      @JsonInclude(Include.NON_NULL) String from,
      String to,
      LocalDate date,
      LocalDate recorded,
      String reason,
      @JsonInclude(Include.NON_NULL) String reference) {}

  /** {@code Funnel}: households per phase in a neighbourhood and each of its buildings. */
  record FunnelBody(
      String neighbourhood,
      LocalDate date,
      boolean live,
      FunnelCellBody whole,
      List<FunnelCellBody> buildings) {}

  /** {@code FunnelHistory}: the funnel at the end of each month, oldest first. */
  record FunnelHistoryBody(String neighbourhood, boolean live, List<FunnelBody> snapshots) {}

  /** One cell: a building's or the neighbourhood's count per phase. */
  record FunnelCellBody(String key, List<PhaseCountBody> phases) {}

  /**
   * Households that reached a phase or a later one; a suppressed count has {@code suppressed} true
   * and no {@code households}.
   */
  record PhaseCountBody(
      String phase, @JsonInclude(Include.NON_NULL) Integer households, boolean suppressed) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access team = Access.roles(COORDINATOR, AMBASSADOR);
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    routes.getRaw("/household-phases", team, this::list);
    routes.getRaw("/household-phases/{household}", team, this::read);
    routes.postRaw("/household-phases/{household}/moves", team, this::move);
    routes.get("/neighbourhoods/{id}/funnel", readers, this::funnel);
    routes.get("/neighbourhoods/{id}/funnel-history", readers, this::history);
  }

  static HouseholdPhaseBody view(HouseholdPhase h) {
    return new HouseholdPhaseBody(
        h.household().value(),
        h.building().value(),
        Enums.name(h.phase()),
        h.moves().stream().map(HouseholdPhaseResource::view).toList());
  }

  private static MoveBody view(PhaseMove m) {
    return new MoveBody(
        m.from().map(Enums::name).orElse(null),
        Enums.name(m.to()),
        m.date(),
        m.recorded(),
        Enums.name(m.reason()),
        m.reference().orElse(null));
  }

  static FunnelBody view(NeighbourhoodId neighbourhood, FunnelSnapshot s, boolean live) {
    return new FunnelBody(
        neighbourhood.value(),
        s.date(),
        live,
        view(s.neighbourhood()),
        s.buildings().stream().map(HouseholdPhaseResource::view).toList());
  }

  private static FunnelCellBody view(FunnelCell cell) {
    return new FunnelCellBody(
        cell.key(), cell.phases().stream().map(HouseholdPhaseResource::view).toList());
  }

  private static PhaseCountBody view(PhaseCount count) {
    return new PhaseCountBody(
        Enums.name(count.phase()),
        count.suppressed() ? null : count.households().getAsInt(),
        count.suppressed());
  }

  private static Pseudonym household(Context ctx) {
    return Params.id(ctx, "household", Pseudonym::new);
  }

  private void list(Context ctx) {
    BuildingId building = Fields.filter(ctx, "building", BuildingId::new);
    scope.requireBuilding(ctx, building);
    Page<Versioned<HouseholdPhase>> page = phases.households(building, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private void read(Context ctx) {
    Versioned<HouseholdPhase> household = phases.household(household(ctx));
    scope.requireBuilding(ctx, household.value().building());
    if (!Preconditions.tag(ctx, household)) {
      ctx.json(view(household.value()));
    }
  }

  private void move(Context ctx) throws Exception {
    Pseudonym household = household(ctx);
    MoveRequest r = bodies.json(ctx, MoveRequest.class);
    Fields.required("building", r.building(), "to", r.to(), "date", r.date(), "reason", r.reason());
    BuildingId building = Fields.field("building", () -> new BuildingId(r.building()));
    scope.requireBuilding(ctx, building);
    MoveReason reason = Enums.parse(MoveReason.class, "reason", r.reason());
    if (reason.mayGoBack() && !Caller.of(ctx).is(Role.COORDINATOR)) {
      throw ProblemException.forbidden("only a coordinator sets a household's phase by hand");
    }
    OptionalLong expected =
        ctx.header("If-Match") == null
            ? OptionalLong.empty()
            : OptionalLong.of(Preconditions.expectedVersion(ctx));
    FollowPhases.Move move =
        new FollowPhases.Move(
            household,
            building,
            Enums.parse(Phase.class, "to", r.to()),
            r.date(),
            reason,
            Optional.ofNullable(r.reference()),
            expected);
    boolean existed = existed(household);
    Versioned<HouseholdPhase> saved;
    try {
      saved = phases.move(move);
    } catch (io.cohesion.core.ConflictException e) {
      if (expected.isPresent()) {
        throw ProblemException.preconditionFailed(
            "version " + expected.getAsLong() + " is no longer current: " + e.getMessage());
      }
      throw e;
    }
    ctx.status(existed ? 200 : 201)
        .header("Location", Routes.BASE + "/household-phases/" + household.value())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private boolean existed(Pseudonym household) {
    try {
      phases.household(household);
      return true;
    } catch (io.cohesion.core.NotFoundException e) {
      return false;
    }
  }

  private void funnel(Context ctx) {
    NeighbourhoodId neighbourhood = Params.id(ctx, "id", NeighbourhoodId::new);
    scope.requireNeighbourhood(ctx, neighbourhood);
    Audience audience = Audiences.of(ctx, disclosure);
    Optional<LocalDate> date = Params.query(ctx, "date", LocalDate::parse);
    ctx.json(view(neighbourhood, phases.funnel(neighbourhood, date, audience), !audience.bound()));
  }

  private void history(Context ctx) {
    NeighbourhoodId neighbourhood = Params.id(ctx, "id", NeighbourhoodId::new);
    scope.requireNeighbourhood(ctx, neighbourhood);
    Audience audience = Audiences.of(ctx, disclosure);
    boolean live = !audience.bound();
    ctx.json(
        new FunnelHistoryBody(
            neighbourhood.value(),
            live,
            phases.funnelHistory(neighbourhood, audience).stream()
                .map(s -> view(neighbourhood, s, live))
                .toList()));
  }
}
