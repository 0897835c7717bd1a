package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.trust.ManageScales;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.mapping.ScaleFile;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apiguardian.api.API;

/** {@code /scales}: measurement instruments in the scale file format of docs/cli.md. */
@API(status = INTERNAL, since = "0.1.0")
public final class ScaleResource implements ApiResource {
  private final ManageScales scales;
  private Bodies bodies;

  /** A resource over the use case {@code scales}. */
  public ScaleResource(ManageScales scales) {
    this.scales = scales;
  }

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    routes.get("/scales", readers, this::list);
    routes.post("/scales", Access.roles(COORDINATOR), this::create);
    routes.get("/scales/{id}", readers, this::read);
    routes.put("/scales/{id}", Access.roles(COORDINATOR), this::update);
    routes.delete("/scales/{id}", Access.roles(COORDINATOR), this::delete);
  }

  private void list(Context ctx) {
    Page<Versioned<Scale>> page = scales.list(Paging.request(ctx));
    ctx.json(
        Paging.body(ctx, page, page.items().stream().map(v -> Views.scale(v.value())).toList()));
  }

  private Scale parse(Context ctx) throws Exception {
    Bodies.requireMediaType(ctx, List.of(Bodies.JSON));
    return ScaleFile.read(new ByteArrayInputStream(bodies.bytes(ctx)), "request body");
  }

  private void create(Context ctx) throws Exception {
    Versioned<Scale> saved = scales.define(parse(ctx));
    ctx.status(201)
        .header("Location", Routes.BASE + "/scales/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(Views.scale(saved.value()));
  }

  private void read(Context ctx) {
    Versioned<Scale> scale = scales.find(Params.id(ctx, "id", ScaleId::new));
    if (!Preconditions.tag(ctx, scale)) {
      ctx.json(Views.scale(scale.value()));
    }
  }

  private void update(Context ctx) throws Exception {
    ScaleId id = scales.find(Params.id(ctx, "id", ScaleId::new)).value().id();
    Scale scale = parse(ctx);
    if (!scale.id().equals(id)) {
      throw ProblemException.invalid("id", "must be the id in the path, " + id);
    }
    ctx.json(Views.scale(Preconditions.update(ctx, v -> scales.update(scale, v)).value()));
  }

  private void delete(Context ctx) {
    ScaleId id = scales.find(Params.id(ctx, "id", ScaleId::new)).value().id();
    Preconditions.update(
        ctx,
        v -> {
          scales.delete(id, v);
          return new Versioned<>(id, v);
        });
    ctx.status(204);
  }
}
