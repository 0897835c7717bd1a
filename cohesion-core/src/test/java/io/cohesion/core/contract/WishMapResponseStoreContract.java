package io.cohesion.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ResponseStore;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link io.cohesion.core.wishmap.WishMapResponseStore} does. */
public abstract class WishMapResponseStoreContract
    extends ResponseStoreContract<WishMapId, WishMapResponse> {

  @Override
  protected ResponseStore<WishMapId, WishMapResponse> store() {
    return stores.wishMapResponses();
  }

  @Override
  protected WishMapId createWave(String id) {
    return stores.wishMaps().create(Fixtures.wishMap(id)).value().id();
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

  @Test
  void keepsTheLongestTextsTheApiAccepts() {
    WishMapId wave = createWave("longest");
    WishMapResponse longest =
        new WishMapResponse(
            new Pseudonym(Fixtures.longestText(200)),
            Map.of("contact", 5.0),
            Map.of(),
            List.of("contact"),
            Map.of("household", Fixtures.longestText(200)),
            Set.of(Fixtures.longestText(200)),
            OptionalInt.of(5),
            List.of(Fixtures.longestText(4000), Fixtures.longestText(4000)));

    store().submit(wave, longest, Optional.of(new IdempotencyKey(Fixtures.longestText(200))));

    assertThat(store().responses(wave)).containsExactly(longest);
  }
}
