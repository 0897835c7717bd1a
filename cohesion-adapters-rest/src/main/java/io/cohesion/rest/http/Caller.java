package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.rest.Role;
import io.javalin.http.Context;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who sent the request, as established by {@link Guard}.
 *
 * @param role the role of the API key, or empty for a resident (or an open route)
 * @param credential a short hash of the key, to keep idempotency keys of different callers apart;
 *     empty without a key
 * @param ambassador the ambassador an ambassador's key belongs to; empty for a key that acts for
 *     every building, for the other roles and without a key
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Caller(Optional<Role> role, String credential, Optional<AmbassadorId> ambassador) {
  private static final String ATTRIBUTE = "cohesion.caller";

  /** A caller without a key. */
  public static Caller anonymous() {
    return new Caller(Optional.empty(), "", Optional.empty());
  }

  /** Whether the caller holds a key with {@code r}. */
  public boolean is(Role r) {
    return role.filter(r::equals).isPresent();
  }

  /** The caller of {@code ctx}; anonymous before {@link Guard} ran. */
  public static Caller of(Context ctx) {
    Caller caller = ctx.attribute(ATTRIBUTE);
    return caller == null ? anonymous() : caller;
  }

  void attachTo(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }
}
