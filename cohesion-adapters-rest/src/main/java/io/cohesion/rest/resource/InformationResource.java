package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
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

  /** {@code BenefitStatement}: what a household or building gains by an investment. */
  record BenefitStatementBody(
      String id,
      String building,
      @JsonInclude(Include.NON_ABSENT) Optional<String> household,
      BigDecimal investment,
      BigDecimal monthlyCostBefore,
      BigDecimal monthlyCostAfter,
      BigDecimal monthlySaving,
      BigDecimal paybackMonths,
      BigDecimal paybackYears,
      String calculator,
      LocalDate issued) {}

  /** {@code Result}: a result shown to the neighbourhood. */
  record ResultBody(String id, String neighbourhood, LocalDate shown, String text) {}

  /** {@code ResultNudge}: whether it is time to show the neighbourhood a result. */
  record ResultNudgeBody(
      String neighbourhood,
      boolean due,
      LocalDate lastShown,
      Long daysSince,
      Views.TextBody message) {}

  static BenefitStatementBody view(BenefitStatement s) {
    return new BenefitStatementBody(
        s.id().value(),
        s.subject().building().value(),
        s.subject() instanceof BenefitSubject.Household household
            ? Optional.of(household.household().value())
            : Optional.empty(),
        s.input().investment(),
        s.input().monthlyCostBefore(),
        s.input().monthlyCostAfter(),
        s.figures().monthlySaving(),
        s.figures().payback().map(p -> p.months()).orElse(null),
        s.figures().payback().map(p -> p.years()).orElse(null),
        s.calculator(),
        s.issued());
  }

  static ResultBody view(Result r) {
    return new ResultBody(r.id().value(), r.neighbourhood().value(), r.shown(), r.text());
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
    ctx.json(
        new ResultNudgeBody(
            neighbourhood.value(),
            nudge.isPresent(),
            nudge.flatMap(ResultNudge::lastShown).orElse(null),
            nudge
                .filter(n -> n.daysSince().isPresent())
                .map(n -> n.daysSince().getAsLong())
                .orElse(null),
            nudge.map(n -> Views.text(n.message())).orElse(null)));
  }
}
