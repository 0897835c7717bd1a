package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.internal.SqlStores;
import io.cohesion.persistence.sqlite.SqliteStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing acknowledged by the SQLite store is lost when its process is killed. */
class SqliteCrashTest {
  @TempDir Path dir;

  @Test
  void everyAcknowledgedResponseSurvivesSigkillExactlyOnce() throws Exception {
    WishMapId wishMap = new WishMapId("crash");
    Path data = dir.resolve("data");
    try (Stores stores = SqliteStores.open(data)) {
      stores.wishMaps().create(Fixtures.wishMap(wishMap.value()));
    }

    CrashHarness.Outcome outcome =
        CrashHarness.runAndKill(dir, "sqlite", data.toString(), wishMap.value());

    try (SqlStores stores = (SqlStores) SqliteStores.open(data)) {
      List<String> integrity =
          stores
              .transactions()
              .withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
      List<String> foreignKeys =
          stores
              .transactions()
              .withHandle(
                  h -> h.createQuery("PRAGMA foreign_key_check").mapTo(String.class).list());
      assertThat(integrity).containsExactly("ok");
      assertThat(foreignKeys).isEmpty();
      CrashHarness.assertAllStoredOnce(stores, wishMap, outcome);
    }
  }
}
