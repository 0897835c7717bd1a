package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.BuildingUse;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.InvitationTally;
import io.cohesion.core.privacy.TrackInvitations;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Audiences;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Invitation tracking of a wave (docs/api.md#invitation-tracking): {@code
 * /wish-maps/{id}/invitation-use} and {@code /measurements/{id}/invitation-use} count, per
 * building, the codes issued and those that answered; {@code .../invitation-use/batches} does so
 * per batch, for coordinators only; {@code .../invitation-reminders?below=} lists the buildings
 * below a response rate. A coordinator sees exact live counts; an ambassador sees their own
 * building only (a key that names no ambassador: every building), under the disclosure rules.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class InvitationTrackingResource implements ApiResource {
  private final TrackInvitations tracking;
  private final DisclosurePolicy disclosure;
  private final AmbassadorScope scope;

  /**
   * A resource over the use case {@code tracking}, releasing under {@code disclosure}; {@code
   * scope} confines an ambassador's key that names its ambassador to that ambassador's building.
   */
  public InvitationTrackingResource(
      TrackInvitations tracking, DisclosurePolicy disclosure, AmbassadorScope scope) {
    this.tracking = tracking;
    this.disclosure = disclosure;
    this.scope = scope;
  }

  @Override
  public void register(Routes routes) {
    for (WaveKind kind : WaveKind.values()) {
      String waves = kind == WaveKind.WISH_MAP ? "/wish-maps" : "/measurements";
      routes.get(
          waves + "/{id}/invitation-use/batches",
          Access.roles(COORDINATOR),
          ctx -> batches(ctx, kind));
      routes.get(
          waves + "/{id}/invitation-use",
          Access.roles(COORDINATOR, AMBASSADOR),
          ctx -> buildings(ctx, kind));
      routes.get(
          waves + "/{id}/invitation-reminders",
          Access.roles(COORDINATOR, AMBASSADOR),
          ctx -> reminders(ctx, kind));
    }
  }

  private static WaveId wave(Context ctx, WaveKind kind) {
    String id = Params.id(ctx, "id", s -> s);
    return new WaveId(kind, id);
  }

  /** The one building an ambassador's key may see; empty for every other caller. */
  private Optional<BuildingId> only(Context ctx) {
    return scope.of(ctx).map(Ambassador::building);
  }

  private void batches(Context ctx, WaveKind kind) {
    WaveId wave = wave(ctx, kind);
    List<InvitationTally> tallies = tracking.byBatch(wave, Audiences.of(ctx, disclosure));
    ctx.json(
        new BatchUseListBody(
            wave.id(),
            tallies.stream()
                .map(
                    t ->
                        new BatchUseBody(
                            t.batch().value(),
                            t.label().orElse(null),
                            t.building().map(BuildingId::value).orElse(null),
                            t.issued(),
                            t.used(),
                            t.unused(),
                            t.responseRate()))
                .toList()));
  }

  private void buildings(Context ctx, WaveKind kind) {
    WaveId wave = wave(ctx, kind);
    List<BuildingUse> uses = tracking.byBuilding(wave, Audiences.of(ctx, disclosure), only(ctx));
    ctx.json(new BuildingUseListBody(wave.id(), null, bodies(uses)));
  }

  private void reminders(Context ctx, WaveKind kind) {
    WaveId wave = wave(ctx, kind);
    String given = ctx.queryParam("below");
    if (given == null) {
      throw ProblemException.invalid("below", "is required: a response rate above 0, at most 1");
    }
    double below;
    try {
      below = Double.parseDouble(given);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("below", "must be a number above 0, at most 1");
    }
    List<BuildingUse> uses =
        tracking.reminders(wave, below, Audiences.of(ctx, disclosure), only(ctx));
    ctx.json(new BuildingUseListBody(wave.id(), below, bodies(uses)));
  }

  private static List<BuildingUseBody> bodies(List<BuildingUse> uses) {
    return uses.stream()
        .map(
            u ->
                new BuildingUseBody(
                    u.building().map(BuildingId::value).orElse(null),
                    u.issued().isPresent() ? u.issued().getAsInt() : null,
                    u.used().isPresent() ? u.used().getAsInt() : null,
                    u.unused().isPresent() ? u.unused().getAsInt() : null,
                    u.responseRate().isPresent() ? u.responseRate().getAsDouble() : null,
                    u.suppressed()))
        .toList();
  }

  /** {@code BatchUseList}: the exact use of every batch in a wave. */
  record BatchUseListBody(String wave, List<BatchUseBody> batches) {}

  /** {@code BatchUse}: the codes of one batch in one building, issued and used. */
  record BatchUseBody(
      String batch,
      String label,
      String building,
      int issued,
      int used,
      int unused,
      double responseRate) {}

  /** {@code BuildingUseList}: the use of each building's codes in a wave. */
  record BuildingUseListBody(
      String wave,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double below,
      List<BuildingUseBody> buildings) {}

  /**
   * {@code BuildingUse}: one building's codes, issued and used; a suppressed building is its key
   * and {@code "suppressed": true}, nothing else.
   */
  record BuildingUseBody(
      String building,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer issued,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer used,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer unused,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double responseRate,
      boolean suppressed) {}
}
