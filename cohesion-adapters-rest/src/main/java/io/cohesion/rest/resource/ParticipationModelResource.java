package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.ValidationException;
import io.cohesion.core.participation.ModelOptions;
import io.cohesion.core.participation.ModelTrustAndTakingPart;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Audiences;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.mapping.ResultJson;
import io.javalin.http.Context;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code /measurements/{id}/participation-model}: the model of trust and taking part of a
 * measurement against a wish map's willingness (docs/scoring.md#trust-and-taking-part), for the
 * same roles as the scores and behind the same release gate.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class ParticipationModelResource implements ApiResource {
  private final ModelTrustAndTakingPart participation;
  private final DisclosurePolicy disclosure;

  /**
   * A resource over the use case {@code participation}, releasing the model under {@code
   * disclosure}: a coordinator holds the raw data, every other caller is bound.
   */
  public ParticipationModelResource(
      ModelTrustAndTakingPart participation, DisclosurePolicy disclosure) {
    this.participation = participation;
    this.disclosure = disclosure;
  }

  @Override
  public void register(Routes routes) {
    routes.get(
        "/measurements/{id}/participation-model",
        Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER),
        this::model);
  }

  private void model(Context ctx) {
    MeasurementId id = Params.id(ctx, "id", MeasurementId::new);
    WishMapId wishMap =
        Params.query(ctx, "wishMap", WishMapId::new)
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "wishMap",
                        "is required: the id of the wish map whose willingness to model"));
    int cut = Params.intIn(ctx, "cut", ModelOptions.DEFAULT_CUT, 2, 5);
    Optional<String> factor =
        Optional.ofNullable(ctx.queryParam("factor")).filter(f -> !f.isEmpty());
    ctx.json(
        ResultJson.participationModel(
            participation.model(
                id, wishMap, new ModelOptions(cut, factor), Audiences.of(ctx, disclosure))));
  }
}
