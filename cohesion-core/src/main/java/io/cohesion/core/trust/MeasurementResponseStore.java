package io.cohesion.core.trust;

import io.cohesion.core.privacy.ResponseStore;

/**
 * Keeps the responses to measurements. Segments are the response's attribute columns ({@link
 * MeasurementResponse#attributes()}), for example a street.
 */
public interface MeasurementResponseStore
    extends ResponseStore<MeasurementId, MeasurementResponse> {}
