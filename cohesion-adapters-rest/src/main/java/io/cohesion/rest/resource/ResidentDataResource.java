package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.COORDINATOR;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.resident.ResidentData;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A resident's own answers, by invitation code: {@code POST /invitations/export} hands them over,
 * with the household's phase, benefit statements and votes; {@code POST /invitations/erasure}
 * erases them in every wave, and those records with them (docs/privacy.md#erasure). The code
 * travels in the body, never in the URL, so it does not end up in access logs; calls without a key
 * are rate limited like submissions.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ResidentDataResource implements ApiResource {
  private final ResidentData residentData;
  private Bodies bodies;

  /** A resource over the use case {@code residentData}. */
  public ResidentDataResource(ResidentData residentData) {
    this.residentData = residentData;
  }

  /** The resident's code. */
  record CodeRequest(String invitationCode) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access residents = Access.rolesAndResidents(COORDINATOR);
    routes.postRaw("/invitations/export", residents, this::export);
    routes.post("/invitations/erasure", residents, this::erase);
  }

  private InvitationCode code(Context ctx) throws Exception {
    CodeRequest r = bodies.json(ctx, CodeRequest.class);
    Fields.required("invitationCode", r.invitationCode());
    try {
      return InvitationCode.parse(r.invitationCode());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("invitationCode", "is not a valid invitation code");
    }
  }

  /** {@code ResidentData}: everything stored under a resident's invitation code. */
  record ResidentDataBody(
      String respondent,
      List<ExportedWishMapResponseBody> wishMapResponses,
      List<ExportedMeasurementResponseBody> measurementResponses,
      @JsonInclude(Include.NON_ABSENT)
          Optional<HouseholdPhaseResource.HouseholdPhaseBody> householdPhase,
      List<InformationResource.BenefitStatementBody> benefitStatements,
      List<ExportedVoteBody> votes) {}

  /** {@code ExportedVote}: the household's vote in a market consultation. */
  record ExportedVoteBody(
      String consultation, String initiative, LocalDate held, List<String> options) {}

  /** {@code ExportedWishMapResponse}: a wish map response with the wish map it answers. */
  record ExportedWishMapResponseBody(
      String wishMap, @JsonUnwrapped WishMapResource.WishMapResponseBody response) {}

  /** {@code ExportedMeasurementResponse}: a measurement response with its measurement. */
  record ExportedMeasurementResponseBody(
      String measurement,
      String respondent,
      Map<String, Double> answers,
      Map<String, String> attributes) {}

  /** {@code Erased}: how many responses and other records were erased. */
  record ErasedBody(
      int wishMapResponses,
      int measurementResponses,
      int householdPhases,
      int benefitStatements,
      int votes) {}

  private void export(Context ctx) throws Exception {
    InvitationCode code = code(ctx);
    ResidentData.Export export = residentData.export(code);
    List<ExportedWishMapResponseBody> wishMaps = new ArrayList<>();
    export
        .wishMapResponses()
        .forEach(
            (id, response) ->
                wishMaps.add(
                    new ExportedWishMapResponseBody(id.value(), WishMapResource.view(response))));
    List<ExportedMeasurementResponseBody> measurements = new ArrayList<>();
    export
        .measurementResponses()
        .forEach(
            (id, response) ->
                measurements.add(
                    new ExportedMeasurementResponseBody(
                        id.value(),
                        response.respondent().value(),
                        response.answers(),
                        response.attributes())));
    ctx.json(
        new ResidentDataBody(
            export.respondent().value(),
            wishMaps,
            measurements,
            export.householdPhase().map(HouseholdPhaseResource::view),
            export.benefitStatements().stream().map(InformationResource::view).toList(),
            export.votes().stream()
                .map(
                    vote ->
                        new ExportedVoteBody(
                            vote.consultation().value(),
                            vote.initiative().value(),
                            vote.held(),
                            vote.options()))
                .toList()));
  }

  private void erase(Context ctx) throws Exception {
    InvitationCode code = code(ctx);
    ResidentData.Erasure erased = residentData.erase(code);
    ctx.json(
        new ErasedBody(
            erased.wishMapResponses(),
            erased.measurementResponses(),
            erased.householdPhases(),
            erased.benefitStatements(),
            erased.votes()));
  }
}
