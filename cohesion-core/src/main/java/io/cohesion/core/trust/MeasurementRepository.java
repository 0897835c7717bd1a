package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps measurements (waves), each with a version for optimistic concurrency. */
@API(status = STABLE, since = "0.1.0")
public interface MeasurementRepository {

  /**
   * Stores a new measurement at version 1.
   *
   * @throws io.cohesion.core.NotFoundException when its scale is not stored
   * @throws io.cohesion.core.ConflictException when a measurement with this id exists
   */
  Versioned<Measurement> save(Measurement measurement);

  /** The measurement with this id, if stored. */
  Optional<Versioned<Measurement>> find(MeasurementId id);

  /** The measurements, ordered by id. */
  Page<Versioned<Measurement>> list(PageRequest page);

  /** The measurements of one scale, ordered by opening date and then id: its waves. */
  List<Versioned<Measurement>> byScale(ScaleId scale);

  /** The measurements held in one neighbourhood, ordered by opening date and then id. */
  List<Versioned<Measurement>> byNeighbourhood(NeighbourhoodId neighbourhood);

  /**
   * Replaces a measurement if it is still at {@code expectedVersion}.
   *
   * @throws io.cohesion.core.NotFoundException when no measurement has this id, or its new scale is
   *     not stored
   * @throws io.cohesion.core.ConflictException when the stored version is another one
   */
  Versioned<Measurement> update(Measurement measurement, long expectedVersion);

  /**
   * Deletes a measurement that has no responses, if it is still at {@code expectedVersion}.
   *
   * @throws io.cohesion.core.NotFoundException when no measurement has this id
   * @throws io.cohesion.core.ConflictException when the version is stale or responses exist
   */
  void delete(MeasurementId id, long expectedVersion);
}
