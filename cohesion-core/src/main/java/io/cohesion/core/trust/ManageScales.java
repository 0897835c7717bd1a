package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.trust.internal.ScaleService;
import org.apiguardian.api.API;

/** Defines the scales (measurement instruments) that measurements use (use case, a port in). */
@API(status = STABLE, since = "0.1.0")
public interface ManageScales {

  /** The use case on the given store. */
  static ManageScales using(ScaleRepository scales) {
    return new ScaleService(scales);
  }

  /** One page of all scales, ordered by id. */
  Page<Versioned<Scale>> list(PageRequest request);

  /**
   * Defines a new scale at version 1.
   *
   * @throws ConflictException if the id is taken
   */
  Versioned<Scale> define(Scale scale);

  /**
   * The scale with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Scale> find(ScaleId id);

  /**
   * Replaces a scale.
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Scale> update(Scale scale, long expectedVersion);

  /**
   * Deletes a scale. A scale a measurement uses stays: its waves would lose their items.
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion}, or a measurement uses it
   */
  void delete(ScaleId id, long expectedVersion);
}
