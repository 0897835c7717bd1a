package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.BenefitInput;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementId;
import io.cohesion.core.engagement.BenefitSubject;
import io.cohesion.core.engagement.InformResidents;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.ResultNudge;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code /benefit-statements}, what joining means for a household or building (computed by the
 * server's benefit calculator), and {@code /results}, the milestones shown to residents, with
 * {@code /neighbourhoods/{id}/result-nudge}: the reminder when results have gone quiet, by the
 * server's clock.
 *
 * <p>A statement for a household names its pseudonym, so researchers do not read statements.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class InformationResource implements ApiResource {
  private final InformResidents inform;
  private final AmbassadorScope scope;
  private Bodies bodies;

  /**
   * A resource over the use case {@code inform}; {@code scope} confines an ambassador's key that
   * names its ambassador to that ambassador's building.
   */
  public InformationResource(InformResidents inform, AmbassadorScope scope) {
    this.scope = scope;
    this.inform = inform;
  }

  /**
   * A cost calculation to make: for a whole building, or for one household in it when {@code
   * household} names its pseudonym. Amounts in euros.
   */
  record StatementRequest(
      String id,
      String building,
      String household,
      BigDecimal investment,
      BigDecimal monthlyCostBefore,
      BigDecimal monthlyCostAfter) {}

  /** A result shown to residents. */
  record ResultRequest(String id, String neighbourhood, LocalDate shown, String text) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access team = Access.roles(COORDINATOR, AMBASSADOR);
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    routes.getRaw("/benefit-statements", team, this::listStatements);
    routes.postRaw("/benefit-statements", Access.roles(COORDINATOR), this::state);
    routes.getRaw("/benefit-statements/{id}", team, this::readStatement);
    routes.get("/results", readers, this::listResults);
    routes.post("/results", Access.roles(COORDINATOR), this::show);
    routes.get("/results/{id}", readers, this::readResult);
    routes.get("/neighbourhoods/{id}/result-nudge", readers, this::nudge);
  }

  static Map<String, Object> view(BenefitStatement s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", s.id().value());
    json.put("building", s.subject().building().value());
    if (s.subject() instanceof BenefitSubject.Household household) {
      json.put("household", household.household().value());
    }
    json.put("investment", s.input().investment());
    json.put("monthlyCostBefore", s.input().monthlyCostBefore());
    json.put("monthlyCostAfter", s.input().monthlyCostAfter());
    json.put("monthlySaving", s.figures().monthlySaving());
    json.put("paybackMonths", s.figures().payback().map(p -> p.months()).orElse(null));
    json.put("paybackYears", s.figures().payback().map(p -> p.years()).orElse(null));
    json.put("calculator", s.calculator());
    json.put("issued", s.issued().toString());
    return json;
  }

  static Map<String, Object> view(Result r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", r.id().value());
    json.put("neighbourhood", r.neighbourhood().value());
    json.put("shown", r.shown().toString());
    json.put("text", r.text());
    return json;
  }

  private void listStatements(Context ctx) {
    BuildingId building = Fields.filter(ctx, "building", BuildingId::new);
    scope.requireBuilding(ctx, building);
    Page<Versioned<BenefitStatement>> page = inform.statements(building, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private void state(Context ctx) throws Exception {
    StatementRequest r = bodies.json(ctx, StatementRequest.class);
    Fields.required(
        "id", r.id(),
        "building", r.building(),
        "investment", r.investment(),
        "monthlyCostBefore", r.monthlyCostBefore(),
        "monthlyCostAfter", r.monthlyCostAfter());
    BuildingId building = Fields.field("building", () -> new BuildingId(r.building()));
    BenefitSubject subject =
        Optional.ofNullable(r.household())
            .<BenefitSubject>map(
                h ->
                    new BenefitSubject.Household(
                        building, Fields.field("household", () -> new Pseudonym(h))))
            .orElseGet(() -> new BenefitSubject.WholeBuilding(building));
    Versioned<BenefitStatement> saved =
        inform.stateBenefit(
            Fields.field("id", () -> new BenefitStatementId(r.id())),
            subject,
            new BenefitInput(r.investment(), r.monthlyCostBefore(), r.monthlyCostAfter()));
    ctx.status(201)
        .header("Location", Routes.BASE + "/benefit-statements/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void readStatement(Context ctx) {
    Versioned<BenefitStatement> statement =
        inform.statement(Params.id(ctx, "id", BenefitStatementId::new));
    scope.requireBuilding(ctx, statement.value().subject().building());
    if (!Preconditions.tag(ctx, statement)) {
      ctx.json(view(statement.value()));
    }
  }

  private void listResults(Context ctx) {
    NeighbourhoodId neighbourhood = Fields.filter(ctx, "neighbourhood", NeighbourhoodId::new);
    Page<Versioned<Result>> page = inform.results(neighbourhood, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private void show(Context ctx) throws Exception {
    ResultRequest r = bodies.json(ctx, ResultRequest.class);
    Fields.required(
        "id", r.id(), "neighbourhood", r.neighbourhood(), "shown", r.shown(), "text", r.text());
    Versioned<Result> saved =
        inform.showResult(
            new Result(
                Fields.field("id", () -> new ResultId(r.id())),
                Fields.field("neighbourhood", () -> new NeighbourhoodId(r.neighbourhood())),
                r.shown(),
                r.text()));
    ctx.status(201)
        .header("Location", Routes.BASE + "/results/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void readResult(Context ctx) {
    Versioned<Result> result = inform.result(Params.id(ctx, "id", ResultId::new));
    if (!Preconditions.tag(ctx, result)) {
      ctx.json(view(result.value()));
    }
  }

  private void nudge(Context ctx) {
    NeighbourhoodId neighbourhood = Params.id(ctx, "id", NeighbourhoodId::new);
    Optional<ResultNudge> nudge = inform.nudge(neighbourhood);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("neighbourhood", neighbourhood.value());
    json.put("due", nudge.isPresent());
    json.put(
        "lastShown", nudge.flatMap(ResultNudge::lastShown).map(LocalDate::toString).orElse(null));
    json.put(
        "daysSince",
        nudge
            .filter(n -> n.daysSince().isPresent())
            .map(n -> n.daysSince().getAsLong())
            .orElse(null));
    json.put("message", nudge.map(n -> Views.text(n.message())).orElse(null));
    ctx.json(json);
  }
}
