package io.cohesion.rest.http;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One operation of the API.
 *
 * @param method the HTTP method
 * @param path the full path with {@code {name}} parameters, for example {@code
 *     /api/v1/wish-maps/{id}}
 * @param access who may call it
 * @param rawData whether its answers hold individual answers, free text or pseudonyms (never for
 *     researchers)
 * @param produces the media types its successful answers come in, its default first; a request
 *     whose {@code Accept} allows none of them is answered 406 ({@link Negotiation}); empty for a
 *     route that answers without a body
 * @param handler what it does
 */
@API(status = STABLE, since = "0.1.0")
public record Route(
    HandlerType method,
    String path,
    Access access,
    boolean rawData,
    List<String> produces,
    Handler handler) {
  /** A route whose answers are JSON. */
  public Route(HandlerType method, String path, Access access, boolean rawData, Handler handler) {
    this(method, path, access, rawData, List.of(Bodies.JSON), handler);
  }

  public Route {
    requireNonNull(method, "method");
    requireNonNull(path, "path");
    requireNonNull(access, "access");
    produces = List.copyOf(produces);
    requireNonNull(handler, "handler");
    if (rawData && access.allows(io.cohesion.rest.Role.RESEARCHER)) {
      throw new IllegalArgumentException(
          method + " " + path + " returns raw data and must not be open to researchers");
    }
  }

  /** The route as {@code GET /api/v1/scales}. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
