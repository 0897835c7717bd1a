package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.COORDINATOR;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resident's own answers, by invitation code: {@code POST /invitations/export} hands them over,
 * {@code POST /invitations/erasure} erases them in every wave. The code travels in the body, never
 * in the URL, so it does not end up in access logs; calls without a key are rate limited like
 * submissions.
 */
public final class ResidentDataResource implements ApiResource {
  private final Invitations invitations;
  private final Optional<WishMapResponseStore> wishMapResponses;
  private final Optional<MeasurementResponseStore> measurementResponses;
  private Bodies bodies;

  /**
   * A resource over the response stores the server has, resolving codes with {@code invitations}.
   */
  public ResidentDataResource(
      Invitations invitations,
      Optional<WishMapResponseStore> wishMapResponses,
      Optional<MeasurementResponseStore> measurementResponses) {
    this.invitations = invitations;
    this.wishMapResponses = wishMapResponses;
    this.measurementResponses = measurementResponses;
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

  private Pseudonym pseudonym(Context ctx) throws Exception {
    CodeRequest r = bodies.json(ctx, CodeRequest.class);
    Fields.required("invitationCode", r.invitationCode());
    InvitationCode code;
    try {
      code = InvitationCode.parse(r.invitationCode());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("invitationCode", "is not a valid invitation code");
    }
    try {
      return invitations.pseudonymOf(code);
    } catch (NotFoundException e) {
      throw ProblemException.forbidden("this invitation code is not known");
    }
  }

  private void export(Context ctx) throws Exception {
    Pseudonym respondent = pseudonym(ctx);
    List<Map<String, Object>> wishMaps = new ArrayList<>();
    wishMapResponses.ifPresent(
        store ->
            store.export(respondent).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(WishMapId::value)))
                .forEach(
                    e -> {
                      Map<String, Object> json = new LinkedHashMap<>();
                      json.put("wishMap", e.getKey().value());
                      json.putAll(WishMapResource.view(e.getValue()));
                      wishMaps.add(json);
                    }));
    List<Map<String, Object>> measurements = new ArrayList<>();
    measurementResponses.ifPresent(
        store ->
            store.export(respondent).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(MeasurementId::value)))
                .forEach(e -> measurements.add(view(e.getKey(), e.getValue()))));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("respondent", respondent.value());
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
    Pseudonym respondent = pseudonym(ctx);
    int wishMaps = wishMapResponses.map(store -> store.erase(respondent)).orElse(0);
    int measurements = measurementResponses.map(store -> store.erase(respondent)).orElse(0);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("wishMapResponses", wishMaps);
    json.put("measurementResponses", measurements);
    ctx.json(json);
  }
}
