package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.VersionedRepository;
import org.apiguardian.api.API;

/**
 * Keeps initiatives (a port out, implemented by the persistence adapters), with the verbs of every
 * versioned repository. Nothing refers to one, so a delete needs only its current version.
 */
@API(status = STABLE, since = "0.1.0")
public interface InitiativeRepository extends VersionedRepository<InitiativeId, Initiative> {}
