package io.cohesion.core.participation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.participation.internal.ParticipationService;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponseStore;
import org.apiguardian.api.API;

/**
 * The model of trust and taking part over a stored measurement and a stored wish map (use case, a
 * port in; docs/scoring.md#trust-and-taking-part).
 *
 * <p>The model passes the same release gate as every other figure: an audience bound by disclosure
 * control gets it only when both waves are closed, computed over the respondents of their last
 * release states (frozen until the next state is cut), and under the rules of {@link
 * TrustAndTakingPart}; an audience that holds the raw data gets it over the live answers
 * (docs/privacy.md#the-model-of-trust-and-taking-part).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface ModelTrustAndTakingPart {

  /** The use case on the given stores; {@code releases} tells which state a bound audience sees. */
  static ModelTrustAndTakingPart using(
      MeasurementRepository measurements,
      MeasurementResponseStore measurementResponses,
      ScaleRepository scales,
      WishMapRepository wishMaps,
      WishMapResponseStore wishMapResponses,
      ReleaseWaves releases) {
    return new ParticipationService(
        measurements, measurementResponses, scales, wishMaps, wishMapResponses, releases);
  }

  /**
   * The model of willingness in {@code wishMap} on the trust score of {@code measurement}, for
   * {@code audience}.
   *
   * @throws NotReleasedException for a bound audience while either wave is open or has no released
   *     state
   * @throws NotFoundException if the measurement, its scale or the wish map does not exist
   * @throws ValidationException on {@code factor} or {@code model} (see {@link
   *     TrustAndTakingPart#model})
   * @return the model, or a withheld one with the reason when the disclosure rules refuse it
   */
  ParticipationModel model(
      MeasurementId measurement, WishMapId wishMap, ModelOptions options, Audience audience);
}
