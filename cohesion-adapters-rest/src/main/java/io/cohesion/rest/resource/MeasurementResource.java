package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.FieldError;
import io.cohesion.core.Page;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.trust.ManageMeasurements;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementAnswer;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.WaveComparison;
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
import io.cohesion.rest.mapping.MappedResponsesCsv;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.ResultTables;
import io.cohesion.rest.mapping.ScaleResponsesCsv;
import io.cohesion.rest.mapping.SurveyMapping;
import io.cohesion.rest.mapping.WishMapFile;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code /measurements}: waves of a scale in a neighbourhood, and their responses. */
@API(status = INTERNAL, since = "0.1.0")
public final class MeasurementResource implements ApiResource {
  private final ManageMeasurements measurements;
  private final DisclosurePolicy disclosure;
  private Bodies bodies;

  /**
   * A resource over the use case {@code measurements}, releasing figures under {@code disclosure}:
   * a coordinator holds the raw data, every other caller is bound.
   */
  public MeasurementResource(ManageMeasurements measurements, DisclosurePolicy disclosure) {
    this.measurements = measurements;
    this.disclosure = disclosure;
  }

  /** A measurement as created or replaced. */
  record MeasurementRequest(
      String id,
      String scale,
      String neighbourhood,
      String wave,
      LocalDate opened,
      JsonNode attributes) {}

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
    routes.getTable("/measurements/{id}/scores", readers, this::scores);
    routes.getTable("/measurements/{id}/comparison", readers, this::comparison);
    routes.post(
        "/measurements/{id}/responses",
        Access.rolesAndResidents(COORDINATOR, AMBASSADOR),
        this::submit);
  }

  /** {@code Measurement}: a wave of a scale in a neighbourhood. */
  record MeasurementBody(
      String id,
      String scale,
      String neighbourhood,
      String wave,
      LocalDate opened,
      List<Views.DeclaredColumnBody> attributes) {}

  /** {@code MeasurementResponse}: one stored response, under its respondent's pseudonym. */
  record MeasurementResponseBody(
      String respondent, Map<String, Double> answers, Map<String, String> attributes) {}

  static MeasurementBody view(Measurement m) {
    return new MeasurementBody(
        m.id().value(),
        m.scale().value(),
        m.neighbourhood().value(),
        m.wave(),
        m.opened(),
        Views.columns(m.attributes()));
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
    return new Measurement(
        field("id", () -> new MeasurementId(r.id())),
        field("scale", () -> new ScaleId(r.scale())),
        field("neighbourhood", () -> new NeighbourhoodId(r.neighbourhood())),
        r.wave(),
        r.opened(),
        WishMapFile.declaredColumns(r.attributes(), "attributes", "request body"));
  }

  private static <T> T field(String name, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(name, String.valueOf(e.getMessage()));
    }
  }

  private void create(Context ctx) throws Exception {
    Versioned<Measurement> saved = measurements.define(parse(ctx));
    ctx.status(201)
        .header("Location", Routes.BASE + "/measurements/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private Versioned<Measurement> find(Context ctx) {
    return measurements.find(Params.id(ctx, "id", MeasurementId::new));
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
    Page<MeasurementResponse> page = measurements.responses(id, Paging.request(ctx));
    ctx.json(
        Paging.body(
            ctx,
            page,
            page.items().stream()
                .map(
                    r ->
                        new MeasurementResponseBody(
                            r.respondent().value(), r.answers(), r.attributes()))
                .toList()));
  }

  private void scores(Context ctx) {
    MeasurementId id = Params.id(ctx, "id", MeasurementId::new);
    Optional<String> groupBy =
        Optional.ofNullable(ctx.queryParam("groupBy")).filter(g -> !g.isEmpty());
    ScaleReport report = measurements.scores(id, groupBy, Audiences.of(ctx, disclosure));
    if (Negotiation.wants(ctx, Bodies.CSV)) {
      Negotiation.sendCsv(
          ctx, "scores-" + id.value() + ".csv", ResultTables.scores(report).toCsv());
      return;
    }
    ctx.json(ResultJson.scaleReport(report));
  }

  private void comparison(Context ctx) {
    MeasurementId id = Params.id(ctx, "id", MeasurementId::new);
    MeasurementId with =
        Params.query(ctx, "with", MeasurementId::new)
            .orElseThrow(
                () -> ValidationException.of("with", "is required: the id of the later wave"));
    WaveComparison comparison = measurements.compare(id, with, Audiences.of(ctx, disclosure));
    if (Negotiation.wants(ctx, Bodies.CSV)) {
      String name = "comparison-" + id.value() + "-" + with.value() + ".csv";
      Negotiation.sendCsv(ctx, name, ResultTables.comparison(comparison).toCsv());
      return;
    }
    ctx.json(ResultJson.waveComparison(comparison));
  }

  private void submit(Context ctx) throws Exception {
    Measurement measurement = find(ctx).value();
    MeasurementId id = measurement.id();
    String type =
        Bodies.requireMediaType(ctx, List.of(Bodies.JSON, Bodies.CSV, FormParts.MULTIPART));
    if (type.equals(Bodies.CSV)) {
      // A closed wave refuses an import before the file is read, whatever it holds.
      importCsv(ctx, measurement, measurements.requireOpen(id));
      return;
    }
    if (type.equals(FormParts.MULTIPART)) {
      importMapped(ctx, measurement, measurements.requireOpen(id));
      return;
    }
    ResponseRequest request = bodies.json(ctx, ResponseRequest.class);
    Answerers.Answering who =
        Answerers.answering(ctx, request.respondent(), request.invitationCode());
    Answerer answerer = who.answerer();
    Optional<IdempotencyKey> key = who.key();
    MeasurementAnswer answer =
        new MeasurementAnswer(
            Nulls.map("answers", request.answers()), Nulls.map("attributes", request.attributes()));
    StoredResponse<MeasurementResponse> stored = measurements.submit(id, answerer, answer, key);
    Idempotency.sameRequest(ctx, answer.by(respondent(answerer, stored)), stored.response());
    ctx.status(201).json(Views.SubmittedBody.toMeasurement(stored.id(), id.value()));
  }

  /**
   * The respondent this request answers for: the typed pseudonym, or for a code the one stored
   * under the key, which is scoped to that very code.
   */
  private static Pseudonym respondent(
      Answerer answerer, StoredResponse<MeasurementResponse> stored) {
    return answerer instanceof Answerer.Typed typed
        ? typed.pseudonym()
        : stored.response().respondent();
  }

  /**
   * Imports a responses CSV: the items, the respondent and each attribute column the measurement
   * declares, read as the command line's import reads them (every other column is ignored); a value
   * outside a declared column's codes is refused by row and column.
   */
  private void importCsv(Context ctx, Measurement measurement, Scale scale) throws Exception {
    if (Caller.of(ctx).role().isEmpty()) {
      throw ProblemException.forbidden("residents answer one response as JSON");
    }
    MeasurementId id = measurement.id();
    List<MeasurementResponse> rows = new ArrayList<>();
    ScaleResponsesCsv.forScale(scale)
        .attributes(measurement.declaredCodes().keySet())
        .format(Bodies.csvFormat(ctx))
        .read(
            new ByteArrayInputStream(bodies.bytes(ctx)),
            "request body",
            (respondent, answers, group, attributes) -> {
              if (respondent == null) {
                throw ScaleResponsesCsv.CellsRefused.of(
                    ScaleResponsesCsv.RESPONDENT,
                    "a measurement response needs the respondent's pseudonym");
              }
              Map<String, Double> byItem = new LinkedHashMap<>();
              for (int i = 0; i < answers.length; i++) {
                if (!Double.isNaN(answers[i])) {
                  byItem.put(scale.items().get(i).id(), answers[i]);
                }
              }
              MeasurementResponse response =
                  new MeasurementResponse(new Pseudonym(respondent), byItem, attributes);
              List<FieldError> refused = measurement.checkAttributes(response);
              if (!refused.isEmpty()) {
                throw new ScaleResponsesCsv.CellsRefused(
                    refused.stream()
                        .map(e -> new FieldError(attributeColumn(e.field()), e.reason()))
                        .toList());
              }
              rows.add(response);
            });
    long imported = measurements.importAll(id, rows);
    ctx.status(201).json(Views.SubmittedBody.importedToMeasurement(imported, id.value()));
  }

  /**
   * Imports an existing survey's export through its mapping (docs/survey-import.md), a form with
   * the parts {@code mapping} and {@code export}, onto the items and the declared attributes.
   */
  private void importMapped(Context ctx, Measurement measurement, Scale scale) throws Exception {
    if (Caller.of(ctx).role().isEmpty()) {
      throw ProblemException.forbidden("residents answer one response as JSON");
    }
    FormParts form = FormParts.read(ctx, bodies, "mapping", "export");
    SurveyMapping mapping = SurveyMapping.read(form.require("mapping").content(), "mapping");
    List<MeasurementResponse> rows =
        MappedResponsesCsv.forMeasurement(scale, measurement.declaredCodes(), mapping)
            .readAll(new ByteArrayInputStream(form.require("export").content()), "export");
    long imported = measurements.importAll(measurement.id(), rows);
    ctx.status(201)
        .json(Views.SubmittedBody.importedToMeasurement(imported, measurement.id().value()));
  }

  /**
   * The CSV column of a response's attribute field: {@code attributes.street} is {@code street}.
   */
  private static String attributeColumn(String field) {
    String prefix = "attributes.";
    return field.startsWith(prefix) ? field.substring(prefix.length()) : field;
  }
}
