package io.cohesion.persistence.postgres;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.persistence.internal.Migrations;
import io.cohesion.persistence.internal.PostgresDialect;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Cohesion's PostgreSQL migrations, for an application that applies them with its own Flyway and
 * opens the store with {@link PostgresOptions.Migration#VALIDATE}: the SQL files on the class path,
 * the placeholders they use, and the one migration written in Java (V15). Give all three to the
 * Flyway that migrates Cohesion's schema (see docs/embedding.md#your-own-datasource).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PostgresMigrations {
  private PostgresMigrations() {}

  /**
   * The Flyway locations of the SQL migrations: {@code classpath:db/migration/common} and {@code
   * classpath:db/migration/postgresql}, inside this module's jar.
   */
  public static List<String> locations() {
    return new PostgresDialect().migrationLocations();
  }

  /** The placeholders the SQL migrations use, with their values for PostgreSQL. */
  public static Map<String, String> placeholders() {
    return new PostgresDialect().migrationPlaceholders();
  }

  /** The migrations written in Java, which Flyway does not find on the class path by itself. */
  public static List<JavaMigration> javaMigrations() {
    return Migrations.javaMigrations();
  }
}
