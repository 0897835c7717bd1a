package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.Coverage;
import io.cohesion.core.engagement.FollowUp;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.RecordEngagement;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalTally;
import io.cohesion.core.engagement.SignalTheme;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.rest.Role;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Audiences;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code /ambassadors}: the contact persons of buildings, with {@code
 * /neighbourhoods/{id}/coverage} (which buildings have an active one), and {@code /signals}, the
 * critical voices they pick up.
 *
 * <p>Ambassadors are named and signals are free text, so researchers read neither; the coverage
 * names buildings only and is open to every role.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AmbassadorResource implements ApiResource {
  private final RecordEngagement engagement;
  private final AmbassadorScope scope;
  private final DisclosurePolicy disclosure;
  private Bodies bodies;

  /**
   * A resource over the use case {@code engagement}; {@code scope} confines an ambassador's key
   * that names its ambassador to that ambassador's building.
   */
  public AmbassadorResource(
      RecordEngagement engagement, AmbassadorScope scope, DisclosurePolicy disclosure) {
    this.scope = scope;
    this.engagement = engagement;
    this.disclosure = disclosure;
  }

  /** Where the follow-up of a signal stands now. */
  record FollowUpRequest(String status) {}

  /** An ambassador to appoint; active unless said otherwise. */
  record AmbassadorRequest(String id, String building, String name, Boolean active) {}

  /** Whether an ambassador is active now. */
  record ActiveRequest(Boolean active) {}

  /** A critical voice to record. */
  record SignalRequest(
      String id, String building, String recordedBy, LocalDate date, String text, String theme) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access team = Access.roles(COORDINATOR, AMBASSADOR);
    routes.getRaw("/ambassadors", team, this::list);
    routes.postRaw("/ambassadors", Access.roles(COORDINATOR), this::appoint);
    routes.getRaw("/ambassadors/{id}", team, this::read);
    routes.put("/ambassadors/{id}/active", Access.roles(COORDINATOR), this::setActive);
    routes.get(
        "/neighbourhoods/{id}/coverage",
        Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER),
        this::coverage);
    routes.getRaw("/signals", team, this::listSignals);
    routes.postRaw("/signals", team, this::recordSignal);
    routes.getRaw("/signals/{id}", team, this::readSignal);
    routes.add(HandlerType.PUT, "/signals/{id}/follow-up", team, true, this::followUp);
    routes.get(
        "/neighbourhoods/{id}/signal-themes",
        Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER),
        this::tally);
  }

  /** {@code Ambassador}: a resident who keeps contact with a building. */
  record AmbassadorBody(String id, String building, String name, boolean active) {}

  /** {@code Signal}: a critical voice an ambassador recorded, with its follow-up. */
  record SignalBody(
      String id,
      String building,
      String recordedBy,
      LocalDate date,
      String text,
      String theme,
      LocalDate recorded,
      FollowUpBody followUp) {}

  /** {@code FollowUp}: where the follow-up of a signal stands, set by whom and when. */
  record FollowUpBody(String status, String by, LocalDate on) {}

  /** {@code SignalTally}: a neighbourhood's signals counted by theme up to a day. */
  record SignalTallyBody(
      String neighbourhood,
      LocalDate date,
      boolean live,
      @JsonInclude(Include.NON_NULL) Integer total,
      boolean totalSuppressed,
      List<ThemeCountBody> themes) {}

  /** One theme's count; a suppressed one has {@code suppressed} true and no {@code signals}. */
  record ThemeCountBody(
      String theme,
      Views.TextBody label,
      @JsonInclude(Include.NON_NULL) Integer signals,
      boolean suppressed) {}

  /**
   * {@code Coverage}: which buildings of a neighbourhood have an active ambassador, in buildings
   * and in households.
   */
  record CoverageBody(
      String neighbourhood,
      int buildings,
      List<String> covered,
      List<String> uncovered,
      Double ratio,
      int households,
      int coveredHouseholds,
      int uncoveredHouseholds,
      Double householdRatio) {}

  static AmbassadorBody view(Ambassador a) {
    return new AmbassadorBody(a.id().value(), a.building().value(), a.name(), a.active());
  }

  static SignalBody view(Signal s) {
    return new SignalBody(
        s.id().value(),
        s.building().value(),
        s.recordedBy().value(),
        s.date(),
        s.text(),
        s.theme().code(),
        s.recorded(),
        new FollowUpBody(Enums.name(s.followUp().status()), s.followUp().by(), s.followUp().on()));
  }

  private void list(Context ctx) {
    BuildingId building = Fields.filter(ctx, "building", BuildingId::new);
    scope.requireBuilding(ctx, building);
    Page<Versioned<Ambassador>> page = engagement.ambassadors(building, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private void appoint(Context ctx) throws Exception {
    AmbassadorRequest r = bodies.json(ctx, AmbassadorRequest.class);
    Fields.required("id", r.id(), "building", r.building(), "name", r.name());
    Ambassador ambassador =
        new Ambassador(
            Fields.field("id", () -> new AmbassadorId(r.id())),
            Fields.field("building", () -> new BuildingId(r.building())),
            r.name(),
            r.active() == null || r.active());
    Versioned<Ambassador> saved = engagement.appointAmbassador(ambassador);
    ctx.status(201)
        .header("Location", Routes.BASE + "/ambassadors/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private Versioned<Ambassador> find(Context ctx) {
    return engagement.ambassador(Params.id(ctx, "id", AmbassadorId::new));
  }

  private void read(Context ctx) {
    Versioned<Ambassador> ambassador = find(ctx);
    scope.requireBuilding(ctx, ambassador.value().building());
    if (!Preconditions.tag(ctx, ambassador)) {
      ctx.json(view(ambassador.value()));
    }
  }

  private void setActive(Context ctx) throws Exception {
    AmbassadorId id = find(ctx).value().id();
    ActiveRequest r = bodies.json(ctx, ActiveRequest.class);
    Fields.required("active", r.active());
    ctx.json(view(Preconditions.update(ctx, v -> engagement.setActive(id, r.active(), v)).value()));
  }

  private void coverage(Context ctx) {
    NeighbourhoodId neighbourhood = Params.id(ctx, "id", NeighbourhoodId::new);
    Coverage coverage = engagement.coverage(neighbourhood);
    ctx.json(
        new CoverageBody(
            neighbourhood.value(),
            coverage.buildings(),
            coverage.covered().stream().map(BuildingId::value).toList(),
            coverage.uncovered().stream().map(BuildingId::value).toList(),
            coverage.ratio().isPresent() ? coverage.ratio().getAsDouble() : null,
            coverage.households(),
            coverage.coveredHouseholds(),
            coverage.uncoveredHouseholds(),
            coverage.householdRatio().isPresent()
                ? coverage.householdRatio().getAsDouble()
                : null));
  }

  private void listSignals(Context ctx) {
    BuildingId building = Fields.filter(ctx, "building", BuildingId::new);
    scope.requireBuilding(ctx, building);
    Page<Versioned<Signal>> page = engagement.signals(building, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private void recordSignal(Context ctx) throws Exception {
    SignalRequest r = bodies.json(ctx, SignalRequest.class);
    Fields.required(
        "id", r.id(),
        "building", r.building(),
        "recordedBy", r.recordedBy(),
        "date", r.date(),
        "text", r.text(),
        "theme", r.theme());
    Signal signal =
        Signal.heard(
            Fields.field("id", () -> new SignalId(r.id())),
            Fields.field("building", () -> new BuildingId(r.building())),
            Fields.field("recordedBy", () -> new AmbassadorId(r.recordedBy())),
            r.date(),
            r.text(),
            SignalTheme.ofCode(r.theme()));
    scope.requireAmbassador(ctx, signal.recordedBy());
    Versioned<Signal> saved = engagement.recordSignal(signal);
    ctx.status(201)
        .header("Location", Routes.BASE + "/signals/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void readSignal(Context ctx) {
    Versioned<Signal> signal = engagement.signal(Params.id(ctx, "id", SignalId::new));
    scope.requireBuilding(ctx, signal.value().building());
    if (!Preconditions.tag(ctx, signal)) {
      ctx.json(view(signal.value()));
    }
  }

  private void followUp(Context ctx) throws Exception {
    Versioned<Signal> signal = engagement.signal(Params.id(ctx, "id", SignalId::new));
    scope.requireBuilding(ctx, signal.value().building());
    FollowUpRequest r = bodies.json(ctx, FollowUpRequest.class);
    Fields.required("status", r.status());
    FollowUpStatus status = Enums.parse(FollowUpStatus.class, "status", r.status());
    Caller caller = Caller.of(ctx);
    String by =
        caller.is(Role.COORDINATOR)
            ? FollowUp.COORDINATOR
            : caller.ambassador().map(AmbassadorId::value).orElse(Enums.name(Role.AMBASSADOR));
    ctx.json(
        view(
            Preconditions.update(ctx, v -> engagement.followUp(signal.value().id(), status, by, v))
                .value()));
  }

  private void tally(Context ctx) {
    NeighbourhoodId neighbourhood = Params.id(ctx, "id", NeighbourhoodId::new);
    scope.requireNeighbourhood(ctx, neighbourhood);
    Audience audience = Audiences.of(ctx, disclosure);
    SignalTally tally = engagement.signalTally(neighbourhood, audience);
    ctx.json(
        new SignalTallyBody(
            neighbourhood.value(),
            tally.date(),
            !audience.bound(),
            tally.total().isPresent() ? tally.total().getAsInt() : null,
            tally.total().isEmpty(),
            tally.themes().stream()
                .map(
                    t ->
                        new ThemeCountBody(
                            t.theme().code(),
                            Views.text(t.theme().label()),
                            t.suppressed() ? null : t.signals().getAsInt(),
                            t.suppressed()))
                .toList()));
  }
}
