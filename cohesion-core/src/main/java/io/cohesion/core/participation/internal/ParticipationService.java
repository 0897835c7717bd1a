package io.cohesion.core.participation.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.participation.ModelOptions;
import io.cohesion.core.participation.ModelTrustAndTakingPart;
import io.cohesion.core.participation.ParticipationModel;
import io.cohesion.core.participation.TrustAndTakingPart;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import java.util.List;
import java.util.Optional;

/** {@link ModelTrustAndTakingPart} over the stores, behind the release gate. */
public final class ParticipationService implements ModelTrustAndTakingPart {
  private final MeasurementRepository measurements;
  private final MeasurementResponseStore measurementResponses;
  private final ScaleRepository scales;
  private final WishMapRepository wishMaps;
  private final WishMapResponseStore wishMapResponses;
  private final ReleaseWaves releases;

  public ParticipationService(
      MeasurementRepository measurements,
      MeasurementResponseStore measurementResponses,
      ScaleRepository scales,
      WishMapRepository wishMaps,
      WishMapResponseStore wishMapResponses,
      ReleaseWaves releases) {
    this.measurements = requireNonNull(measurements, "measurements");
    this.measurementResponses = requireNonNull(measurementResponses, "measurementResponses");
    this.scales = requireNonNull(scales, "scales");
    this.wishMaps = requireNonNull(wishMaps, "wishMaps");
    this.wishMapResponses = requireNonNull(wishMapResponses, "wishMapResponses");
    this.releases = requireNonNull(releases, "releases");
  }

  @Override
  public ParticipationModel model(
      MeasurementId measurement, WishMapId wishMap, ModelOptions options, Audience audience) {
    requireNonNull(measurement, "measurement");
    requireNonNull(wishMap, "wishMap");
    requireNonNull(options, "options");
    requireNonNull(audience, "audience");
    // Bound before found, as for the scores: an open wave answers 409 before anything is read.
    Optional<ReleaseState> measured =
        audience.bound()
            ? Optional.of(releases.requireReleased(WaveId.measurement(measurement.value())))
            : Optional.empty();
    Optional<ReleaseState> answered =
        audience.bound()
            ? Optional.of(releases.requireReleased(WaveId.wishMap(wishMap.value())))
            : Optional.empty();
    Measurement wave =
        measurements
            .find(measurement)
            .orElseThrow(() -> new NotFoundException("measurement", measurement))
            .value();
    Scale scale =
        scales
            .find(wave.scale())
            .orElseThrow(() -> new NotFoundException("scale", wave.scale()))
            .value();
    WishMap map =
        wishMaps
            .find(wishMap)
            .orElseThrow(() -> new NotFoundException("wish map", wishMap))
            .value();
    List<MeasurementResponse> scored =
        measured.isPresent()
            ? releases.released(
                measured.get(),
                () -> measurementResponses.responses(measurement),
                () -> measurementResponses.retained(measurement))
            : measurementResponses.responses(measurement);
    List<WishMapResponse> answers =
        answered.isPresent()
            ? releases.released(
                answered.get(),
                () -> wishMapResponses.responses(wishMap),
                () -> wishMapResponses.retained(wishMap))
            : wishMapResponses.responses(wishMap);
    return TrustAndTakingPart.model(
        ScaleData.of(scale, scored, null), map, answers, options, audience);
  }
}
