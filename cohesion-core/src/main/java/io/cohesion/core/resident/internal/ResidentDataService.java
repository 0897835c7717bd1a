package io.cohesion.core.resident.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.resident.ResidentData;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.wishmap.WishMapResponseStore;

/** {@link ResidentData} over the two response stores. */
public final class ResidentDataService implements ResidentData {
  private final Invitations invitations;
  private final WishMapResponseStore wishMapResponses;
  private final MeasurementResponseStore measurementResponses;

  public ResidentDataService(
      Invitations invitations,
      WishMapResponseStore wishMapResponses,
      MeasurementResponseStore measurementResponses) {
    this.invitations = requireNonNull(invitations, "invitations");
    this.wishMapResponses = requireNonNull(wishMapResponses, "wishMapResponses");
    this.measurementResponses = requireNonNull(measurementResponses, "measurementResponses");
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
    return new Erasure(wishMapResponses.erase(respondent), measurementResponses.erase(respondent));
  }

  private Pseudonym pseudonymOf(InvitationCode code) {
    try {
      return invitations.pseudonymOf(requireNonNull(code, "code"));
    } catch (NotFoundException e) {
      throw new ForbiddenException("this invitation code is not known");
    }
  }
}
