package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.rest.Role;
import io.javalin.http.Context;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Who a request's figures are released to (docs/privacy.md#who-is-bound): a coordinator holds the
 * raw responses and sees live figures; every other caller is bound to the released states. For both
 * the server's floor is the rule's k: a request's {@code kMin} can raise it (a larger one hides
 * more) but never lower it.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Audiences {
  private Audiences() {}

  /** The audience of {@code ctx} under {@code policy}, with the request's {@code kMin}. */
  public static Audience of(Context ctx, DisclosurePolicy policy) {
    OptionalInt requested =
        ctx.queryParam("kMin") == null
            ? OptionalInt.empty()
            : OptionalInt.of(Params.intIn(ctx, "kMin", policy.floor(), 1, 1_000_000));
    if (Caller.of(ctx).is(Role.COORDINATOR)) {
      return policy.rawData(requested);
    }
    return policy.bound(requested);
  }
}
