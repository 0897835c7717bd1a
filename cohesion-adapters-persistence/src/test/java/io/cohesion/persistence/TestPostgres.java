package io.cohesion.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import io.cohesion.persistence.internal.Dialect;
import io.cohesion.persistence.internal.PostgresDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the integration tests use: 127.0.0.1:5432, database {@code test}, user {@code
 * postgres} (trust authentication), each store in a schema of its own that is dropped afterwards,
 * so that parallel runs do not collide.
 *
 * <p>When PostgreSQL cannot be reached the tests are skipped with a message, except in CI ({@code
 * CI=true}), where they fail.
 */
final class TestPostgres {
  static final String URL =
      System.getProperty("cohesion.test.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getProperty("cohesion.test.user", "postgres");

  private TestPostgres() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, "");
  }

  /** Skips (locally) or fails (in CI) when PostgreSQL is not reachable. */
  static void requireReachable() {
    try (Connection ignored = connect()) {
      // reachable
    } catch (SQLException e) {
      String message =
          "PostgreSQL is not reachable at " + URL + " as " + USER + ": " + e.getMessage();
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI=true: the PostgreSQL tests must run)");
      }
      Assumptions.abort(message + "; skipping the PostgreSQL tests");
    }
  }

  /** A new schema name that no other run uses. */
  static String newSchema() {
    return "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  static StoreConfig.Postgres config(String schema) {
    return new StoreConfig.Postgres(URL, Optional.of(USER), Optional.empty(), Optional.of(schema));
  }

  static void dropSchema(String schema) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop test schema " + schema, e);
    }
  }

  /** A migration's check, as the SQLite test and the PostgreSQL IT of each migration share it. */
  @FunctionalInterface
  interface MigrationCheck {
    void check(
        DataSource dataSource, Dialect dialect, Optional<String> schema, Supplier<Stores> open)
        throws SQLException;
  }

  /**
   * Runs {@code check} on a schema of its own, dropped afterwards; skipped (or, in CI, failed) when
   * PostgreSQL cannot be reached.
   */
  static void checkMigration(MigrationCheck check) throws SQLException {
    requireReachable();
    String schema = newSchema();
    try {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setUrl(URL);
      server.setUser(USER);
      check.check(
          server, new PostgresDialect(), Optional.of(schema), () -> Stores.open(config(schema)));
    } finally {
      dropSchema(schema);
    }
  }
}
