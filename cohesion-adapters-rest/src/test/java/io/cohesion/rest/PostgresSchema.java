package io.cohesion.rest;

import static org.junit.jupiter.api.Assertions.fail;

import io.cohesion.persistence.StoreConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own in the test PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code
 * postgres}, overridable with {@code -Dcohesion.test.jdbcUrl} and {@code -Dcohesion.test.user}),
 * dropped afterwards. Without PostgreSQL a test using it is skipped, except in CI ({@code
 * CI=true}), where it fails.
 */
final class PostgresSchema implements AutoCloseable {
  private static final String URL =
      System.getProperty("cohesion.test.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = System.getProperty("cohesion.test.user", "postgres");

  private final String name;

  private PostgresSchema(String name) {
    this.name = name;
  }

  /** A new schema named after {@code purpose}, or the test skipped (failed in CI) without one. */
  static PostgresSchema create(String purpose) {
    try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
      // reachable
    } catch (SQLException e) {
      String message =
          "PostgreSQL is not reachable at " + URL + " as " + USER + ": " + e.getMessage();
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI=true: the PostgreSQL tests must run)");
      }
      Assumptions.abort(message + "; skipping the " + purpose + " test");
    }
    return new PostgresSchema(
        "it_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
  }

  /** The store configuration for this schema (the store creates it on first use). */
  StoreConfig.Postgres config() {
    return new StoreConfig.Postgres(URL, Optional.of(USER), Optional.empty(), Optional.of(name));
  }

  @Override
  public void close() {
    try (Connection c = DriverManager.getConnection(URL, USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop schema " + name, e);
    }
  }
}
