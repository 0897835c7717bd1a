package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.ParkTopics;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedUntil;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code /parked-topics}: residents' questions, answered now or parked on purpose with a message
 * saying when. Questions are residents' own words, so researchers do not read them.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ParkedTopicResource implements ApiResource {
  private final ParkTopics topics;
  private final AmbassadorScope scope;
  private Bodies bodies;

  /**
   * A resource over the use case {@code topics}; {@code scope} confines an ambassador's key that
   * names its ambassador to the questions of that ambassador's neighbourhood.
   */
  public ParkedTopicResource(ParkTopics topics, AmbassadorScope scope) {
    this.scope = scope;
    this.topics = topics;
  }

  /** A question just raised. */
  record TopicRequest(String id, String neighbourhood, String question) {}

  /** Until when a question is parked: a phase or a date, not both. */
  record UntilRequest(String phase, LocalDate date) {}

  /** Parks a question, with the message residents get. */
  record ParkingRequest(UntilRequest until, String message) {}

  /** Answers a question. */
  record AnswerRequest(String answer) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access team = Access.roles(COORDINATOR, AMBASSADOR);
    routes.getRaw("/parked-topics", team, this::list);
    routes.postRaw("/parked-topics", team, this::raise);
    routes.getRaw("/parked-topics/{id}", team, this::read);
    routes.postRaw("/parked-topics/{id}/raises", team, this::raisedAgain);
    // Both answer with the question: raw data, like every read of a topic.
    routes.add(
        HandlerType.PUT,
        "/parked-topics/{id}/parking",
        Access.roles(COORDINATOR),
        true,
        this::park);
    routes.add(
        HandlerType.PUT,
        "/parked-topics/{id}/answer",
        Access.roles(COORDINATOR),
        true,
        this::answer);
  }

  /** {@code ParkedTopic}: a question parked until a phase or a date, and its answer. */
  record ParkedTopicBody(
      String id,
      String neighbourhood,
      String question,
      int raisedBy,
      String status,
      @JsonInclude(Include.NON_ABSENT) Optional<UntilBody> until,
      @JsonInclude(Include.NON_ABSENT) Optional<String> message,
      @JsonInclude(Include.NON_ABSENT) Optional<String> answer) {}

  /** {@link ParkedTopicBody#until()}: a phase or a date. */
  sealed interface UntilBody permits UntilPhaseBody, UntilDateBody {}

  /** Until a phase of the method. */
  record UntilPhaseBody(String phase) implements UntilBody {}

  /** Until a date. */
  record UntilDateBody(LocalDate date) implements UntilBody {}

  static ParkedTopicBody view(ParkedTopic t) {
    return new ParkedTopicBody(
        t.id().value(),
        t.neighbourhood().value(),
        t.question(),
        t.raisedBy(),
        Enums.name(t.status()),
        t.until().map(ParkedTopicResource::until),
        t.message(),
        t.answer());
  }

  private static UntilBody until(ParkedUntil until) {
    if (until instanceof ParkedUntil.UntilPhase phase) {
      return new UntilPhaseBody(Enums.name(phase.phase()));
    }
    return new UntilDateBody(((ParkedUntil.UntilDate) until).date());
  }

  private ParkedTopicId id(Context ctx) {
    return Params.id(ctx, "id", ParkedTopicId::new);
  }

  private Versioned<ParkedTopic> find(Context ctx) {
    Versioned<ParkedTopic> topic = topics.topic(id(ctx));
    scope.requireNeighbourhood(ctx, topic.value().neighbourhood());
    return topic;
  }

  private void list(Context ctx) {
    NeighbourhoodId neighbourhood = Fields.filter(ctx, "neighbourhood", NeighbourhoodId::new);
    scope.requireNeighbourhood(ctx, neighbourhood);
    PageRequest request = Paging.request(ctx);
    String reached = ctx.queryParam("reached");
    if (reached == null || reached.isEmpty()) {
      Page<Versioned<ParkedTopic>> page = topics.list(neighbourhood, request);
      ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
      return;
    }
    // The promises to keep now: parked topics due today with the approach in phase `reached`.
    List<ParkedTopic> due = topics.due(neighbourhood, Enums.parse(Phase.class, "reached", reached));
    int from = (int) Math.min(due.size(), request.offset());
    int to = Math.min(due.size(), from + request.pageSize());
    Page<ParkedTopic> page = new Page<>(due.subList(from, to), request, due.size());
    ctx.json(Paging.body(ctx, page, page.items().stream().map(ParkedTopicResource::view).toList()));
  }

  private void raise(Context ctx) throws Exception {
    TopicRequest r = bodies.json(ctx, TopicRequest.class);
    Fields.required("id", r.id(), "neighbourhood", r.neighbourhood(), "question", r.question());
    NeighbourhoodId neighbourhood =
        Fields.field("neighbourhood", () -> new NeighbourhoodId(r.neighbourhood()));
    scope.requireNeighbourhood(ctx, neighbourhood);
    Versioned<ParkedTopic> saved =
        topics.raise(
            Fields.field("id", () -> new ParkedTopicId(r.id())), neighbourhood, r.question());
    ctx.status(201)
        .header("Location", Routes.BASE + "/parked-topics/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void read(Context ctx) {
    Versioned<ParkedTopic> topic = find(ctx);
    if (!Preconditions.tag(ctx, topic)) {
      ctx.json(view(topic.value()));
    }
  }

  private void raisedAgain(Context ctx) {
    ParkedTopicId id = find(ctx).value().id();
    ctx.json(view(Preconditions.update(ctx, v -> topics.raisedAgain(id, v)).value()));
  }

  private void park(Context ctx) throws Exception {
    ParkedTopicId id = find(ctx).value().id();
    ParkingRequest r = bodies.json(ctx, ParkingRequest.class);
    Fields.required("until", r.until(), "message", r.message());
    ParkedUntil until;
    if ((r.until().phase() == null) == (r.until().date() == null)) {
      throw ProblemException.invalid("until", "give either a phase or a date");
    } else if (r.until().phase() != null) {
      until =
          new ParkedUntil.UntilPhase(Enums.parse(Phase.class, "until.phase", r.until().phase()));
    } else {
      until = new ParkedUntil.UntilDate(r.until().date());
    }
    ctx.json(view(Preconditions.update(ctx, v -> topics.park(id, until, r.message(), v)).value()));
  }

  private void answer(Context ctx) throws Exception {
    ParkedTopicId id = find(ctx).value().id();
    AnswerRequest r = bodies.json(ctx, AnswerRequest.class);
    Fields.required("answer", r.answer());
    ctx.json(view(Preconditions.update(ctx, v -> topics.answer(id, r.answer(), v)).value()));
  }
}
