package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ForbiddenException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.BuildingId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Invitation tracking (use case, a port in): how many of the codes issued for each batch and
 * building answered a wave, and which buildings an ambassador should remind
 * (docs/privacy.md#invitation-tracking).
 *
 * <p>A code has answered a wave when a response is stored under its pseudonym there, so erasing a
 * household's answers also takes it out of these counts. The counts are live, also while the wave
 * is open, because reminders are only of use then. Who answered is never told:
 *
 * <ul>
 *   <li>An audience holding the raw responses (a coordinator) sees exact counts, per batch and per
 *       building.
 *   <li>A bound audience (an ambassador) sees buildings only, the batches of a building counted
 *       together, so that a small batch cannot be taken from a large one. A building's counts are
 *       released only while at least {@code k} of its codes answered and at least {@code k} did
 *       not; otherwise it is suppressed, since a household would then be one of a few who answered,
 *       or of a few who did not.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class TrackInvitations {
  private static final Comparator<Optional<BuildingId>> BUILDING_ORDER =
      Comparator.comparing((Optional<BuildingId> b) -> b.isPresent())
          .thenComparing(b -> b.map(BuildingId::value).orElse(""));

  private final InvitationRepository invitations;
  private final ReleaseWaves waves;

  /** The use case over the stored {@code invitations}; {@code waves} tells which waves exist. */
  public TrackInvitations(InvitationRepository invitations, ReleaseWaves waves) {
    this.invitations = requireNonNull(invitations, "invitations");
    this.waves = requireNonNull(waves, "waves");
  }

  /**
   * The exact counts per batch and building in {@code wave}, ordered by batch and then building.
   *
   * @throws ForbiddenException when the audience is bound: exact counts are for those who hold the
   *     raw responses
   * @throws io.cohesion.core.NotFoundException when the wave does not exist
   */
  public List<InvitationTally> byBatch(WaveId wave, Audience audience) {
    requireNonNull(audience, "audience");
    if (audience.bound()) {
      throw new ForbiddenException(
          "exact counts per batch are only for those who may read the raw responses");
    }
    waves.status(requireNonNull(wave, "wave"));
    return invitations.tally(wave);
  }

  /**
   * The use of each building's codes in {@code wave}, every batch of a building together, ordered
   * by building id (codes issued for no registered building first).
   *
   * @param only the one building the audience may see (an ambassador's); empty for all
   * @throws io.cohesion.core.NotFoundException when the wave does not exist
   */
  public List<BuildingUse> byBuilding(WaveId wave, Audience audience, Optional<BuildingId> only) {
    requireNonNull(audience, "audience");
    requireNonNull(only, "only");
    waves.status(requireNonNull(wave, "wave"));
    Map<Optional<BuildingId>, int[]> counts = new TreeMap<>(BUILDING_ORDER);
    for (InvitationTally tally : invitations.tally(wave)) {
      if (only.isPresent() && !only.equals(tally.building())) {
        continue;
      }
      int[] c = counts.computeIfAbsent(tally.building(), b -> new int[2]);
      c[0] += tally.issued();
      c[1] += tally.used();
    }
    List<BuildingUse> uses = new ArrayList<>(counts.size());
    counts.forEach(
        (building, c) -> {
          int issued = c[0];
          int used = c[1];
          boolean releasable =
              !audience.bound() || (used >= audience.k() && issued - used >= audience.k());
          uses.add(
              releasable
                  ? BuildingUse.released(building, issued, used)
                  : BuildingUse.suppressed(building));
        });
    return List.copyOf(uses);
  }

  /**
   * The buildings to remind: those whose response rate in {@code wave} is below {@code below}. For
   * a bound audience every suppressed building is listed as well, whatever its rate: leaving one
   * out would tell on which side of {@code below} its hidden rate lies.
   *
   * @param below the rate, more than 0 and at most 1
   * @param only the one building the audience may see (an ambassador's); empty for all
   * @throws ValidationException on field {@code below} when it is out of range
   * @throws io.cohesion.core.NotFoundException when the wave does not exist
   */
  public List<BuildingUse> reminders(
      WaveId wave, double below, Audience audience, Optional<BuildingId> only) {
    ValidationException.require(
        below > 0 && below <= 1, "below", "must be more than 0 and at most 1, got " + below);
    return byBuilding(wave, audience, only).stream()
        .filter(u -> u.suppressed() || u.responseRate().getAsDouble() < below)
        .toList();
  }
}
