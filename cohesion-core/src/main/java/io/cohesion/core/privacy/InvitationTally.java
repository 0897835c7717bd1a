package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.neighbourhood.BuildingId;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The exact use of one batch's codes in one building in one wave: how many were issued and how many
 * answered it (a response is stored under the code's pseudonym). Exact counts are for callers who
 * hold the raw responses anyway; {@link TrackInvitations} releases them to others under the
 * disclosure rules only.
 *
 * @param batch the batch
 * @param label the batch's building or street label, if any
 * @param building the registered building the batch was issued for, if any
 * @param issued how many codes the batch holds, at least 1
 * @param used how many of them answered the wave, 0–{@code issued}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record InvitationTally(
    InvitationBatchId batch,
    Optional<String> label,
    Optional<BuildingId> building,
    int issued,
    int used) {
  public InvitationTally {
    requireNonNull(batch, "batch");
    requireNonNull(label, "label");
    requireNonNull(building, "building");
    if (issued < 1 || used < 0 || used > issued) {
      throw new IllegalArgumentException(
          "a batch tally has issued >= 1 and 0 <= used <= issued, got " + used + " of " + issued);
    }
  }

  /** How many codes of the batch did not answer the wave. */
  public int unused() {
    return issued - used;
  }

  /** {@code used / issued}. */
  public double responseRate() {
    return (double) used / issued;
  }
}
