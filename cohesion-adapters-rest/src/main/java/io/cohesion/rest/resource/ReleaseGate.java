package io.cohesion.rest.resource;

import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.rest.Role;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.Params;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps the figures of an open wave from callers bound by disclosure control: every caller but a
 * coordinator, who may read the raw answers anyway and follows the live figures. A bound caller
 * asking for an open wave's figures gets a 409 saying when it closes (see
 * docs/api.md#open-and-closed-waves).
 */
final class ReleaseGate {
  private final ReleaseWaves releases;

  ReleaseGate(ReleaseWaves releases) {
    this.releases = releases;
  }

  /** Requires the wish map in path parameter {@code id} to be released to the caller. */
  void wishMap(Context ctx) {
    if (bound(ctx)) {
      releases.requireReleased(WaveId.wishMap(Params.id(ctx, "id", WishMapId::new).value()));
    }
  }

  /**
   * Requires the measurement in path parameter {@code id}, and the one in query parameter {@code
   * with} if given, to be released to the caller.
   */
  void measurements(Context ctx) {
    if (bound(ctx)) {
      releases.requireReleased(
          WaveId.measurement(Params.id(ctx, "id", MeasurementId::new).value()));
      Params.query(ctx, "with", MeasurementId::new)
          .ifPresent(with -> releases.requireReleased(WaveId.measurement(with.value())));
    }
  }

  /**
   * The responses a caller's figures of a wave are computed over: for a coordinator every live
   * answer, for a bound caller those of the wave's last released state.
   */
  <R> List<R> responses(Context ctx, WaveId wave, Supplier<List<R>> live) {
    return bound(ctx) ? releases.released(wave, live) : live.get();
  }

  /** Refuses an answer to a closed wave (409): late answers wait until a coordinator reopens it. */
  void requireOpen(WaveId wave) {
    releases.requireOpen(wave);
  }

  private static boolean bound(Context ctx) {
    return !Caller.of(ctx).is(Role.COORDINATOR);
  }
}
