package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.STABLE;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The route table of the API. Resources add their operations here; the server registers them with
 * Javalin, and tests walk the same table (access by role, the API document).
 */
@API(status = STABLE, since = "0.1.0")
public final class Routes {
  /** The base path of every resource (NLGov ADR: the major version in the path). */
  public static final String BASE = "/api/v1";

  private final List<Route> routes = new ArrayList<>();
  private final Bodies bodies;

  /** An empty table whose resources read bodies with {@code bodies}. */
  public Routes(Bodies bodies) {
    this.bodies = bodies;
  }

  /** How resources read request bodies (one limit, one strict mapper for all). */
  public Bodies bodies() {
    return bodies;
  }

  /** Adds a read that returns aggregates or definitions only. */
  public Routes get(String path, Access access, Handler handler) {
    return add(HandlerType.GET, path, access, false, handler);
  }

  /**
   * Adds a read of aggregate figures that a caller may also download as a table: JSON by default,
   * CSV for a request that accepts {@code text/csv} rather than JSON (docs/api.md).
   */
  public Routes getTable(String path, Access access, Handler handler) {
    return add(HandlerType.GET, path, access, false, List.of(Bodies.JSON, Bodies.CSV), handler);
  }

  /** Adds a read whose answer holds individual answers, free text or pseudonyms. */
  public Routes getRaw(String path, Access access, Handler handler) {
    return add(HandlerType.GET, path, access, true, handler);
  }

  /** Adds a create or submission. */
  public Routes post(String path, Access access, Handler handler) {
    return add(HandlerType.POST, path, access, false, handler);
  }

  /** Adds a create or submission that answers with raw data. */
  public Routes postRaw(String path, Access access, Handler handler) {
    return add(HandlerType.POST, path, access, true, handler);
  }

  /** Adds a full update (needs {@code If-Match}). */
  public Routes put(String path, Access access, Handler handler) {
    return add(HandlerType.PUT, path, access, false, handler);
  }

  /** Adds a delete, which answers without a body. */
  public Routes delete(String path, Access access, Handler handler) {
    return add(HandlerType.DELETE, path, access, false, List.of(), handler);
  }

  /** Adds an operation under {@link #BASE} whose answers are JSON. */
  public Routes add(
      HandlerType method, String path, Access access, boolean rawData, Handler handler) {
    return add(method, path, access, rawData, List.of(Bodies.JSON), handler);
  }

  /**
   * Adds an operation under {@link #BASE} whose answers come in the media types {@code produces},
   * its default first (see {@link Route#produces()}).
   */
  public Routes add(
      HandlerType method,
      String path,
      Access access,
      boolean rawData,
      List<String> produces,
      Handler handler) {
    String full = path.startsWith("/") ? BASE + path : BASE + "/" + path;
    if (path.isEmpty()) {
      full = BASE;
    }
    return addAbsolute(new Route(method, full, access, rawData, produces, handler));
  }

  /** Adds an operation at a path outside {@link #BASE} (such as the root {@code /health}). */
  public Routes addAbsolute(Route route) {
    for (Route existing : routes) {
      if (existing.method() == route.method() && existing.path().equals(route.path())) {
        throw new IllegalArgumentException(route + " is registered twice");
      }
    }
    routes.add(route);
    return this;
  }

  /** Every route, in the order added. */
  public List<Route> all() {
    return List.copyOf(routes);
  }
}
