package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Stores#exclusively} on PostgreSQL holds between two stores of one schema, as between two
 * nodes, and not between stores of two schemas of one database.
 */
class PostgresExclusivelyIT {
  private String schema;
  private String otherSchema;

  @BeforeEach
  void schemas() {
    TestPostgres.requireReachable();
    schema = TestPostgres.newSchema();
    otherSchema = TestPostgres.newSchema();
  }

  @AfterEach
  void drop() {
    TestPostgres.dropSchema(schema);
    TestPostgres.dropSchema(otherSchema);
  }

  @Test
  void aSecondStoreOfTheSchemaWaitsUntilTheFirstHasDone() throws Exception {
    try (Stores one = Stores.open(TestPostgres.config(schema));
        Stores two = Stores.open(TestPostgres.config(schema))) {
      AtomicBoolean secondRan = new AtomicBoolean();
      CompletableFuture<Boolean> second =
          one.exclusively(
              "demo data",
              () -> {
                CompletableFuture<Boolean> waiting =
                    CompletableFuture.supplyAsync(
                        () -> two.exclusively("demo data", () -> secondRan.getAndSet(true)));
                awaitTheLockOrTheRun(waiting);
                assertThat(secondRan).as("the second ran while the first held the lock").isFalse();
                return waiting;
              });

      assertThat(second.get()).as("the second saw no earlier run of its own").isFalse();
      assertThat(secondRan).isTrue();
    }
  }

  @Test
  void storesOfAnotherSchemaOrUnderAnotherNameDoNotWait() {
    try (Stores one = Stores.open(TestPostgres.config(schema));
        Stores other = Stores.open(TestPostgres.config(otherSchema))) {
      String inside =
          one.exclusively(
              "demo data",
              () ->
                  other.exclusively("demo data", () -> "other schema")
                      + ", "
                      + one.exclusively("another name", () -> "other name"));

      assertThat(inside).isEqualTo("other schema, other name");
    }
  }

  /**
   * Returns once a session waits for this schema's lock named "demo data", or once the second
   * store's work has returned without waiting.
   */
  private void awaitTheLockOrTheRun(CompletableFuture<Boolean> second) {
    try (Connection c = TestPostgres.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    + " AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint)"
                    + " = hashtextextended(? || '/demo data', 0)")) {
      s.setString(1, schema);
      while (!second.isDone()) {
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          if (rs.getLong(1) > 0) {
            return;
          }
        }
        Thread.onSpinWait();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
