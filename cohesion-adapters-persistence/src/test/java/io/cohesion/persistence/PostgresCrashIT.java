package io.cohesion.persistence;

import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.wishmap.WishMapId;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing acknowledged by the PostgreSQL store is lost when the writing process is killed. */
class PostgresCrashIT {
  @TempDir Path dir;
  private String schema;

  @BeforeEach
  void schema() {
    TestPostgres.requireReachable();
    schema = TestPostgres.newSchema();
  }

  @AfterEach
  void drop() {
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void everyAcknowledgedResponseSurvivesSigkillExactlyOnce() throws Exception {
    WishMapId wishMap = new WishMapId("crash");
    try (Stores stores = Stores.open(TestPostgres.config(schema))) {
      stores.wishMaps().create(Fixtures.wishMap(wishMap.value()));
    }

    CrashHarness.Outcome outcome =
        CrashHarness.runAndKill(dir, "postgres", schema, wishMap.value());

    try (Stores stores = Stores.open(TestPostgres.config(schema))) {
      CrashHarness.assertAllStoredOnce(stores, wishMap, outcome);
    }
  }
}
