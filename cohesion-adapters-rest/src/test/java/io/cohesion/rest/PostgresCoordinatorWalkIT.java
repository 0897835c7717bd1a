package io.cohesion.rest;

import static org.junit.jupiter.api.Assertions.fail;

import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The coordinator's walk against PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code
 * postgres}), in a fresh schema that is dropped afterwards. Without PostgreSQL the walk is skipped,
 * except in CI ({@code CI=true}), where it fails.
 */
class PostgresCoordinatorWalkIT extends CoordinatorWalk {
  private static final String URL =
      System.getProperty("cohesion.test.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = System.getProperty("cohesion.test.user", "postgres");

  private String schema;

  @Override
  Stores openStores() {
    try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
      // reachable
    } catch (SQLException e) {
      String message =
          "PostgreSQL is not reachable at " + URL + " as " + USER + ": " + e.getMessage();
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI=true: the PostgreSQL tests must run)");
      }
      Assumptions.abort(message + "; skipping the coordinator's walk on PostgreSQL");
    }
    schema = "it_walk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return Stores.open(
        new StoreConfig.Postgres(URL, Optional.of(USER), Optional.empty(), Optional.of(schema)));
  }

  @Override
  void dropStores() {
    try (Connection c = DriverManager.getConnection(URL, USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop schema " + schema, e);
    }
  }
}
