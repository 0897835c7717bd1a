package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Closing;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.core.privacy.WaveStatus;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code /wish-maps/{id}/status} or {@code /measurements/{id}/status}: whether a wave is open or
 * closed, when it closes, and the release states its closes cut; a coordinator closes and reopens
 * it under {@code If-Match} (see docs/api.md#open-and-closed-waves).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WaveStatusResource implements ApiResource {
  /** The earliest and latest closing dates accepted: no year 99999. */
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private final ReleaseWaves releases;
  private final WaveKind kind;
  private Bodies bodies;

  /** The status routes of waves of {@code kind}, served by {@code releases}. */
  public WaveStatusResource(ReleaseWaves releases, WaveKind kind) {
    this.releases = releases;
    this.kind = kind;
  }

  /** A change of status: {@code open} (with an optional closing date) or {@code closed}. */
  record StatusRequest(String status, String closes) {}

  /**
   * {@code ReleaseState}: a release state; {@code n} only for coordinators, who may see the live
   * counts anyway.
   */
  record ReleaseStateBody(
      int sequence, String cutAt, @JsonInclude(JsonInclude.Include.NON_NULL) Integer n) {}

  /** {@code Closing}: what a close did: cut a state, or kept the last one and why. */
  record ClosingBody(
      boolean cut,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer sequence,
      @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) String detail) {}

  /**
   * {@code WaveStatus}: a wave's status with its states, oldest first; {@code closing} only in the
   * answer to a close.
   */
  record WaveStatusBody(
      String status,
      String closes,
      List<ReleaseStateBody> states,
      @JsonInclude(JsonInclude.Include.NON_NULL) ClosingBody closing) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    String path = (kind == WaveKind.WISH_MAP ? "/wish-maps" : "/measurements") + "/{id}/status";
    routes.get(path, Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER), this::read);
    routes.put(path, Access.roles(COORDINATOR), this::change);
  }

  private WaveId wave(Context ctx) {
    return Params.id(ctx, "id", id -> new WaveId(kind, id));
  }

  private void read(Context ctx) {
    WaveId wave = wave(ctx);
    Versioned<WaveStatus> status = releases.status(wave);
    if (!Preconditions.tag(ctx, status)) {
      ctx.json(view(ctx, status.value(), releases.states(wave), null));
    }
  }

  private void change(Context ctx) throws Exception {
    WaveId wave = wave(ctx);
    releases.status(wave);
    StatusRequest request = bodies.json(ctx, StatusRequest.class);
    String status = request.status() == null ? "" : request.status().toLowerCase(Locale.ROOT);
    Optional<Instant> closes = closes(request.closes());
    switch (status) {
      case "open" -> {
        Versioned<WaveStatus> opened =
            Preconditions.update(ctx, v -> releases.open(wave, closes, v));
        ctx.json(view(ctx, opened.value(), releases.states(wave), null));
      }
      case "closed" -> {
        if (closes.isPresent()) {
          throw ValidationException.of(
              "closes", "a wave closed now has no closing date; give it with status open");
        }
        Closing[] closing = new Closing[1];
        Versioned<WaveStatus> closed =
            Preconditions.update(
                ctx,
                v -> {
                  closing[0] = releases.close(wave, v);
                  return closing[0].status();
                });
        ctx.json(view(ctx, closed.value(), releases.states(wave), answer(closing[0])));
      }
      default ->
          throw ValidationException.of(
              "status",
              "must be open or closed, got "
                  + (request.status() == null ? "nothing" : "'" + request.status() + "'"));
    }
  }

  private static Optional<Instant> closes(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Instant closes;
    try {
      closes = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ValidationException.of(
          "closes", "must be an instant such as 2027-01-31T00:00:00Z, got '" + text + "'");
    }
    if (closes.isBefore(EARLIEST) || closes.isAfter(LATEST)) {
      throw ValidationException.of(
          "closes", "must lie between " + EARLIEST + " and " + LATEST + ", got " + text);
    }
    return Optional.of(closes);
  }

  private static ClosingBody answer(Closing closing) {
    if (closing instanceof Closing.Cut cut) {
      return new ClosingBody(true, cut.state().sequence(), null, null);
    }
    Closing.Kept kept = (Closing.Kept) closing;
    return new ClosingBody(
        false,
        null,
        switch (kept.reason()) {
          case ALREADY_CLOSED -> "alreadyClosed";
          case TOO_FEW_CHANGES -> "tooFewChanges";
          case REFUSED -> "refused";
        },
        kept.detail());
  }

  private static WaveStatusBody view(
      Context ctx, WaveStatus status, List<ReleaseState> states, ClosingBody closing) {
    boolean live = Caller.of(ctx).is(COORDINATOR);
    return new WaveStatusBody(
        status.closed() ? "closed" : "open",
        status.closes().map(Instant::toString).orElse(null),
        states.stream()
            .map(
                s ->
                    new ReleaseStateBody(
                        s.sequence(), s.cutAt().toString(), live ? Integer.valueOf(s.n()) : null))
            .toList(),
        closing);
  }
}
