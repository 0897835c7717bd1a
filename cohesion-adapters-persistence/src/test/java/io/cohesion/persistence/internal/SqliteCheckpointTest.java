package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.sqlite.SqliteStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store's write-ahead log is copied back into the database file beside the writer, not
 * by the commit that fills it: the writer's own automatic checkpoint is off, and what it commits
 * still reaches the database file and can be read back after the store is reopened.
 */
class SqliteCheckpointTest {
  private static final WishMapId WAVE = new WishMapId("wave");
  private static final int RESPONSES = 4_000;

  @TempDir Path dir;

  @Test
  void theWriterLeavesCheckpointsToTheCheckpointerWhichCopiesTheLogBack() throws Exception {
    Path file = dir.resolve(StoreConfig.SqliteName.FILE);
    try (SqlStores stores = (SqlStores) SqliteStores.open(dir)) {
      int onTheWriter =
          stores
              .transactions()
              .inTransaction(
                  h -> h.createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one());
      assertThat(onTheWriter).as("automatic checkpoints on the writer connection").isZero();

      stores.wishMaps().create(Fixtures.wishMap(WAVE.value()));
      long before = stableSize(file);
      List<WishMapResponse> responses =
          IntStream.range(0, RESPONSES)
              .mapToObj(i -> Fixtures.wishMapResponse("r" + i, i % 7, "young_parents"))
              .toList();
      stores.wishMapResponses().importAll(WAVE, responses);

      // Nothing but a checkpoint writes the database file in WAL mode.
      long threshold = before + RESPONSES * 100L;
      assertThat(grownPast(file, threshold))
          .as("database file grew by the import's bytes (from %d)", before)
          .isGreaterThan(threshold);
    }
    try (SqlStores reopened = (SqlStores) SqliteStores.open(dir)) {
      assertThat(reopened.wishMapResponses().count(WAVE)).isEqualTo(RESPONSES);
    }
  }

  /** The file's size once it is past {@code threshold}, or after 20 s. */
  private static long grownPast(Path file, long threshold)
      throws IOException, InterruptedException {
    long size = Files.size(file);
    for (int i = 0; i < 200 && size <= threshold; i++) {
      Thread.sleep(100);
      size = Files.size(file);
    }
    return size;
  }

  /** The file's size once it has not changed for a few checkpoint periods (at most 20 s). */
  private static long stableSize(Path file) throws IOException, InterruptedException {
    long size = Files.size(file);
    int unchanged = 0;
    for (int i = 0; i < 200 && unchanged < 5; i++) {
      Thread.sleep(100);
      long now = Files.size(file);
      unchanged = now == size ? unchanged + 1 : 0;
      size = now;
    }
    return size;
  }
}
