package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.sqlite.SqliteStores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reusing decoded wish map definitions never hands out a definition that is no longer stored. */
class DecodedWishMapsTest {
  @TempDir Path dir;

  private static WishMap withTopChoices(WishMap map, int topChoices) {
    return new WishMap(
        map.id(),
        map.values(),
        map.importanceScale(),
        map.satisfactionScale(),
        topChoices,
        map.segments(),
        map.mobilisation());
  }

  @Test
  void aMapDeletedAndMadeAnewUnderTheSameIdIsReadAsItIsNow() {
    try (SqlStores stores = (SqlStores) SqliteStores.open(dir)) {
      WishMapId id = new WishMapId("again");
      WishMap first = withTopChoices(Fixtures.wishMap(id.value()), 1);
      WishMap second = withTopChoices(first, 2);
      stores.wishMaps().create(first);
      assertThat(stores.wishMaps().find(id).orElseThrow().value()).isEqualTo(first);

      stores.wishMaps().delete(id, 1);
      stores.wishMaps().create(second);
      // Version 1 again, with another definition.
      assertThat(stores.wishMaps().find(id).orElseThrow().version()).isEqualTo(1);
      assertThat(stores.wishMaps().find(id).orElseThrow().value()).isEqualTo(second);

      // Changed behind the store's back (another process on the same file): still read as stored.
      stores
          .transactions()
          .withHandle(
              h ->
                  h.createUpdate("UPDATE wish_map SET definition = ? WHERE id = ?")
                      .bind(0, Codec.wishMap(withTopChoices(first, 3)))
                      .bind(1, id.value())
                      .execute());
      assertThat(stores.wishMaps().find(id).orElseThrow().value().topChoices()).isEqualTo(3);
    }
  }
}
