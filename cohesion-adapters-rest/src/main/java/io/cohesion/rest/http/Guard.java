package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.rest.ApiKeys;
import io.cohesion.rest.Role;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Checks the {@code Authorization: Bearer} key against the route's {@link Access}: 401 without a
 * usable key (with {@code WWW-Authenticate}), 403 for a role that may not, and 403 for the key of
 * an ambassador who is unknown or no longer active, whatever the route. Runs after the route is
 * matched, so an unknown path is a 404 whatever the key.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Guard implements Handler {
  private static final String CHALLENGE = "Bearer realm=\"cohesion\"";

  /**
   * Whether the ambassador a key names may act now.
   *
   * <p>A functional interface, so that the guard needs no store of its own.
   */
  @FunctionalInterface
  public interface Ambassadors {
    /** Why {@code ambassador}'s key may not be used now, or empty when it may. */
    Optional<String> refusal(AmbassadorId ambassador);
  }

  private final ApiKeys keys;
  private final RateLimiter residents;
  private final RateLimiter failures;
  private final Ambassadors ambassadors;
  private final ClientAddress clients;

  /**
   * A guard over {@code keys} that limits keyless resident calls with {@code residents}, the failed
   * authentications of an address with {@code failures}, and lets a key that names an ambassador
   * act only while {@code ambassadors} has no refusal for it; {@code clients} tells the address
   * both limits count a request under.
   */
  public Guard(
      ApiKeys keys,
      RateLimiter residents,
      RateLimiter failures,
      Ambassadors ambassadors,
      ClientAddress clients) {
    this.keys = keys;
    this.residents = residents;
    this.failures = failures;
    this.ambassadors = ambassadors;
    this.clients = clients;
  }

  @Override
  public void handle(Context ctx) {
    Access access = accessOf(ctx);
    if (access == null || access.open()) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      if (access.residents()) {
        residents.acquire(clients.countedUnder(ctx));
        Caller.anonymous().attachTo(ctx);
        return;
      }
      throw unauthorized(CHALLENGE, "this route needs an API key: Authorization: Bearer <key>");
    }
    // An address that has sent too many unknown keys this minute is refused before its key is
    // looked at, the right one too: otherwise the answer would still tell a guess that hit.
    String address = clients.countedUnder(ctx);
    failures.check(address);
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      failures.count(address);
      throw unauthorized(
          CHALLENGE + ", error=\"invalid_request\"",
          "the Authorization header must be 'Bearer <key>'");
    }
    String token = header.substring(7).strip();
    Optional<ApiKeys.Grant> grant = keys.grantOf(token);
    if (grant.isEmpty()) {
      failures.count(address);
      throw unauthorized(CHALLENGE + ", error=\"invalid_token\"", "the API key is not known");
    }
    Optional<Role> role = grant.map(ApiKeys.Grant::role);
    new Caller(role, shortHash(token), grant.get().ambassador()).attachTo(ctx);
    if (!access.allows(role.get())) {
      throw ProblemException.forbidden(
          "the role " + role.get().key() + " may not " + ctx.method() + " " + ctx.path());
    }
    // Retiring an ambassador retires their key on every route, not only the building's.
    Optional<String> refusal = grant.get().ambassador().flatMap(ambassadors::refusal);
    if (refusal.isPresent()) {
      throw ProblemException.forbidden(refusal.get());
    }
  }

  private static Access accessOf(Context ctx) {
    for (RouteRole role : ctx.routeRoles()) {
      if (role instanceof Access access) {
        return access;
      }
    }
    return null;
  }

  private static ProblemException unauthorized(String challenge, String detail) {
    return new ProblemException(
        Problem.of(401, "unauthorized", "Unauthorized", detail),
        Map.of("WWW-Authenticate", challenge));
  }

  /**
   * A short, one-way digest of a credential: enough to tell callers apart, useless to attackers.
   */
  public static String shortHash(String credential) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
