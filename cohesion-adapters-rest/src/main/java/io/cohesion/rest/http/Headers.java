package io.cohesion.rest.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;

/**
 * Security headers on every answer, and CORS for the configured origins only. Runs before routing,
 * so errors and unknown paths carry the headers too.
 */
public final class Headers implements Handler {
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
      "ETag, Location, X-Total-Count, Retry-After, WWW-Authenticate";

  private final Set<String> origins;

  /** Headers allowing browser calls from {@code corsOrigins}. */
  public Headers(List<String> corsOrigins) {
    this.origins = Set.copyOf(corsOrigins);
  }

  @Override
  public void handle(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "private, no-cache");
    ctx.header("Content-Security-Policy", API_POLICY);
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
