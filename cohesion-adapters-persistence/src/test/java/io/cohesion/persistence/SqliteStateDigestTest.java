package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.StateSummary;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveStatus;
import io.cohesion.core.wishmap.WishMapId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest of a release state is written with it (migration V22); a state cut before V22 has
 * none, and its summary is read by hashing its ids instead.
 */
class SqliteStateDigestTest {
  @TempDir Path dir;

  private String url() {
    return "jdbc:sqlite:" + dir.resolve(StoreConfig.SqliteName.FILE);
  }

  @Test
  void aStateKeepsItsDigestAndOneCutBeforeV22IsHashedOnRead() throws Exception {
    WaveId wave = WaveId.wishMap("wm");
    ReleaseState state;
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(dir))) {
      stores.wishMaps().create(Fixtures.wishMap("wm"));
      long[] ids =
          LongStream.range(0, 300)
              .map(
                  i ->
                      stores
                          .wishMapResponses()
                          .submit(
                              new WishMapId("wm"),
                              Fixtures.wishMapResponse("r" + i, 1, "young"),
                              Optional.empty())
                          .id())
              .toArray();
      state = new ReleaseState(wave, 1, Instant.parse("2026-03-01T12:00:00Z"), ids);
      stores
          .waveStatuses()
          .update(new WaveStatus(wave, true, Optional.empty()), 1, Optional.of(state));
    }
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT digest FROM wish_map_release_state")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(state.digest());
      }
      s.executeUpdate("UPDATE wish_map_release_state SET digest = NULL");
    }
    try (Stores reopened = Stores.open(new StoreConfig.Sqlite(dir))) {
      assertThat(reopened.waveStatuses().lastState(wave)).contains(StateSummary.of(state));
    }
  }
}
