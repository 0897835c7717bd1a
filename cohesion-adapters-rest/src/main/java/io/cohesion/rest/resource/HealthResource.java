package io.cohesion.rest.resource;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.rest.StoreHealth;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Problem;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Route;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code /health}: whether the server and its store answer. 200 when up; when the store does not
 * answer, a 503 problem whose {@code store} member says so. Open to anyone, and it names only the
 * kind of store.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class HealthResource implements ApiResource {
  /** The root path load balancers probe, besides the one under the base path. */
  public static final String ROOT_PATH = "/health";

  private final StoreHealth health;

  /** A health resource reporting {@code health}. */
  public HealthResource(StoreHealth health) {
    this.health = health;
  }

  /** {@code Health}: the server is up, and so is its store. */
  record HealthBody(String status, StoreStatusBody store) {}

  /** {@code StoreStatus}: whether the store answers, and its kind. */
  record StoreStatusBody(String status, String kind) {}

  @Override
  public void register(Routes routes) {
    routes.get("/health", Access.everyone(), this::check);
    routes.addAbsolute(
        new Route(HandlerType.GET, ROOT_PATH, Access.everyone(), false, this::check));
  }

  private void check(Context ctx) {
    StoreHealth.Status status;
    try {
      status = health.check();
    } catch (RuntimeException e) {
      status = new StoreHealth.Status(false, "unknown");
    }
    StoreStatusBody store = new StoreStatusBody(status.up() ? "UP" : "DOWN", status.store());
    if (!status.up()) {
      // An error like every other: a problem, with the store's state as an extension member.
      throw new ProblemException(
          Problem.of(503, "store-unavailable", "Store unavailable", "the store does not answer"),
          Map.of(),
          Map.of("store", store));
    }
    ctx.json(new HealthBody("UP", store));
  }
}
