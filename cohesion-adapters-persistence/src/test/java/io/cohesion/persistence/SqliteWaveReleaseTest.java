package io.cohesion.persistence;

import static io.cohesion.persistence.WaveReleaseStores.MAP;
import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.privacy.ReleaseState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A closed wave and its state survive a restart of the SQLite store. */
class SqliteWaveReleaseTest {
  private Path dir;

  @AfterEach
  void removeDir() {
    if (dir != null) {
      TempFiles.deleteRecursively(dir);
    }
  }

  @Test
  void aClosedWaveStaysClosedWithItsStateAfterARestart() throws Exception {
    dir = Files.createTempDirectory("cohesion-release-");
    ReleaseState cut;
    try (Stores stores = Stores.open(new StoreConfig.Sqlite(dir))) {
      WaveReleaseStores.fill(stores, 7);
      WaveReleaseStores.releases(stores).close(MAP, 1);
      cut = WaveReleaseStores.releases(stores).requireReleased(MAP);
    }

    try (Stores reopened = Stores.open(new StoreConfig.Sqlite(dir))) {
      assertThat(WaveReleaseStores.releases(reopened).requireReleased(MAP)).isEqualTo(cut);
      assertThat(cut.n()).isEqualTo(7);
    }
  }

  @Test
  void twoStoresOverOneFileAgree() throws Exception {
    dir = Files.createTempDirectory("cohesion-release-");
    try (Stores one = Stores.open(new StoreConfig.Sqlite(dir))) {
      WaveReleaseStores.fill(one, 6);
      try (Stores other = Stores.open(new StoreConfig.Sqlite(dir))) {
        WaveReleaseStores.closeOnOneAndSeeOnTheOther(one, other);
      }
    }
  }
}
