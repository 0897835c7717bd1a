package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.COORDINATOR;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationBatchId;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.IssuedBatch;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Negotiation;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.letters.InvitationLetters;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * {@code /invitations}: batches of single-use codes for residents. The codes are in the answer to
 * the request that issued them and nowhere else; the store keeps only their hashes. That answer is
 * JSON, or, for a request that accepts {@code text/html}, the printable letters of the batch
 * (docs/api.md#invitation-letters): made for this answer, sent and dropped.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class InvitationResource implements ApiResource {
  /** The media type of the letters. */
  static final String HTML = "text/html";

  private final Invitations invitations;
  private final RandomGenerator random;
  private final Optional<URI> publicBaseUrl;
  private Bodies bodies;

  /**
   * A resource issuing and listing codes through {@code invitations}, drawing new codes from {@code
   * random} (the application's, a {@link java.security.SecureRandom} in production); letters link
   * to the residents' form under the scheme and host of the request.
   */
  public InvitationResource(Invitations invitations, RandomGenerator random) {
    this(invitations, random, Optional.empty());
  }

  /**
   * A resource as {@link #InvitationResource(Invitations, RandomGenerator)} whose letters link to
   * the residents' form under {@code publicBaseUrl}, if given.
   */
  public InvitationResource(
      Invitations invitations, RandomGenerator random, Optional<URI> publicBaseUrl) {
    this.invitations = invitations;
    this.random = random;
    this.publicBaseUrl = publicBaseUrl;
  }

  /** A batch to issue. */
  record BatchRequest(Integer count, String label, String building, String language) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    routes.add(
        HandlerType.POST,
        "/invitations",
        Access.roles(COORDINATOR),
        true,
        List.of(Bodies.JSON, HTML),
        this::issue);
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
    Optional<BuildingId> building = building(request.building());
    InvitationLetters.Language language =
        request.language() == null
            ? InvitationLetters.Language.NL
            : InvitationLetters.Language.of(request.language())
                .orElseThrow(() -> ProblemException.invalid("language", "must be 'nl' or 'en'"));
    boolean letters = Negotiation.wants(ctx, HTML);
    URI base = letters ? base(ctx) : null;
    IssuedBatch batch;
    try {
      batch =
          invitations.issue(
              request.count(), Optional.ofNullable(request.label()), building, random);
    } catch (NotFoundException e) {
      throw ProblemException.invalid("building", "is not a registered building");
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("label", String.valueOf(e.getMessage()));
    }
    // The codes are in this answer and nowhere else: no cache may keep a copy.
    ctx.status(201)
        .header("Location", Routes.BASE + "/invitations")
        .header("Cache-Control", "no-store");
    if (letters) {
      ctx.header("Content-Security-Policy", InvitationLetters.CONTENT_SECURITY_POLICY)
          .contentType(HTML + "; charset=utf-8")
          .result(InvitationLetters.render(batch, base, language).getBytes(StandardCharsets.UTF_8));
      return;
    }
    ctx.json(
        new IssuedCodesBody(
            batch.batch().value(),
            batch.codes().size(),
            request.label(),
            building.map(BuildingId::value).orElse(null),
            batch.codes().stream().map(InvitationCode::grouped).toList()));
  }

  private static Optional<BuildingId> building(String building) {
    if (building == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BuildingId(building));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("building", String.valueOf(e.getMessage()));
    }
  }

  /** Where the letters' links start: the configured URL, or the scheme and host of the request. */
  private URI base(Context ctx) {
    if (publicBaseUrl.isPresent()) {
      return publicBaseUrl.get();
    }
    try {
      return InvitationLetters.base(ctx.scheme() + "://" + ctx.host());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "the Host of this request cannot start the residents' links; configure the public base"
              + " URL");
    }
  }

  /** {@code IssuedCodes}: the codes of a batch, shown once. */
  record IssuedCodesBody(
      String batch, int count, String label, String building, List<String> codes) {}

  /** {@code Invitation}: an issued code, kept only as its hash. */
  record InvitationBody(String label, String codeHash, String batch, String building) {}

  private void list(Context ctx) {
    Page<Invitation> page = invitations.list(Paging.request(ctx));
    ctx.json(
        Paging.body(
            ctx,
            page,
            page.items().stream()
                .map(
                    i ->
                        new InvitationBody(
                            i.label().orElse(null),
                            i.codeHash(),
                            i.batch().map(InvitationBatchId::value).orElse(null),
                            i.building().map(BuildingId::value).orElse(null)))
                .toList()));
  }
}
