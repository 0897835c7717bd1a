package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.VersionedRepository;
import org.apiguardian.api.API;

/**
 * Keeps scale definitions, with the verbs of every versioned repository. A scale is deleted only
 * while no measurement uses it.
 */
@API(status = STABLE, since = "0.1.0")
public interface ScaleRepository extends VersionedRepository<ScaleId, Scale> {}
