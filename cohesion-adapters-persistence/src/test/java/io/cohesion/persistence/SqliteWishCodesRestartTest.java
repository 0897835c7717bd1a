package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.wishmap.WishCoding;
import io.cohesion.core.wishmap.WishId;
import io.cohesion.core.wishmap.WishKeywords;
import io.cohesion.core.wishmap.WishMapId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codings of wishes and declared keywords survive a restart of the SQLite store. */
class SqliteWishCodesRestartTest {
  @TempDir Path dir;

  @Test
  void codingsAndKeywordsSurviveARestart() {
    WishMapId map = new WishMapId("wm");
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(dir))) {
      stores.wishMaps().create(Fixtures.wishMap("wm"));
      stores.wishCodes().code(new WishCoding(map, new WishId(7, 2), List.of("greenery")), 1);
      stores.wishCodes().declare(new WishKeywords(map, Map.of("greenery", List.of("bomen"))), 1);
    }
    try (Stores reopened = Stores.open(new StoreConfig.Sqlite(dir))) {
      assertThat(reopened.wishCodes().codings(map).get(new WishId(7, 2)).value().values())
          .containsExactly("greenery");
      assertThat(reopened.wishCodes().codings(map).get(new WishId(7, 2)).version()).isEqualTo(2);
      assertThat(reopened.wishCodes().keywords(map).orElseThrow().value().of("greenery"))
          .containsExactly("bomen");
    }
  }
}
