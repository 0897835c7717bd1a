package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.VersionedRepository;
import org.apiguardian.api.API;

/**
 * Keeps neighbourhoods (a port out, implemented by the persistence adapters), with the verbs of
 * every versioned repository. One is deleted only while nothing refers to it: not while its
 * buildings, initiatives, activities, meetings, parked topics, results or measurements are stored.
 */
@API(status = STABLE, since = "0.1.0")
public interface NeighbourhoodRepository
    extends VersionedRepository<NeighbourhoodId, Neighbourhood> {}
