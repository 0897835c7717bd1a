package io.cohesion.core.trust;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.privacy.ResponseStore;
import org.apiguardian.api.API;

/**
 * Keeps the responses to measurements. Segments are the response's attribute columns ({@link
 * MeasurementResponse#attributes()}), for example a street.
 */
@API(status = STABLE, since = "0.1.0")
public interface MeasurementResponseStore
    extends ResponseStore<MeasurementId, MeasurementResponse> {}
