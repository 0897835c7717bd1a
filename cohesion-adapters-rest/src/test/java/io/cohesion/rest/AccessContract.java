package io.cohesion.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.Route;
import io.cohesion.rest.http.Routes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A route's access rule, read off its {@link Access}, against what the OpenAPI document says about
 * the operation: its {@code security}, its 401 and 403 answers and the roles it names.
 *
 * <ul>
 *   <li>A route open to anyone documents no security requirement, no 401 and no 403.
 *   <li>A route that needs a key documents the bearer key as its security requirement and a 401 (no
 *       key, or an unknown one). A route residents may call without a key offers the empty
 *       requirement {@code {}} beside the key; one that needs a key does not.
 *   <li>A route that refuses some keys documents a 403. It does when its roles are fewer than all
 *       roles, and whenever an ambassador may call it: the access guard refuses the key of an
 *       ambassador who is not known or no longer active on every route, and the ambassador scope
 *       confines a key that names its ambassador to that ambassador's building.
 *   <li>An operation that needs a key names who may call it in {@code x-roles}: the roles of its
 *       route as keys are written ({@code coordinator}, {@code ambassador}, {@code researcher}),
 *       and {@code resident} when residents may call it without a key. Its summary says the same in
 *       words: "any role" exactly when every role may call it, else each role of {@code x-roles}.
 * </ul>
 */
final class AccessContract {
  /** The extension of an operation that lists who may call it. */
  static final String ROLES = "x-roles";

  /** The entry of {@link #ROLES} for a resident who calls with an invitation code and no key. */
  static final String RESIDENT = "resident";

  private static final String ANY_ROLE = "any role";

  private AccessContract() {}

  /** What the code says about a route's callers. */
  record Rule(boolean open, boolean keyOptional, Set<String> roles, boolean refusesSomeKeys) {
    static Rule of(Access access) {
      Set<String> roles = new TreeSet<>();
      access.roles().forEach(role -> roles.add(role.key()));
      if (access.residents()) {
        roles.add(RESIDENT);
      }
      boolean fewerRoles = !access.roles().containsAll(EnumSet.allOf(Role.class));
      boolean refuses = !access.open() && (fewerRoles || access.allows(Role.AMBASSADOR));
      return new Rule(access.open(), access.residents(), roles, refuses);
    }
  }

  /** Every way {@code routes} and {@code document} disagree; empty when they agree. */
  static List<String> check(List<Route> routes, JsonNode document) {
    List<String> found = new ArrayList<>();
    for (Route route : routes) {
      if (route.path().startsWith(Routes.BASE)) {
        found.addAll(check(route, document));
      }
    }
    return found;
  }

  /** Every way {@code route}'s access rule and its operation in {@code document} disagree. */
  static List<String> check(Route route, JsonNode document) {
    String where = route.toString();
    JsonNode operation =
        document
            .path("paths")
            .path(route.path().substring(Routes.BASE.length()))
            .path(route.method().name().toLowerCase(Locale.ROOT));
    if (!operation.isObject()) {
      return List.of(where + ": not in the document");
    }
    Rule rule = Rule.of(route.access());
    JsonNode security =
        operation.has("security") ? operation.get("security") : document.get("security");
    boolean anonymous = false;
    Set<String> schemes = new TreeSet<>();
    if (security != null) {
      for (JsonNode requirement : security) {
        if (requirement.isEmpty()) {
          anonymous = true;
        }
        requirement.fieldNames().forEachRemaining(schemes::add);
      }
    }
    JsonNode responses = operation.path("responses");
    Set<String> documentedRoles = new TreeSet<>();
    operation.path(ROLES).forEach(role -> documentedRoles.add(role.asText()));
    String summary = operation.path("summary").asText("");

    List<String> found = new ArrayList<>();
    if (rule.open()) {
      if (!schemes.isEmpty()) {
        found.add(where + ": open to anyone, but documents the security requirement " + schemes);
      }
      if (responses.has("401")) {
        found.add(where + ": open to anyone, but documents a 401");
      }
      if (responses.has("403")) {
        found.add(where + ": open to anyone, but documents a 403");
      }
      if (operation.has(ROLES)) {
        found.add(where + ": open to anyone, but names roles in " + ROLES);
      }
      return found;
    }
    if (schemes.isEmpty()) {
      found.add(where + ": needs a key, but documents no security requirement");
    }
    for (String scheme : schemes) {
      JsonNode declared = document.path("components").path("securitySchemes").path(scheme);
      if (!declared.path("type").asText().equals("http")
          || !declared.path("scheme").asText().equalsIgnoreCase("bearer")) {
        found.add(where + ": its security scheme " + scheme + " is not a declared bearer key");
      }
    }
    if (rule.keyOptional() && !anonymous) {
      found.add(where + ": residents call it without a key, but its security does not offer {}");
    }
    if (!rule.keyOptional() && anonymous) {
      found.add(where + ": needs a key, but its security lets anyone call it ({})");
    }
    if (!responses.has("401")) {
      found.add(where + ": needs a key, but documents no 401");
    }
    if (rule.refusesSomeKeys() && !responses.has("403")) {
      found.add(where + ": refuses some keys, but documents no 403");
    }
    if (!rule.refusesSomeKeys() && responses.has("403")) {
      found.add(where + ": refuses no key, but documents a 403");
    }
    if (!documentedRoles.equals(rule.roles())) {
      found.add(
          where + ": " + ROLES + " is " + documentedRoles + ", the route lets " + rule.roles());
    }
    Set<String> keyRoles = new TreeSet<>(rule.roles());
    keyRoles.remove(RESIDENT);
    boolean everyRole = keyRoles.size() == Role.values().length;
    if (everyRole != summary.contains(ANY_ROLE)) {
      found.add(
          where
              + ": the summary "
              + (everyRole ? "does not say" : "says")
              + " '"
              + ANY_ROLE
              + "', the route lets "
              + rule.roles()
              + ": "
              + summary);
    }
    if (!everyRole) {
      for (String role : rule.roles()) {
        if (!summary.contains(role)) {
          found.add(where + ": the summary does not name " + role + ": " + summary);
        }
      }
    }
    return found;
  }
}
