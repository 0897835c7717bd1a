package io.cohesion.core.trust.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.trust.ManageScales;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.trust.ScaleRepository;

/** {@link ManageScales} on a {@link ScaleRepository}. */
public final class ScaleService implements ManageScales {
  private final ScaleRepository scales;

  public ScaleService(ScaleRepository scales) {
    this.scales = requireNonNull(scales, "scales");
  }

  @Override
  public Page<Versioned<Scale>> list(PageRequest request) {
    return scales.list(requireNonNull(request, "request"));
  }

  @Override
  public Versioned<Scale> define(Scale scale) {
    return scales.create(requireNonNull(scale, "scale"));
  }

  @Override
  public Versioned<Scale> find(ScaleId id) {
    return scales
        .find(requireNonNull(id, "id"))
        .orElseThrow(() -> new NotFoundException("scale", id));
  }

  @Override
  public Versioned<Scale> update(Scale scale, long expectedVersion) {
    return scales.update(requireNonNull(scale, "scale"), expectedVersion);
  }

  @Override
  public void delete(ScaleId id, long expectedVersion) {
    // The store refuses a scale a measurement uses (a conflict), in the same transaction as the
    // delete, so a measurement defined meanwhile cannot lose its scale.
    scales.delete(requireNonNull(id, "id"), expectedVersion);
  }
}
