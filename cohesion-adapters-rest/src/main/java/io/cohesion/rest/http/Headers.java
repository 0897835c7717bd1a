package io.cohesion.rest.http;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The full version of the API and security headers on every answer, and CORS for the configured
 * origins only. Runs before routing, so errors and unknown paths carry the headers too.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Headers implements Handler {
  /**
   * The response header naming the full version of the API, such as {@code 0.2.0}: the project's
   * version (docs/compatibility.md).
   */
  public static final String API_VERSION = "API-Version";

  /** The page policy for the API document's page: its own scripts and styles, nothing else. */
  public static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " form-action 'none'";

  /** The policy of every other answer: JSON is not a page. */
  public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
  private static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key";
  private static final String EXPOSED_HEADERS =
      "ETag, Location, X-Total-Count, Retry-After, WWW-Authenticate, Content-Disposition, "
          + API_VERSION;

  private final Set<String> origins;
  private final Map<String, String> always;

  /**
   * Headers naming {@code apiVersion}, the full version of the API ({@code info.version} of its
   * document), and allowing browser calls from {@code corsOrigins}.
   */
  public Headers(List<String> corsOrigins, String apiVersion) {
    this.origins = Set.copyOf(corsOrigins);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(API_VERSION, requireNonNull(apiVersion, "apiVersion"));
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Cache-Control", "private, no-cache");
    headers.put("Content-Security-Policy", API_POLICY);
    this.always = Collections.unmodifiableMap(headers);
  }

  /**
   * The headers every answer carries, whatever its origin: also those the HTTP layer writes for a
   * request it cannot read.
   */
  public Map<String, String> always() {
    return always;
  }

  @Override
  public void handle(Context ctx) {
    always.forEach(ctx::header);
    String origin = ctx.header("Origin");
    if (origin == null || !origins.contains(origin)) {
      return;
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Vary", "Origin");
    ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    if ("OPTIONS".equals(ctx.method().name())
        && ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", "600");
      ctx.status(204);
      ctx.skipRemainingHandlers();
    }
  }
}
