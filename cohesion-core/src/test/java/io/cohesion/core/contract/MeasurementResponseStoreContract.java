package io.cohesion.core.contract;

import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.ScaleId;
import java.time.LocalDate;

/** What every {@link io.cohesion.core.trust.MeasurementResponseStore} does. */
public abstract class MeasurementResponseStoreContract
    extends ResponseStoreContract<MeasurementId, MeasurementResponse> {

  @Override
  protected ResponseStore<MeasurementId, MeasurementResponse> store() {
    return stores.measurementResponses();
  }

  @Override
  protected MeasurementId createWave(String id) {
    ScaleId scale = new ScaleId("cohesion");
    if (stores.scales().find(scale).isEmpty()) {
      stores.scales().create(Fixtures.scale(scale.value()));
    }
    return stores
        .measurements()
        .create(Fixtures.measurement(id, scale, id, LocalDate.of(2024, 5, 1)))
        .value()
        .id();
  }

  @Override
  protected MeasurementId missingWave() {
    return new MeasurementId("never-stored");
  }

  @Override
  protected MeasurementResponse response(String respondent, int variant, String segment) {
    return Fixtures.measurementResponse(respondent, variant, segment);
  }

  @Override
  protected String segmentColumn() {
    return "street";
  }
}
