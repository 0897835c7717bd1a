package io.cohesion.persistence;

import io.cohesion.core.contract.ContractStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The SQLite store, a fresh file per test, against every contract suite. */
class SqliteContractTest extends StoreContracts {
  @Override
  protected ContractStores fresh() {
    try {
      Path dir = Files.createTempDirectory("cohesion-sqlite-");
      return ContractAdapter.reopenable(
          () -> Stores.open(new StoreConfig.Sqlite(dir)), () -> TempFiles.deleteRecursively(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
