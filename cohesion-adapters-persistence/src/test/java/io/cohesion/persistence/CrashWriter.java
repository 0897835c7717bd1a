package io.cohesion.persistence;

import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.wishmap.WishMapId;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The child process of the crash tests: submits responses one by one, forever, and prints each
 * acknowledged one as {@code ACK <id> <respondent>} only after {@code submit} returned. It is
 * killed from outside.
 *
 * <p>Arguments: {@code sqlite <data-dir> <wish-map-id>} or {@code postgres <schema> <wish-map-id>}.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) {
    StoreConfig config =
        args[0].equals("sqlite")
            ? new StoreConfig.Sqlite(Path.of(args[1]))
            : TestPostgres.config(args[1]);
    WishMapId wishMap = new WishMapId(args[2]);
    try (Stores stores = Stores.open(config)) {
      System.out.println("READY");
      System.out.flush();
      for (int i = 0; ; i++) {
        String respondent = "crash-" + i;
        long id =
            stores
                .wishMapResponses()
                .submit(
                    wishMap, Fixtures.wishMapResponse(respondent, i, "s" + i % 3), Optional.empty())
                .id();
        System.out.println("ACK " + id + " " + respondent);
        System.out.flush();
      }
    }
  }
}
