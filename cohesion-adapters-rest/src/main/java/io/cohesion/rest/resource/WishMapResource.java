package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.redthread.AnalyseWishMaps;
import io.cohesion.core.redthread.AnalysisBudget;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.wishmap.ManageWishMaps;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Audiences;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.FormParts;
import io.cohesion.rest.http.Idempotency;
import io.cohesion.rest.http.Negotiation;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.mapping.CsvTable;
import io.cohesion.rest.mapping.MappedResponsesCsv;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.ResultTables;
import io.cohesion.rest.mapping.SurveyMapping;
import io.cohesion.rest.mapping.WishMapFile;
import io.cohesion.rest.mapping.WishMapResponsesCsv;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * {@code /wish-maps}: definitions in the file format of docs/cli.md, their responses (one as JSON,
 * many as CSV), and the red thread and networks computed from them.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WishMapResource implements ApiResource {
  private final ManageWishMaps wishMaps;
  private final AnalyseWishMaps analysis;
  private final DisclosurePolicy disclosure;
  private final AnalysisBudget budget;
  private Bodies bodies;

  /**
   * A resource over the use cases {@code wishMaps} and {@code analysis}, which release a wish map's
   * figures to a bound caller only once its wave is closed; {@code disclosure} says who is bound,
   * and one red thread may ask for at most {@code analysisBudget} resamples × groups × respondents.
   */
  public WishMapResource(
      ManageWishMaps wishMaps,
      AnalyseWishMaps analysis,
      DisclosurePolicy disclosure,
      long analysisBudget) {
    this.wishMaps = wishMaps;
    this.analysis = analysis;
    this.disclosure = disclosure;
    this.budget = new AnalysisBudget(analysisBudget);
  }

  /** One response as JSON: the CSV row's content, by name (docs/api.md). */
  record ResponseRequest(
      String respondent,
      String invitationCode,
      Map<String, Double> importance,
      Map<String, Double> satisfaction,
      List<String> topChoices,
      Map<String, String> segments,
      List<String> networks,
      Integer willingness,
      List<String> wishes) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    routes.get("/wish-maps", readers, this::list);
    routes.post("/wish-maps", Access.roles(COORDINATOR), this::create);
    routes.get("/wish-maps/{id}", readers, this::read);
    routes.put("/wish-maps/{id}", Access.roles(COORDINATOR), this::update);
    routes.delete("/wish-maps/{id}", Access.roles(COORDINATOR), this::delete);
    routes.getRaw("/wish-maps/{id}/responses", Access.roles(COORDINATOR), this::responses);
    routes.getTable("/wish-maps/{id}/red-thread", readers, this::redThread);
    routes.getTable("/wish-maps/{id}/networks", readers, this::networks);
    routes.post(
        "/wish-maps/{id}/responses",
        Access.rolesAndResidents(COORDINATOR, AMBASSADOR),
        this::submit);
  }

  private void list(Context ctx) {
    Page<Versioned<WishMap>> page = wishMaps.list(Paging.request(ctx));
    ctx.json(
        Paging.body(ctx, page, page.items().stream().map(v -> Views.wishMap(v.value())).toList()));
  }

  private WishMap parse(Context ctx) throws Exception {
    Bodies.requireMediaType(ctx, List.of(Bodies.JSON));
    return WishMapFile.read(new ByteArrayInputStream(bodies.bytes(ctx)), "request body");
  }

  private void create(Context ctx) throws Exception {
    Versioned<WishMap> saved = wishMaps.define(parse(ctx));
    ctx.status(201)
        .header("Location", Routes.BASE + "/wish-maps/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(Views.wishMap(saved.value()));
  }

  private static WishMapId id(Context ctx) {
    return Params.id(ctx, "id", WishMapId::new);
  }

  private Versioned<WishMap> find(Context ctx) {
    return wishMaps.get(id(ctx));
  }

  private void read(Context ctx) {
    Versioned<WishMap> map = find(ctx);
    if (!Preconditions.tag(ctx, map)) {
      ctx.json(Views.wishMap(map.value()));
    }
  }

  private void update(Context ctx) throws Exception {
    WishMapId id = find(ctx).value().id();
    WishMap map = parse(ctx);
    if (!map.id().equals(id)) {
      throw ProblemException.invalid("id", "must be the id in the path, " + id);
    }
    ctx.json(Views.wishMap(Preconditions.update(ctx, v -> wishMaps.update(map, v)).value()));
  }

  private void delete(Context ctx) {
    WishMapId id = find(ctx).value().id();
    Preconditions.update(
        ctx,
        v -> {
          wishMaps.delete(id, v);
          return new Versioned<>(id, v);
        });
    ctx.status(204);
  }

  private void responses(Context ctx) {
    WishMapId id = find(ctx).value().id();
    Page<WishMapResponse> page = wishMaps.responses(id, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(WishMapResource::view).toList()));
  }

  /**
   * The red thread for the caller: a bound caller's is refused (409) until the wave is closed, and
   * then computed over the responses of its last release state.
   */
  private RedThread analyse(Context ctx, int defaultBootstrap) {
    RedThreadOptions options =
        RedThreadOptions.defaults()
            .withSegmentColumns(Params.all(ctx, "segment"))
            .withAudience(Audiences.of(ctx, disclosure))
            .withBootstrap(Params.intIn(ctx, "bootstrap", defaultBootstrap, 0, 10_000))
            .withSeed(Paging.longParam(ctx, "seed", RedThreadOptions.DEFAULT_SEED));
    return analysis.redThread(id(ctx), options, budget);
  }

  private void redThread(Context ctx) {
    boolean segments = segmentsTable(ctx);
    RedThread thread = analyse(ctx, RedThreadOptions.DEFAULT_BOOTSTRAP);
    if (Negotiation.wants(ctx, Bodies.CSV)) {
      WishMap map = find(ctx).value();
      String name = "red-thread-" + map.id().value() + (segments ? "-segments.csv" : "-values.csv");
      CsvTable table =
          segments ? ResultTables.segments(thread, map) : ResultTables.values(thread, map);
      Negotiation.sendCsv(ctx, name, table.toCsv());
      return;
    }
    ctx.json(ResultJson.redThread(thread));
  }

  /** Whether the CSV asked for is the table of segments ({@code table=segments}) or of values. */
  private static boolean segmentsTable(Context ctx) {
    return Params.query(
            ctx,
            "table",
            table ->
                switch (table) {
                  case "values" -> false;
                  case "segments" -> true;
                  default ->
                      throw new IllegalArgumentException(
                          "must be values or segments, got '" + table + "'");
                })
        .orElse(false);
  }

  private void networks(Context ctx) {
    // Networks need no bootstrap: skip the resampling. A withheld wave answers as withheld.
    RedThread thread = analyse(ctx, 0);
    if (Negotiation.wants(ctx, Bodies.CSV)) {
      Negotiation.sendCsv(
          ctx, "networks-" + id(ctx).value() + ".csv", ResultTables.networks(thread).toCsv());
      return;
    }
    ctx.json(ResultJson.networks(thread));
  }

  private void submit(Context ctx) throws Exception {
    Versioned<WishMap> found = find(ctx);
    WishMap map = found.value();
    String type =
        Bodies.requireMediaType(ctx, List.of(Bodies.JSON, Bodies.CSV, FormParts.MULTIPART));
    if (type.equals(Bodies.CSV)) {
      importCsv(ctx, map);
      return;
    }
    if (type.equals(FormParts.MULTIPART)) {
      importMapped(ctx, map);
      return;
    }
    ResponseRequest request = bodies.json(ctx, ResponseRequest.class);
    Answerers.Answering who =
        Answerers.answering(ctx, request.respondent(), request.invitationCode());
    ManageWishMaps.Submission submission =
        new ManageWishMaps.Submission(
            who.answerer(),
            Nulls.map("importance", request.importance()),
            Nulls.map("satisfaction", request.satisfaction()),
            Nulls.list("topChoices", request.topChoices()),
            Nulls.map("segments", request.segments()),
            new HashSet<>(Nulls.list("networks", request.networks())),
            request.willingness() == null
                ? OptionalInt.empty()
                : OptionalInt.of(request.willingness()),
            Nulls.list("wishes", request.wishes()));
    // One use case, one write: the wave must be open, the code known, the answers fit the map.
    // The map as read above: the use case does not look it up again.
    ManageWishMaps.Submitted submitted = wishMaps.submit(found, submission, who.key());
    Idempotency.sameRequest(ctx, submitted.submitted(), submitted.stored().response());
    ctx.status(201).json(Views.SubmittedBody.toWishMap(submitted.stored().id(), map.id().value()));
  }

  private void importCsv(Context ctx, WishMap map) throws Exception {
    if (Caller.of(ctx).role().isEmpty()) {
      throw ProblemException.forbidden("residents answer one response as JSON");
    }
    List<WishMapResponse> rows = new ArrayList<>();
    WishMapResponsesCsv.forWishMap(map)
        .format(Bodies.csvFormat(ctx))
        .read(new ByteArrayInputStream(bodies.bytes(ctx)), "request body", rows::add);
    long imported = wishMaps.importResponses(map.id(), rows);
    ctx.status(201).json(Views.SubmittedBody.importedToWishMap(imported, map.id().value()));
  }

  /**
   * Imports an existing survey's export through its mapping (docs/survey-import.md): a form with
   * the parts {@code mapping} and {@code export}; every problem is a field error naming its row and
   * column, and nothing is stored while there is any.
   */
  private void importMapped(Context ctx, WishMap map) throws Exception {
    if (Caller.of(ctx).role().isEmpty()) {
      throw ProblemException.forbidden("residents answer one response as JSON");
    }
    FormParts form = FormParts.read(ctx, bodies, MAPPING_PART, EXPORT_PART);
    SurveyMapping mapping = SurveyMapping.read(form.require(MAPPING_PART).content(), MAPPING_PART);
    List<WishMapResponse> rows =
        MappedResponsesCsv.forWishMap(map, mapping)
            .readAll(new ByteArrayInputStream(form.require(EXPORT_PART).content()), EXPORT_PART);
    long imported = wishMaps.importResponses(map.id(), rows);
    ctx.status(201).json(Views.SubmittedBody.importedToWishMap(imported, map.id().value()));
  }

  /** The part of an upload form that holds the mapping file. */
  static final String MAPPING_PART = "mapping";

  /** The part of an upload form that holds the survey's export. */
  static final String EXPORT_PART = "export";

  /** {@code WishMapResponse}: one stored response, under its respondent's pseudonym. */
  record WishMapResponseBody(
      String respondent,
      Map<String, Double> importance,
      Map<String, Double> satisfaction,
      List<String> topChoices,
      Map<String, String> segments,
      List<String> networks,
      Integer willingness,
      List<String> wishes) {}

  static WishMapResponseBody view(WishMapResponse r) {
    return new WishMapResponseBody(
        r.respondent().value(),
        r.importance(),
        r.satisfaction(),
        r.topChoices(),
        r.segments(),
        r.networks().stream().sorted().toList(),
        r.willingness().isPresent() ? r.willingness().getAsInt() : null,
        r.wishes());
  }
}
