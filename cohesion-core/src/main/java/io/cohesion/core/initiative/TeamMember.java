package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A member of an initiative's team.
 *
 * @param name the member's name or, where names are not to be kept, a pseudonym
 * @param roles the roles the member takes, at least one
 */
@API(status = STABLE, since = "0.1.0")
public record TeamMember(String name, Set<TeamRole> roles) {

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  public TeamMember {
    name = ValidationException.requireText("name", name, MAX_NAME_LENGTH);
    ValidationException.require(
        roles != null && !roles.isEmpty(),
        "roles",
        "member '" + name + "' needs at least one role");
    roles = Set.copyOf(roles);
  }

  /** A member with the given roles. */
  public static TeamMember of(String name, TeamRole first, TeamRole... more) {
    return new TeamMember(name, EnumSet.of(first, more));
  }

  /** Whether the member takes {@code role}. */
  public boolean has(TeamRole role) {
    return roles.contains(role);
  }
}
