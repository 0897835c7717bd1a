package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.COORDINATOR;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.Page;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * {@code /invitations}: batches of single-use codes for residents. The codes are in the answer to
 * the request that issued them and nowhere else; the store keeps only their hashes.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class InvitationResource implements ApiResource {
  private final Invitations invitations;
  private final RandomGenerator random;
  private Bodies bodies;

  /**
   * A resource issuing and listing codes through {@code invitations}, drawing new codes from {@code
   * random} (the application's, a {@link java.security.SecureRandom} in production).
   */
  public InvitationResource(Invitations invitations, RandomGenerator random) {
    this.invitations = invitations;
    this.random = random;
  }

  /** A batch to issue. */
  record BatchRequest(Integer count, String label) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    routes.postRaw("/invitations", Access.roles(COORDINATOR), this::issue);
    routes.getRaw("/invitations", Access.roles(COORDINATOR), this::list);
  }

  private void issue(Context ctx) throws Exception {
    BatchRequest request = bodies.json(ctx, BatchRequest.class);
    if (request.count() == null) {
      throw ProblemException.invalid("count", "is required");
    }
    if (request.count() < 1 || request.count() > Invitations.MAX_BATCH) {
      throw ProblemException.invalid(
          "count", "must be between 1 and " + Invitations.MAX_BATCH + ", got " + request.count());
    }
    List<InvitationCode> codes;
    try {
      codes = invitations.issue(request.count(), Optional.ofNullable(request.label()), random);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("label", String.valueOf(e.getMessage()));
    }
    ctx.status(201)
        .header("Location", Routes.BASE + "/invitations")
        .json(
            new IssuedCodesBody(
                codes.size(),
                request.label(),
                codes.stream().map(InvitationCode::grouped).toList()));
  }

  /** {@code IssuedCodes}: the codes of a batch, shown once. */
  record IssuedCodesBody(int count, String label, List<String> codes) {}

  /** {@code Invitation}: an issued code, kept only as its hash. */
  record InvitationBody(String label, String codeHash) {}

  private void list(Context ctx) {
    Page<Invitation> page = invitations.list(Paging.request(ctx));
    ctx.json(
        Paging.body(
            ctx,
            page,
            page.items().stream()
                .map(i -> new InvitationBody(i.label().orElse(null), i.codeHash()))
                .toList()));
  }
}
