package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.ManageNeighbourhoods;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.trust.CompareWaves;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.trust.ScaleScoring;
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
import io.cohesion.rest.mapping.FileFormatException;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.ScaleResponsesCsv;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /measurements}: waves of a scale in a neighbourhood, and their responses. */
public final class MeasurementResource implements ApiResource {
  private final MeasurementRepository measurements;
  private final MeasurementResponseStore responses;
  private final ScaleRepository scales;
  private final Respondents respondents;
  private final Optional<ManageNeighbourhoods> neighbourhoods;
  private final DisclosurePolicy disclosure;
  private final ReleaseGate gate;
  private Bodies bodies;

  /**
   * A resource over the measurement ports; residents answer through {@code invitations}. Where the
   * server keeps {@code neighbourhoods}, a measurement must name one of them; {@code releases} says
   * whether a measurement's figures are released to a bound caller.
   */
  public MeasurementResource(
      MeasurementRepository measurements,
      MeasurementResponseStore responses,
      ScaleRepository scales,
      Optional<Invitations> invitations,
      Optional<ManageNeighbourhoods> neighbourhoods,
      DisclosurePolicy disclosure,
      ReleaseWaves releases) {
    this.neighbourhoods = neighbourhoods;
    this.disclosure = disclosure;
    this.measurements = measurements;
    this.responses = responses;
    this.scales = scales;
    this.respondents = new Respondents(invitations);
    this.gate = new ReleaseGate(releases);
  }

  /** A measurement as created or replaced. */
  record MeasurementRequest(
      String id, String scale, String neighbourhood, String wave, LocalDate opened) {}

  /** One response as JSON. */
  record ResponseRequest(
      String respondent,
      String invitationCode,
      Map<String, Double> answers,
      Map<String, String> attributes) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    routes.get("/measurements", readers, this::list);
    routes.post("/measurements", Access.roles(COORDINATOR), this::create);
    routes.get("/measurements/{id}", readers, this::read);
    routes.put("/measurements/{id}", Access.roles(COORDINATOR), this::update);
    routes.delete("/measurements/{id}", Access.roles(COORDINATOR), this::delete);
    routes.getRaw("/measurements/{id}/responses", Access.roles(COORDINATOR), this::responses);
    routes.get("/measurements/{id}/scores", readers, this::scores);
    routes.get("/measurements/{id}/comparison", readers, this::comparison);
    routes.post(
        "/measurements/{id}/responses",
        Access.rolesAndResidents(COORDINATOR, AMBASSADOR),
        this::submit);
  }

  static Map<String, Object> view(Measurement m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", m.id().value());
    json.put("scale", m.scale().value());
    json.put("neighbourhood", m.neighbourhood().value());
    json.put("wave", m.wave());
    json.put("opened", m.opened().toString());
    return json;
  }

  private void list(Context ctx) {
    Page<Versioned<Measurement>> page = measurements.list(Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private Measurement parse(Context ctx) throws Exception {
    MeasurementRequest r = bodies.json(ctx, MeasurementRequest.class);
    List<io.cohesion.core.FieldError> missing = new ArrayList<>();
    for (var field :
        Map.of(
                "id", Optional.ofNullable(r.id()),
                "scale", Optional.ofNullable(r.scale()),
                "neighbourhood", Optional.ofNullable(r.neighbourhood()),
                "wave", Optional.ofNullable(r.wave()),
                "opened", Optional.ofNullable(r.opened()))
            .entrySet()) {
      if (field.getValue().isEmpty()) {
        missing.add(new io.cohesion.core.FieldError(field.getKey(), "is required"));
      }
    }
    if (!missing.isEmpty()) {
      missing.sort(java.util.Comparator.comparing(io.cohesion.core.FieldError::field));
      throw new io.cohesion.core.ValidationException(missing);
    }
    Measurement measurement =
        new Measurement(
            field("id", () -> new MeasurementId(r.id())),
            field("scale", () -> new ScaleId(r.scale())),
            field("neighbourhood", () -> new NeighbourhoodId(r.neighbourhood())),
            r.wave(),
            r.opened());
    // 404 naming the neighbourhood, as for a building in one that is not registered.
    neighbourhoods.ifPresent(n -> n.get(measurement.neighbourhood()));
    return measurement;
  }

  private static <T> T field(String name, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(name, String.valueOf(e.getMessage()));
    }
  }

  private void create(Context ctx) throws Exception {
    Versioned<Measurement> saved = measurements.save(parse(ctx));
    ctx.status(201)
        .header("Location", Routes.BASE + "/measurements/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private Versioned<Measurement> find(Context ctx) {
    MeasurementId id = Params.id(ctx, "id", MeasurementId::new);
    return measurements.find(id).orElseThrow(() -> new NotFoundException("measurement", id));
  }

  private void read(Context ctx) {
    Versioned<Measurement> m = find(ctx);
    if (!Preconditions.tag(ctx, m)) {
      ctx.json(view(m.value()));
    }
  }

  private void update(Context ctx) throws Exception {
    MeasurementId id = find(ctx).value().id();
    Measurement m = parse(ctx);
    if (!m.id().equals(id)) {
      throw ProblemException.invalid("id", "must be the id in the path, " + id);
    }
    ctx.json(view(Preconditions.update(ctx, v -> measurements.update(m, v)).value()));
  }

  private void delete(Context ctx) {
    MeasurementId id = find(ctx).value().id();
    Preconditions.update(
        ctx,
        v -> {
          measurements.delete(id, v);
          return new Versioned<>(id, v);
        });
    ctx.status(204);
  }

  private void responses(Context ctx) {
    MeasurementId id = find(ctx).value().id();
    PageRequest request = Paging.request(ctx);
    List<MeasurementResponse> all = responses.responses(id);
    int from = (int) Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.pageSize());
    Page<MeasurementResponse> page = new Page<>(all.subList(from, to), request, all.size());
    ctx.json(
        Paging.body(
            ctx,
            page,
            page.items().stream()
                .map(
                    r -> {
                      Map<String, Object> json = new LinkedHashMap<>();
                      json.put("respondent", r.respondent().value());
                      json.put("answers", r.answers());
                      json.put("attributes", r.attributes());
                      return json;
                    })
                .toList()));
  }

  private void scores(Context ctx) {
    gate.measurements(ctx);
    Measurement m = find(ctx).value();
    Scale scale = ScaleResource.find(scales, m.scale()).value();
    String groupBy = ctx.queryParam("groupBy");
    ctx.json(
        ResultJson.scaleReport(
            ScaleScoring.score(
                scale,
                gate.responses(
                    ctx, WaveId.measurement(m.id().value()), () -> responses.responses(m.id())),
                Optional.ofNullable(groupBy).filter(g -> !g.isEmpty()),
                Audiences.of(ctx, disclosure))));
  }

  private void comparison(Context ctx) {
    gate.measurements(ctx);
    Measurement before = find(ctx).value();
    MeasurementId otherId =
        Params.query(ctx, "with", MeasurementId::new)
            .orElseThrow(
                () -> ValidationException.of("with", "is required: the id of the later wave"));
    Measurement after =
        measurements
            .find(otherId)
            .orElseThrow(() -> new NotFoundException("measurement", otherId))
            .value();
    if (!after.scale().equals(before.scale())) {
      throw ValidationException.of(
          "with",
          "measurement " + otherId + " uses scale " + after.scale() + ", not " + before.scale());
    }
    Scale scale = ScaleResource.find(scales, before.scale()).value();
    ctx.json(
        ResultJson.waveComparison(
            CompareWaves.compare(
                ScaleData.of(
                    scale,
                    gate.responses(
                        ctx,
                        WaveId.measurement(before.id().value()),
                        () -> responses.responses(before.id())),
                    null),
                ScaleData.of(
                    scale,
                    gate.responses(
                        ctx,
                        WaveId.measurement(after.id().value()),
                        () -> responses.responses(after.id())),
                    null),
                Audiences.of(ctx, disclosure))));
  }

  private void submit(Context ctx) throws Exception {
    Measurement m = find(ctx).value();
    Scale scale = ScaleResource.find(scales, m.scale()).value();
    String type = Bodies.requireMediaType(ctx, List.of(Bodies.JSON, Bodies.CSV));
    gate.requireOpen(WaveId.measurement(m.id().value()));
    if (type.equals(Bodies.CSV)) {
      importCsv(ctx, m, scale);
      return;
    }
    ResponseRequest request = bodies.json(ctx, ResponseRequest.class);
    Respondents.Resolved who =
        respondents.resolve(ctx, request.respondent(), request.invitationCode());
    MeasurementResponse response =
        new MeasurementResponse(
                who.pseudonym(),
                Nulls.map("answers", request.answers()),
                Nulls.map("attributes", request.attributes()))
            .validate(scale);
    StoredResponse<MeasurementResponse> stored = responses.submit(m.id(), response, who.key());
    Idempotency.sameRequest(ctx, response, stored.response());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", stored.id());
    body.put("measurementId", m.id().value());
    ctx.status(201).json(body);
  }

  private void importCsv(Context ctx, Measurement m, Scale scale) throws Exception {
    if (Caller.of(ctx).role().isEmpty()) {
      throw ProblemException.forbidden("residents answer one response as JSON");
    }
    List<MeasurementResponse> rows = new ArrayList<>();
    long[] row = {1};
    ScaleResponsesCsv.forScale(scale)
        .read(
            new ByteArrayInputStream(bodies.bytes(ctx)),
            "request body",
            (respondent, answers, group) -> {
              row[0]++;
              if (respondent == null) {
                throw FileFormatException.of(
                    "request body",
                    "row " + row[0] + ", column respondent",
                    "a measurement response needs the respondent's pseudonym");
              }
              Map<String, Double> byItem = new LinkedHashMap<>();
              for (int i = 0; i < answers.length; i++) {
                if (!Double.isNaN(answers[i])) {
                  byItem.put(scale.items().get(i).id(), answers[i]);
                }
              }
              rows.add(new MeasurementResponse(new Pseudonym(respondent), byItem, Map.of()));
            });
    long imported = responses.importAll(m.id(), rows);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("imported", imported);
    body.put("measurementId", m.id().value());
    ctx.status(201).json(body);
  }
}
