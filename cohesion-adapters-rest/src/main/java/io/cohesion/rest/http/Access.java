package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.rest.Role;
import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Who may call a route.
 *
 * @param roles the key roles that may call it
 * @param residents whether a resident may call it without a key (with an invitation code in the
 *     body, checked by the handler)
 * @param open whether anyone may call it (health, the API document and its page)
 */
@API(status = STABLE, since = "0.1.0")
public record Access(Set<Role> roles, boolean residents, boolean open) implements RouteRole {
  public Access {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    if (open && (residents || !roles.isEmpty())) {
      throw new IllegalArgumentException("an open route names no roles");
    }
  }

  /** Anyone, without a key. */
  public static Access everyone() {
    return new Access(Set.of(), false, true);
  }

  /** Only callers holding a key with one of {@code roles}. */
  public static Access roles(Role first, Role... more) {
    return new Access(EnumSet.of(first, more), false, false);
  }

  /** Callers with one of {@code roles}, and residents with an invitation code. */
  public static Access rolesAndResidents(Role first, Role... more) {
    return new Access(EnumSet.of(first, more), true, false);
  }

  /** Whether {@code role} may call the route. */
  public boolean allows(Role role) {
    return open || roles.contains(role);
  }
}
