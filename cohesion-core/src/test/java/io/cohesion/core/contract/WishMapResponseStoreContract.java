package io.cohesion.core.contract;

import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;

/** What every {@link io.cohesion.core.wishmap.WishMapResponseStore} does. */
public abstract class WishMapResponseStoreContract
    extends ResponseStoreContract<WishMapId, WishMapResponse> {

  @Override
  protected ResponseStore<WishMapId, WishMapResponse> store() {
    return stores.wishMapResponses();
  }

  @Override
  protected WishMapId createWave(String id) {
    return stores.wishMaps().save(Fixtures.wishMap(id)).value().id();
  }

  @Override
  protected WishMapId missingWave() {
    return new WishMapId("never-stored");
  }

  @Override
  protected WishMapResponse response(String respondent, int variant, String segment) {
    return Fixtures.wishMapResponse(respondent, variant, segment);
  }

  @Override
  protected String segmentColumn() {
    return "household";
  }
}
