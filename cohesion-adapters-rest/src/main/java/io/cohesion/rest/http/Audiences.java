package io.cohesion.rest.http;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.rest.Role;
import io.javalin.http.Context;
import java.util.OptionalInt;

/**
 * Who a request's figures are released to (docs/privacy.md#who-is-bound): a coordinator holds the
 * raw responses and may ask for any {@code kMin} of 1 or more; every other caller is bound by the
 * server's floor, which a request can raise ({@code kMin} larger hides more) but never lower.
 */
public final class Audiences {
  private Audiences() {}

  /** The audience of {@code ctx} under {@code policy}, with the request's {@code kMin}. */
  public static Audience of(Context ctx, DisclosurePolicy policy) {
    OptionalInt requested =
        ctx.queryParam("kMin") == null
            ? OptionalInt.empty()
            : OptionalInt.of(Params.intIn(ctx, "kMin", policy.floor(), 1, 1_000_000));
    if (Caller.of(ctx).is(Role.COORDINATOR)) {
      return Audience.rawData(requested.orElse(policy.floor()));
    }
    return policy.bound(requested);
  }
}
