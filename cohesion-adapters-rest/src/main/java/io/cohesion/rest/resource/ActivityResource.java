package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.cohesion.core.FieldError;
import io.cohesion.core.Page;
import io.cohesion.core.TargetValue;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityFlag;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.activity.Attendance;
import io.cohesion.core.activity.PlanActivity;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.redthread.ActivityFit;
import io.cohesion.core.redthread.ActivityFitReport;
import io.cohesion.core.redthread.AnalyseWishMaps;
import io.cohesion.core.redthread.DefaultActivityFit;
import io.cohesion.core.redthread.DefaultUrgency;
import io.cohesion.core.redthread.FitOptions;
import io.cohesion.core.scoring.spi.ActivityFitStrategy;
import io.cohesion.core.scoring.spi.ScoringStrategies;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import io.cohesion.core.wishmap.ManageWishMaps;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Audiences;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.Idempotency;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code /activities}: creative activities planned against a wish map, their status and sessions,
 * and {@code /wish-maps/{id}/activity-fit}, the ranking of a neighbourhood's activities by how well
 * they fit the red thread (docs/scoring.md#55-activity-fit) with every part of the fit.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ActivityResource implements ApiResource {
  private final PlanActivity plan;
  private final ManageWishMaps wishMaps;
  private final AnalyseWishMaps analysis;
  private final AmbassadorScope scope;
  private final DisclosurePolicy disclosure;
  private Bodies bodies;

  /**
   * A resource over the use case {@code plan}; activities are checked against the wish maps of
   * {@code wishMaps} and ranked by {@code analysis}, which releases a wish map's figures to a bound
   * caller ({@code disclosure} says who is) only once its wave is closed; {@code scope} confines an
   * ambassador's key that names its ambassador to the sessions of that ambassador's neighbourhood.
   */
  public ActivityResource(
      PlanActivity plan,
      ManageWishMaps wishMaps,
      AnalyseWishMaps analysis,
      AmbassadorScope scope,
      DisclosurePolicy disclosure) {
    this.plan = plan;
    this.wishMaps = wishMaps;
    this.analysis = analysis;
    this.scope = scope;
    this.disclosure = disclosure;
  }

  /**
   * An activity as planned or redesigned. {@code wishMap} (write-only) names the wish map whose red
   * thread it answers: required to plan, optional in a redesign; {@code flags} is read-only.
   */
  record ActivityRequest(
      String id,
      String neighbourhood,
      String wishMap,
      String name,
      String description,
      List<TargetRequest> targets,
      List<SegmentRequest> segments,
      List<String> partners,
      String sustainabilityLink,
      String benefit,
      String status,
      List<String> flags) {}

  /** A target value; its weight is 1 unless given. */
  record TargetRequest(String code, Double weight) {}

  /** A target segment. */
  record SegmentRequest(String column, String value) {}

  /** A move to the next status. */
  record StatusRequest(String status) {}

  /** A session and who came. */
  record SessionRequest(LocalDate date, Integer attendance, Integer newParticipants) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    Access coordinators = Access.roles(COORDINATOR);
    routes.get("/activities", readers, this::list);
    routes.post("/activities", coordinators, this::create);
    routes.get("/activities/{id}", readers, this::read);
    routes.put("/activities/{id}", coordinators, this::redesign);
    routes.put("/activities/{id}/status", coordinators, this::move);
    routes.get("/activities/{id}/sessions", readers, this::sessions);
    routes.post(
        "/activities/{id}/sessions", Access.roles(COORDINATOR, AMBASSADOR), this::recordSession);
    routes.get("/wish-maps/{id}/activity-fit", readers, this::fit);
  }

  /** {@code Activity}: an activity as planned. */
  record ActivityBody(
      String id,
      String neighbourhood,
      String name,
      String description,
      List<TargetBody> targets,
      List<SegmentKeyBody> segments,
      List<String> partners,
      @JsonInclude(Include.NON_ABSENT) Optional<String> sustainabilityLink,
      @JsonInclude(Include.NON_ABSENT) Optional<String> benefit,
      String status,
      List<String> flags) {}

  /** One of {@link ActivityBody#targets()}: a target value and its weight. */
  record TargetBody(String code, double weight) {}

  /** {@code SegmentKey}: a segment, a column and one of its values. */
  record SegmentKeyBody(String column, String value) {}

  /** {@code Attendance}: the sessions of an activity and who came. */
  record AttendanceBody(
      long total, long newParticipants, LocalDate lastSession, List<SessionBody> sessions) {}

  /** {@code Session}: one session and who came. */
  record SessionBody(LocalDate date, int attendance, int newParticipants) {}

  /** {@code ActivityFitRanking}: a neighbourhood's activities ranked by their fit. */
  record ActivityFitRankingBody(
      String wishMap,
      String neighbourhood,
      int kMin,
      String fitStrategy,
      String urgencyStrategy,
      List<RankedActivityBody> activities,
      List<SkippedActivityBody> skipped) {}

  /** One of {@link ActivityFitRankingBody#activities()}: an activity's fit with its parts. */
  record RankedActivityBody(
      String id,
      String name,
      int rank,
      Double fit,
      List<FitPartBody> parts,
      String basis,
      List<SegmentKeyBody> segmentsUsed,
      List<String> flags) {}

  /** One of {@link RankedActivityBody#parts()}; a value that is not a number is null. */
  record FitPartBody(String name, Double value, double weight) {}

  /** One of {@link ActivityFitRankingBody#skipped()}: an activity that does not fit, and why. */
  record SkippedActivityBody(String id, String name, List<FieldError> errors) {}

  static ActivityBody view(Activity a) {
    return new ActivityBody(
        a.id().value(),
        a.neighbourhood().value(),
        a.name(),
        a.description(),
        a.targets().stream().map(t -> new TargetBody(t.code(), t.weight())).toList(),
        a.segments().stream().map(s -> new SegmentKeyBody(s.column(), s.value())).toList(),
        a.partners().stream().sorted().toList(),
        a.sustainabilityLink(),
        a.benefit(),
        Enums.name(a.status()),
        a.flags().stream().map(Enums::name).toList());
  }

  private ActivityId id(Context ctx) {
    return Params.id(ctx, "id", ActivityId::new);
  }

  private WishMap wishMap(String field, String id) {
    return wishMaps.get(Fields.field(field, () -> new WishMapId(id))).value();
  }

  private void list(Context ctx) {
    NeighbourhoodId neighbourhood = Fields.filter(ctx, "neighbourhood", NeighbourhoodId::new);
    Page<Versioned<Activity>> page = plan.list(neighbourhood, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private Activity parse(ActivityRequest r, ActivityStatus fallback) {
    Fields.required(
        "id", r.id(),
        "neighbourhood", r.neighbourhood(),
        "name", r.name(),
        "description", r.description(),
        "targets", r.targets());
    List<TargetRequest> targetRequests = Nulls.list("targets", r.targets());
    List<TargetValue> targets = new ArrayList<>();
    for (int i = 0; i < targetRequests.size(); i++) {
      TargetRequest t = targetRequests.get(i);
      String path = Fields.at("targets", i);
      Fields.required(path + ".code", t.code());
      double weight = t.weight() == null ? 1 : t.weight();
      targets.add(Fields.nested(path, () -> new TargetValue(t.code(), weight)));
    }
    List<SegmentRequest> segmentRequests = Nulls.list("segments", r.segments());
    List<TargetSegment> segments = new ArrayList<>();
    for (int i = 0; i < segmentRequests.size(); i++) {
      SegmentRequest s = segmentRequests.get(i);
      String path = Fields.at("segments", i);
      Fields.required(path + ".column", s.column(), path + ".value", s.value());
      segments.add(Fields.nested(path, () -> new TargetSegment(s.column(), s.value())));
    }
    Set<String> partners = new LinkedHashSet<>(Nulls.list("partners", r.partners()));
    ActivityStatus status =
        r.status() == null ? fallback : Enums.parse(ActivityStatus.class, "status", r.status());
    for (int i = 0; i < Nulls.list("flags", r.flags()).size(); i++) {
      // Flags are computed; a caller sending back what it read may include them.
      Enums.parse(ActivityFlag.class, Fields.at("flags", i), r.flags().get(i));
    }
    return new Activity(
        Fields.field("id", () -> new ActivityId(r.id())),
        Fields.field("neighbourhood", () -> new NeighbourhoodId(r.neighbourhood())),
        r.name(),
        r.description(),
        targets,
        segments,
        partners,
        Optional.ofNullable(r.sustainabilityLink()),
        Optional.ofNullable(r.benefit()),
        status);
  }

  private void create(Context ctx) throws Exception {
    ActivityRequest r = bodies.json(ctx, ActivityRequest.class);
    Fields.required("wishMap", r.wishMap());
    Activity activity = parse(r, ActivityStatus.PLANNED);
    Versioned<Activity> saved = plan.plan(activity, wishMap("wishMap", r.wishMap()));
    ctx.status(201)
        .header("Location", Routes.BASE + "/activities/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void read(Context ctx) {
    Versioned<Activity> activity = plan.get(id(ctx));
    if (!Preconditions.tag(ctx, activity)) {
      ctx.json(view(activity.value()));
    }
  }

  private void redesign(Context ctx) throws Exception {
    Activity stored = plan.get(id(ctx)).value();
    ActivityRequest r = bodies.json(ctx, ActivityRequest.class);
    Activity activity = parse(r, stored.status());
    NeighbourhoodResource.requireSameId(stored.id(), activity.id());
    if (!activity.neighbourhood().equals(stored.neighbourhood())) {
      throw ProblemException.invalid(
          "neighbourhood", "an activity stays in " + stored.neighbourhood() + "; plan a new one");
    }
    if (r.wishMap() != null) {
      List<FieldError> errors = activity.check(wishMap("wishMap", r.wishMap()));
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
    }
    ctx.json(view(Preconditions.update(ctx, v -> plan.redesign(activity, v)).value()));
  }

  private void move(Context ctx) throws Exception {
    ActivityId id = plan.get(id(ctx)).value().id();
    StatusRequest r = bodies.json(ctx, StatusRequest.class);
    ActivityStatus next = Enums.parse(ActivityStatus.class, "status", r.status());
    ctx.json(view(Preconditions.update(ctx, v -> plan.moveTo(id, next, v)).value()));
  }

  private void sessions(Context ctx) {
    Attendance attendance = plan.attendance(id(ctx));
    ctx.json(
        new AttendanceBody(
            attendance.total(),
            attendance.newParticipants(),
            attendance.lastSession().orElse(null),
            attendance.sessions().stream().map(ActivityResource::view).toList()));
  }

  private static SessionBody view(ActivitySession session) {
    return new SessionBody(session.date(), session.attendance(), session.newParticipants());
  }

  private void recordSession(Context ctx) throws Exception {
    Activity activity = plan.get(id(ctx)).value();
    scope.requireNeighbourhood(ctx, activity.neighbourhood());
    ActivityId id = activity.id();
    SessionRequest r = bodies.json(ctx, SessionRequest.class);
    Fields.required("date", r.date(), "attendance", r.attendance());
    ActivitySession session =
        new ActivitySession(
            id, r.date(), r.attendance(), r.newParticipants() == null ? 0 : r.newParticipants());
    // A repeat under the caller's Idempotency-Key records nothing and answers the first session.
    Optional<IdempotencyKey> key =
        Idempotency.key(ctx, Caller.of(ctx).credential()).map(IdempotencyKey::new);
    ActivitySession recorded =
        Idempotency.sameRequest(ctx, session, plan.recordSession(session, key));
    ctx.status(201)
        .header("Location", Routes.BASE + "/activities/" + id + "/sessions")
        .json(view(recorded));
  }

  private void fit(Context ctx) {
    WishMapId mapId = Params.id(ctx, "id", WishMapId::new);
    NeighbourhoodId neighbourhood = Fields.filter(ctx, "neighbourhood", NeighbourhoodId::new);
    ScoringStrategies strategies = ScoringStrategies.load();
    FitOptions options =
        FitOptions.defaults()
            .withAudience(Audiences.of(ctx, disclosure))
            .withFitStrategy(
                strategy(
                    ctx,
                    "fitStrategy",
                    DefaultActivityFit.NAME,
                    strategies.names(ActivityFitStrategy.class)))
            .withUrgencyStrategy(
                strategy(
                    ctx,
                    "urgencyStrategy",
                    DefaultUrgency.NAME,
                    strategies.names(UrgencyStrategy.class)));
    List<ActivityId> wanted = new ArrayList<>();
    for (String id : Params.all(ctx, "activity")) {
      wanted.add(Fields.field("activity", () -> new ActivityId(id)));
    }
    ActivityFitReport report = analysis.activityFit(mapId, neighbourhood, wanted, options);
    List<RankedActivityBody> activities = new ArrayList<>();
    for (ActivityFitReport.Ranked ranked : report.ranked()) {
      ActivityFit fit = ranked.fit();
      activities.add(
          new RankedActivityBody(
              fit.activity(),
              ranked.activity().name(),
              fit.rank(),
              number(fit.fit()),
              fit.parts().stream()
                  .map(part -> new FitPartBody(part.name(), number(part.value()), part.weight()))
                  .toList(),
              Enums.name(fit.basis()),
              fit.segmentsUsed().stream()
                  .map(key -> new SegmentKeyBody(key.column(), key.value()))
                  .toList(),
              fit.flags().stream().map(Enums::name).toList()));
    }
    List<SkippedActivityBody> skipped = new ArrayList<>();
    for (ActivityFitReport.Skipped skip : report.skipped()) {
      skipped.add(
          new SkippedActivityBody(
              skip.activity().id().value(), skip.activity().name(), skip.errors()));
    }
    ctx.json(
        new ActivityFitRankingBody(
            report.wishMap().value(),
            report.neighbourhood().value(),
            report.options().audience().k(),
            report.options().fitStrategy(),
            report.options().urgencyStrategy(),
            activities,
            skipped));
  }

  /** The strategy named by query parameter {@code name}; 400 naming it and the known ones. */
  private static String strategy(
      Context ctx, String name, String fallback, List<String> available) {
    String wanted = ctx.queryParam(name);
    if (wanted == null || wanted.isEmpty()) {
      return fallback;
    }
    if (!available.contains(wanted)) {
      throw ValidationException.of(
          name, "unknown strategy '" + wanted + "'; available: " + String.join(", ", available));
    }
    return wanted;
  }

  private static Double number(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
