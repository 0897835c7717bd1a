package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.COORDINATOR;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.resident.ResidentData;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A resident's own answers, by invitation code: {@code POST /invitations/export} hands them over,
 * {@code POST /invitations/erasure} erases them in every wave. The code travels in the body, never
 * in the URL, so it does not end up in access logs; calls without a key are rate limited like
 * submissions.
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

  private void export(Context ctx) throws Exception {
    InvitationCode code = code(ctx);
    ResidentData.Export export = residentData.export(code);
    List<Map<String, Object>> wishMaps = new ArrayList<>();
    export
        .wishMapResponses()
        .forEach(
            (id, response) -> {
              Map<String, Object> json = new LinkedHashMap<>();
              json.put("wishMap", id.value());
              json.putAll(WishMapResource.view(response));
              wishMaps.add(json);
            });
    List<Map<String, Object>> measurements = new ArrayList<>();
    export.measurementResponses().forEach((id, response) -> measurements.add(view(id, response)));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("respondent", export.respondent().value());
    json.put("wishMapResponses", wishMaps);
    json.put("measurementResponses", measurements);
    ctx.json(json);
  }

  private static Map<String, Object> view(MeasurementId id, MeasurementResponse response) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("measurement", id.value());
    json.put("respondent", response.respondent().value());
    json.put("answers", response.answers());
    json.put("attributes", response.attributes());
    return json;
  }

  private void erase(Context ctx) throws Exception {
    InvitationCode code = code(ctx);
    ResidentData.Erasure erased = residentData.erase(code);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("wishMapResponses", erased.wishMapResponses());
    json.put("measurementResponses", erased.measurementResponses());
    ctx.json(json);
  }
}
