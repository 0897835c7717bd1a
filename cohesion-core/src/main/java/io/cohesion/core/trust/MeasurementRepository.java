package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Keeps measurements (waves), with the verbs of every versioned repository. A measurement refers to
 * a stored scale (creating or updating one without it is a {@link
 * io.cohesion.core.NotFoundException}); it is deleted only while it has no responses (erase them
 * first), and its wave status and release states go with it.
 */
@API(status = STABLE, since = "0.1.0")
public interface MeasurementRepository extends VersionedRepository<MeasurementId, Measurement> {

  /** The measurements of one scale, ordered by opening date and then id: its waves. */
  List<Versioned<Measurement>> byScale(ScaleId scale);

  /** The measurements held in one neighbourhood, ordered by opening date and then id. */
  List<Versioned<Measurement>> byNeighbourhood(NeighbourhoodId neighbourhood);
}
