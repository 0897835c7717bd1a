package io.cohesion.core.wishmap;

import io.cohesion.core.privacy.ResponseStore;

/**
 * Keeps the responses to wish maps. Segments are the wish map's segment columns ({@link
 * WishMapResponse#segments()}).
 */
public interface WishMapResponseStore extends ResponseStore<WishMapId, WishMapResponse> {}
