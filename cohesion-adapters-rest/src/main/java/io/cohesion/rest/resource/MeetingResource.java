package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.AttendanceTrend;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingKind;
import io.cohesion.core.engagement.RecordEngagement;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code /meetings}: neighbourhood meetings and how many residents came, and {@code
 * /neighbourhoods/{id}/attendance}, their attendance over time. Counts only, so every role reads
 * them; coordinators and ambassadors record them.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MeetingResource implements ApiResource {
  private final RecordEngagement engagement;
  private final AmbassadorScope scope;
  private Bodies bodies;

  /**
   * A resource over the use case {@code engagement}; {@code scope} confines an ambassador's key
   * that names its ambassador to that ambassador's neighbourhood.
   */
  public MeetingResource(RecordEngagement engagement, AmbassadorScope scope) {
    this.scope = scope;
    this.engagement = engagement;
  }

  /** A meeting as recorded or corrected. */
  record MeetingRequest(
      String id,
      String neighbourhood,
      String kind,
      String title,
      LocalDate date,
      Integer attendance) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    Access recorders = Access.roles(COORDINATOR, AMBASSADOR);
    routes.get("/meetings", readers, this::list);
    routes.post("/meetings", recorders, this::create);
    routes.get("/meetings/{id}", readers, this::read);
    routes.put("/meetings/{id}", recorders, this::correct);
    routes.get("/neighbourhoods/{id}/attendance", readers, this::trend);
  }

  /** {@code Meeting}: a meeting and how many came. */
  record MeetingBody(
      String id, String neighbourhood, String kind, String title, LocalDate date, int attendance) {}

  /** {@code AttendanceTrend}: the meetings of a neighbourhood and how attendance changes. */
  record AttendanceTrendBody(
      String neighbourhood,
      String kind,
      List<TrendPointBody> meetings,
      Integer change,
      boolean growing) {}

  /** One of {@link AttendanceTrendBody#meetings()}: a meeting and the change since the last. */
  record TrendPointBody(
      String id, String kind, String title, LocalDate date, int attendance, Integer change) {}

  static MeetingBody view(Meeting m) {
    return new MeetingBody(
        m.id().value(),
        m.neighbourhood().value(),
        Enums.name(m.kind()),
        m.title(),
        m.date(),
        m.attendance());
  }

  private void list(Context ctx) {
    NeighbourhoodId neighbourhood = Fields.filter(ctx, "neighbourhood", NeighbourhoodId::new);
    Page<Versioned<Meeting>> page = engagement.meetings(neighbourhood, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private Meeting parse(Context ctx) throws Exception {
    MeetingRequest r = bodies.json(ctx, MeetingRequest.class);
    Fields.required(
        "id", r.id(),
        "neighbourhood", r.neighbourhood(),
        "kind", r.kind(),
        "title", r.title(),
        "date", r.date(),
        "attendance", r.attendance());
    return new Meeting(
        Fields.field("id", () -> new MeetingId(r.id())),
        Fields.field("neighbourhood", () -> new NeighbourhoodId(r.neighbourhood())),
        Enums.parse(MeetingKind.class, "kind", r.kind()),
        r.title(),
        r.date(),
        r.attendance());
  }

  private Versioned<Meeting> find(Context ctx) {
    return engagement.meeting(Params.id(ctx, "id", MeetingId::new));
  }

  private void create(Context ctx) throws Exception {
    Meeting meeting = parse(ctx);
    scope.requireNeighbourhood(ctx, meeting.neighbourhood());
    Versioned<Meeting> saved = engagement.recordMeeting(meeting);
    ctx.status(201)
        .header("Location", Routes.BASE + "/meetings/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void read(Context ctx) {
    Versioned<Meeting> meeting = find(ctx);
    if (!Preconditions.tag(ctx, meeting)) {
      ctx.json(view(meeting.value()));
    }
  }

  private void correct(Context ctx) throws Exception {
    Meeting stored = find(ctx).value();
    Meeting meeting = parse(ctx);
    NeighbourhoodResource.requireSameId(stored.id(), meeting.id());
    scope.requireNeighbourhood(ctx, stored.neighbourhood());
    scope.requireNeighbourhood(ctx, meeting.neighbourhood());
    ctx.json(view(Preconditions.update(ctx, v -> engagement.correctMeeting(meeting, v)).value()));
  }

  private void trend(Context ctx) {
    NeighbourhoodId neighbourhood = Params.id(ctx, "id", NeighbourhoodId::new);
    Optional<MeetingKind> kind =
        Optional.ofNullable(ctx.queryParam("kind"))
            .filter(k -> !k.isEmpty())
            .map(k -> Enums.parse(MeetingKind.class, "kind", k));
    AttendanceTrend trend = engagement.attendanceTrend(neighbourhood);
    if (kind.isPresent()) {
      trend =
          AttendanceTrend.of(
              trend.points().stream()
                  .map(AttendanceTrend.Point::meeting)
                  .filter(m -> m.kind() == kind.get())
                  .toList());
    }
    List<TrendPointBody> points = new ArrayList<>();
    for (AttendanceTrend.Point point : trend.points()) {
      Meeting m = point.meeting();
      points.add(
          new TrendPointBody(
              m.id().value(),
              Enums.name(m.kind()),
              m.title(),
              m.date(),
              m.attendance(),
              point.change().isPresent() ? point.change().getAsInt() : null));
    }
    ctx.json(
        new AttendanceTrendBody(
            neighbourhood.value(),
            kind.map(Enums::name).orElse(null),
            points,
            trend.change().isPresent() ? trend.change().getAsInt() : null,
            trend.isGrowing()));
  }
}
