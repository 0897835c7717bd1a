package io.cohesion.persistence;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which store to use: an SQLite file inside a data directory (the embedded default), a PostgreSQL
 * database, or memory. Command lines map {@code --data-dir DIR} and {@code --jdbc-url URL} onto it
 * with {@link #of(Optional, Optional)}.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface StoreConfig {
  /** The data directory used when none is given. */
  Path DEFAULT_DATA_DIR = Path.of("cohesion-data");

  /**
   * SQLite in {@code dataDir}, created on first use.
   *
   * @param dataDir the directory that holds the database file {@value SqliteName#FILE}
   */
  record Sqlite(Path dataDir) implements StoreConfig {
    public Sqlite {
      requireNonNull(dataDir, "data directory");
    }
  }

  /**
   * A PostgreSQL database (15 or later).
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://db.example.org:5432/cohesion}; user and
   *     password may be URL parameters
   * @param user the user, if not in the URL
   * @param password the password, if not in the URL
   * @param schema the schema to keep the tables in, if not the user's default ({@code public})
   */
  record Postgres(
      String jdbcUrl, Optional<String> user, Optional<String> password, Optional<String> schema)
      implements StoreConfig {
    public Postgres {
      requireNonNull(jdbcUrl, "JDBC URL");
      if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException(
            "a PostgreSQL JDBC URL starts with jdbc:postgresql:, got '" + jdbcUrl + "'");
      }
      requireNonNull(user, "user");
      requireNonNull(password, "password");
      requireNonNull(schema, "schema");
      schema.ifPresent(
          s -> {
            if (!s.matches("[a-z_][a-z0-9_]{0,62}")) {
              throw new IllegalArgumentException(
                  "a schema name is 1-63 lowercase letters, digits or '_', got '" + s + "'");
            }
          });
    }

    /** PostgreSQL at {@code jdbcUrl} with credentials from the URL and the default schema. */
    public static Postgres of(String jdbcUrl) {
      return new Postgres(jdbcUrl, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /** Memory only: nothing survives {@link Stores#close()}. */
  record Memory() implements StoreConfig {}

  /**
   * The store a command line names: {@code --jdbc-url} for PostgreSQL, else {@code --data-dir} (or
   * {@link #DEFAULT_DATA_DIR}) for SQLite.
   *
   * @throws IllegalArgumentException when both are given
   */
  static StoreConfig of(Optional<Path> dataDir, Optional<String> jdbcUrl) {
    if (dataDir.isPresent() && jdbcUrl.isPresent()) {
      throw new IllegalArgumentException("give either --data-dir or --jdbc-url, not both");
    }
    if (jdbcUrl.isPresent()) {
      return Postgres.of(jdbcUrl.get());
    }
    return new Sqlite(dataDir.orElse(DEFAULT_DATA_DIR));
  }

  /** Names used by the SQLite store. */
  final class SqliteName {
    /** The database file inside the data directory. */
    public static final String FILE = "cohesion.db";

    private SqliteName() {}
  }
}
