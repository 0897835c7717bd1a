package io.cohesion.core.trust.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.CheckedImport;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.trust.CompareWaves;
import io.cohesion.core.trust.ManageMeasurements;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementAnswer;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.core.trust.WaveComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link ManageMeasurements} on the trust stores, the neighbourhoods and the release states. */
public final class MeasurementService implements ManageMeasurements {
  private final MeasurementRepository measurements;
  private final MeasurementResponseStore responses;
  private final ScaleRepository scales;
  private final NeighbourhoodRepository neighbourhoods;
  private final ReleaseWaves releases;
  private final Optional<Invitations> invitations;

  public MeasurementService(
      MeasurementRepository measurements,
      MeasurementResponseStore responses,
      ScaleRepository scales,
      NeighbourhoodRepository neighbourhoods,
      ReleaseWaves releases,
      Optional<Invitations> invitations) {
    this.measurements = requireNonNull(measurements, "measurements");
    this.responses = requireNonNull(responses, "responses");
    this.scales = requireNonNull(scales, "scales");
    this.neighbourhoods = requireNonNull(neighbourhoods, "neighbourhoods");
    this.releases = requireNonNull(releases, "releases");
    this.invitations = requireNonNull(invitations, "invitations");
  }

  @Override
  public Page<Versioned<Measurement>> list(PageRequest request) {
    return measurements.list(requireNonNull(request, "request"));
  }

  @Override
  public Versioned<Measurement> define(Measurement measurement) {
    requireNeighbourhood(measurement.neighbourhood());
    scale(measurement);
    return measurements.create(measurement);
  }

  @Override
  public Versioned<Measurement> find(MeasurementId id) {
    return measurements
        .find(requireNonNull(id, "id"))
        .orElseThrow(() -> new NotFoundException("measurement", id));
  }

  @Override
  public Versioned<Measurement> update(Measurement measurement, long expectedVersion) {
    find(measurement.id());
    requireNeighbourhood(measurement.neighbourhood());
    return measurements.update(measurement, expectedVersion);
  }

  @Override
  public void delete(MeasurementId id, long expectedVersion) {
    find(id);
    measurements.delete(id, expectedVersion);
  }

  @Override
  public Page<MeasurementResponse> responses(MeasurementId id, PageRequest request) {
    find(id);
    List<MeasurementResponse> all = responses.responses(id);
    int from = (int) Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.pageSize());
    return new Page<>(all.subList(from, to), request, all.size());
  }

  /** A measurement with its scale: what an answer to it must fit. */
  private record Fit(Measurement measurement, Scale scale) {
    /** Every rule {@code response} breaks: the scale's, and the declared attribute values. */
    List<FieldError> errors(MeasurementResponse response) {
      List<FieldError> errors = new ArrayList<>(response.check(scale));
      errors.addAll(measurement.checkAttributes(response));
      return errors;
    }

    MeasurementResponse validated(MeasurementResponse response) {
      List<FieldError> errors = errors(response);
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      return response;
    }
  }

  private Fit fit(MeasurementId id) {
    Measurement measurement = find(id).value();
    return new Fit(measurement, scale(measurement));
  }

  /** The fit of an open measurement: found first, then refused when closed. */
  private Fit open(MeasurementId id) {
    Measurement measurement = find(id).value();
    releases.requireOpen(wave(id));
    return new Fit(measurement, scale(measurement));
  }

  @Override
  public Scale requireOpen(MeasurementId id) {
    return open(id).scale();
  }

  @Override
  public StoredResponse<MeasurementResponse> submit(
      MeasurementId id, Answerer answerer, MeasurementAnswer answer, Optional<IdempotencyKey> key) {
    requireNonNull(answerer, "answerer");
    requireNonNull(answer, "answer");
    requireNonNull(key, "key");
    Optional<StoredResponse<MeasurementResponse>> replayed =
        key.flatMap(k -> responses.find(id, k));
    // A closed wave is refused before the code is looked at. A replay finds the answer it repeats,
    // also once the wave has closed since: the key is scoped to the code or key holder that sent
    // it, so it finds nobody else's.
    Fit fit = replayed.isPresent() ? fit(id) : open(id);
    MeasurementResponse response = fit.validated(answer.by(answerer.resolve(invitations)));
    return replayed.orElseGet(() -> responses.submit(id, response, key));
  }

  @Override
  public void respondents(MeasurementId id, Consumer<? super Pseudonym> action) {
    requireNonNull(action, "action");
    find(id);
    responses.forEach(id, response -> action.accept(response.respondent()));
  }

  @Override
  public long importAll(MeasurementId id, Iterable<? extends MeasurementResponse> rows) {
    requireNonNull(rows, "rows");
    Fit fit = open(id);
    return CheckedImport.importAll(
        rows, "responses", fit::errors, checked -> responses.importAll(id, checked));
  }

  @Override
  public ScaleReport scores(MeasurementId id, Optional<String> groupBy, Audience audience) {
    requireNonNull(groupBy, "groupBy");
    requireNonNull(audience, "audience");
    // Bound before found: an unknown wave is a 404 from the release states too, and an open one
    // answers 409 before anything of it is read.
    Optional<ReleaseState> state = state(id, audience);
    Measurement measurement = find(id).value();
    return ScaleScoring.score(
        scale(measurement), figuresOver(id, state), groupBy, audience, measurement.declaredCodes());
  }

  @Override
  public WaveComparison compare(MeasurementId id, MeasurementId with, Audience audience) {
    requireNonNull(with, "with");
    requireNonNull(audience, "audience");
    Optional<ReleaseState> stateBefore = state(id, audience);
    Optional<ReleaseState> stateAfter = state(with, audience);
    Measurement before = find(id).value();
    Measurement after = find(with).value();
    if (!after.scale().equals(before.scale())) {
      throw ValidationException.of(
          "with",
          "measurement " + with + " uses scale " + after.scale() + ", not " + before.scale());
    }
    Scale scale = scale(before);
    return CompareWaves.compare(
        ScaleData.of(scale, figuresOver(id, stateBefore), null),
        ScaleData.of(scale, figuresOver(with, stateAfter), null),
        audience);
  }

  /**
   * The state a bound audience's figures of {@code id} come from, refused (409) while there is
   * none; empty for an audience that holds the raw data and follows the live answers.
   */
  private Optional<ReleaseState> state(MeasurementId id, Audience audience) {
    return audience.bound() ? Optional.of(releases.requireReleased(wave(id))) : Optional.empty();
  }

  /** The responses figures of {@code id} are computed over: the state's, or every live answer. */
  private List<MeasurementResponse> figuresOver(MeasurementId id, Optional<ReleaseState> state) {
    return state.isPresent()
        ? releases.released(
            state.get(), () -> responses.responses(id), () -> responses.retained(id))
        : responses.responses(id);
  }

  private Scale scale(Measurement measurement) {
    return scales
        .find(measurement.scale())
        .orElseThrow(() -> new NotFoundException("scale", measurement.scale()))
        .value();
  }

  private void requireNeighbourhood(NeighbourhoodId id) {
    // Named like a building in a neighbourhood that is not registered.
    neighbourhoods.find(id).orElseThrow(() -> new NotFoundException("neighbourhood", id));
  }

  private static WaveId wave(MeasurementId id) {
    return WaveId.measurement(id.value());
  }
}
