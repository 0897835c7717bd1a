package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.CbsCode;
import io.cohesion.core.neighbourhood.ManageNeighbourhoods;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code /neighbourhoods} and {@code /buildings}: where an initiative works and the buildings (or
 * blocks) its contact persons look after. Definitions only, so every role may read them.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class NeighbourhoodResource implements ApiResource {
  private final ManageNeighbourhoods manage;
  private Bodies bodies;

  /** A resource over the use case {@code manage}. */
  public NeighbourhoodResource(ManageNeighbourhoods manage) {
    this.manage = manage;
  }

  /** A neighbourhood as created or replaced. */
  record NeighbourhoodRequest(String id, String name, String municipality, String cbsCode) {}

  /** A building as registered or changed. */
  record BuildingRequest(
      String id, String neighbourhood, String name, Integer households, String stakeholder) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    routes.get("/neighbourhoods", readers, this::list);
    routes.post("/neighbourhoods", Access.roles(COORDINATOR), this::create);
    routes.get("/neighbourhoods/{id}", readers, this::read);
    routes.put("/neighbourhoods/{id}", Access.roles(COORDINATOR), this::update);
    routes.get("/buildings", readers, this::listBuildings);
    routes.post("/buildings", Access.roles(COORDINATOR), this::createBuilding);
    routes.get("/buildings/{id}", readers, this::readBuilding);
    routes.put("/buildings/{id}", Access.roles(COORDINATOR), this::updateBuilding);
  }

  /** {@code Neighbourhood}: a neighbourhood and, when known, its CBS code. */
  record NeighbourhoodBody(
      String id,
      String name,
      String municipality,
      @JsonInclude(Include.NON_ABSENT) Optional<String> cbsCode) {}

  /** {@code Building}: a building of a neighbourhood. */
  record BuildingBody(
      String id, String neighbourhood, String name, int households, String stakeholder) {}

  static NeighbourhoodBody view(Neighbourhood n) {
    return new NeighbourhoodBody(
        n.id().value(), n.name(), n.municipality(), n.cbsCode().map(CbsCode::value));
  }

  static BuildingBody view(Building b) {
    return new BuildingBody(
        b.id().value(),
        b.neighbourhood().value(),
        b.name(),
        b.households(),
        Enums.name(b.stakeholder()));
  }

  private void list(Context ctx) {
    Page<Versioned<Neighbourhood>> page = manage.list(Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private Neighbourhood parse(Context ctx) throws Exception {
    NeighbourhoodRequest r = bodies.json(ctx, NeighbourhoodRequest.class);
    Fields.required("id", r.id(), "name", r.name(), "municipality", r.municipality());
    return new Neighbourhood(
        Fields.field("id", () -> new NeighbourhoodId(r.id())),
        r.name(),
        r.municipality(),
        Optional.ofNullable(r.cbsCode()).map(CbsCode::new));
  }

  private void create(Context ctx) throws Exception {
    Versioned<Neighbourhood> saved = manage.register(parse(ctx));
    ctx.status(201)
        .header("Location", Routes.BASE + "/neighbourhoods/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void read(Context ctx) {
    Versioned<Neighbourhood> n = manage.get(Params.id(ctx, "id", NeighbourhoodId::new));
    if (!Preconditions.tag(ctx, n)) {
      ctx.json(view(n.value()));
    }
  }

  private void update(Context ctx) throws Exception {
    NeighbourhoodId id = manage.get(Params.id(ctx, "id", NeighbourhoodId::new)).value().id();
    Neighbourhood n = parse(ctx);
    requireSameId(id, n.id());
    ctx.json(view(Preconditions.update(ctx, v -> manage.change(n, v)).value()));
  }

  private void listBuildings(Context ctx) {
    NeighbourhoodId neighbourhood = Fields.filter(ctx, "neighbourhood", NeighbourhoodId::new);
    Page<Versioned<Building>> page = manage.buildings(neighbourhood, Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private Building parseBuilding(Context ctx) throws Exception {
    BuildingRequest r = bodies.json(ctx, BuildingRequest.class);
    Fields.required(
        "id", r.id(),
        "neighbourhood", r.neighbourhood(),
        "name", r.name(),
        "households", r.households(),
        "stakeholder", r.stakeholder());
    return new Building(
        Fields.field("id", () -> new BuildingId(r.id())),
        Fields.field("neighbourhood", () -> new NeighbourhoodId(r.neighbourhood())),
        r.name(),
        r.households(),
        Enums.parse(StakeholderKind.class, "stakeholder", r.stakeholder()));
  }

  private Versioned<Building> findBuilding(Context ctx) {
    return manage.building(Params.id(ctx, "id", BuildingId::new));
  }

  private void createBuilding(Context ctx) throws Exception {
    Versioned<Building> saved = manage.registerBuilding(parseBuilding(ctx));
    ctx.status(201)
        .header("Location", Routes.BASE + "/buildings/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void readBuilding(Context ctx) {
    Versioned<Building> b = findBuilding(ctx);
    if (!Preconditions.tag(ctx, b)) {
      ctx.json(view(b.value()));
    }
  }

  private void updateBuilding(Context ctx) throws Exception {
    BuildingId id = findBuilding(ctx).value().id();
    Building b = parseBuilding(ctx);
    requireSameId(id, b.id());
    ctx.json(view(Preconditions.update(ctx, v -> manage.changeBuilding(b, v)).value()));
  }

  static void requireSameId(Object inPath, Object inBody) {
    if (!inPath.equals(inBody)) {
      throw ProblemException.invalid("id", "must be the id in the path, " + inPath);
    }
  }
}
