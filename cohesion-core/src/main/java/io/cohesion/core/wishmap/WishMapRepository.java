package io.cohesion.core.wishmap;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.VersionedRepository;
import org.apiguardian.api.API;

/**
 * Keeps wish map definitions, with the verbs of every versioned repository. A wish map is deleted
 * only while it has no responses (erase them first); its wave status and release states go with it.
 */
@API(status = STABLE, since = "0.1.0")
public interface WishMapRepository extends VersionedRepository<WishMapId, WishMap> {}
