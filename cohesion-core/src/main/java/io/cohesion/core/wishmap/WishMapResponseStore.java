package io.cohesion.core.wishmap;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.privacy.ResponseStore;
import org.apiguardian.api.API;

/**
 * Keeps the responses to wish maps. Segments are the wish map's segment columns ({@link
 * WishMapResponse#segments()}).
 */
@API(status = STABLE, since = "0.1.0")
public interface WishMapResponseStore extends ResponseStore<WishMapId, WishMapResponse> {}
