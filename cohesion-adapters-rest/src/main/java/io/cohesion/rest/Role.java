package io.cohesion.rest;

import static org.apiguardian.api.API.Status.STABLE;

import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who holds an API key (docs/api.md). Residents hold no key: they submit with an invitation code.
 */
@API(status = STABLE, since = "0.1.0")
public enum Role implements RouteRole {
  /** Manages an initiative's data: everything except what only residents do. */
  COORDINATOR,
  /** Records meetings, contacts and signals for their buildings. */
  AMBASSADOR,
  /**
   * Reads aggregates only, under the small-group rule; never raw answers, free text or pseudonyms.
   */
  RESEARCHER;

  /** The role as written in key configuration, for example {@code coordinator}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role with this configuration name, ignoring case. */
  public static Optional<Role> of(String name) {
    for (Role role : values()) {
      if (role.key().equalsIgnoreCase(name.strip())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
