package io.cohesion.core.resident.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.resident.ResidentData;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

/** {@link ResidentData} over the two response stores. */
public final class ResidentDataService implements ResidentData {
  private final Invitations invitations;
  private final WishMapResponseStore wishMapResponses;
  private final MeasurementResponseStore measurementResponses;
  private final Optional<Codings> codings;

  /** The codings of wishes, and the statuses that tell which answers are live. */
  public record Codings(WishCodeRepository codes, WaveStatusRepository statuses) {
    public Codings {
      requireNonNull(codes, "codes");
      requireNonNull(statuses, "statuses");
    }
  }

  public ResidentDataService(
      Invitations invitations,
      WishMapResponseStore wishMapResponses,
      MeasurementResponseStore measurementResponses,
      Optional<Codings> codings) {
    this.invitations = requireNonNull(invitations, "invitations");
    this.wishMapResponses = requireNonNull(wishMapResponses, "wishMapResponses");
    this.measurementResponses = requireNonNull(measurementResponses, "measurementResponses");
    this.codings = requireNonNull(codings, "codings");
  }

  @Override
  public Export export(InvitationCode code) {
    Pseudonym respondent = pseudonymOf(code);
    return new Export(
        respondent, wishMapResponses.export(respondent), measurementResponses.export(respondent));
  }

  @Override
  public Erasure erase(InvitationCode code) {
    Pseudonym respondent = pseudonymOf(code);
    Set<WishMapId> answered = wishMapResponses.export(respondent).keySet();
    Erasure erasure =
        new Erasure(wishMapResponses.erase(respondent), measurementResponses.erase(respondent));
    codings.ifPresent(c -> answered.forEach(map -> forgetCodings(c, map)));
    return erasure;
  }

  /**
   * Removes the codings of the map's wishes whose answers are gone: the erased ones, unless the
   * store kept them for the last release state, whose tallies then stay as they were.
   */
  private void forgetCodings(Codings c, WishMapId map) {
    long[] live = c.statuses().respondents(WaveId.wishMap(map.value()));
    long[] kept = wishMapResponses.retained(map).stream().mapToLong(StoredResponse::id).toArray();
    long[] keep = LongStream.concat(Arrays.stream(live), Arrays.stream(kept)).sorted().toArray();
    c.codes().keepOnly(map, keep);
  }

  private Pseudonym pseudonymOf(InvitationCode code) {
    try {
      return invitations.pseudonymOf(requireNonNull(code, "code"));
    } catch (NotFoundException e) {
      throw new ForbiddenException("this invitation code is not known");
    }
  }
}
