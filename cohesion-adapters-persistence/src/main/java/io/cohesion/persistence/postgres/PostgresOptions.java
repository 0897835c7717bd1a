package io.cohesion.persistence.postgres;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How {@link PostgresStores#open(javax.sql.DataSource, PostgresOptions)} treats the schema of a
 * database the application already uses: which schema holds Cohesion's tables, and whether the
 * store migrates it or only checks that the application's own migration tool did.
 *
 * @param schema the schema of Cohesion's tables (and of its Flyway history), beside the
 *     application's own; empty for the connections' current schema
 * @param migration whether the store migrates the schema or only validates it
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PostgresOptions(Optional<String> schema, Migration migration) {

  /** Who applies Cohesion's migrations. */
  @API(status = EXPERIMENTAL, since = "0.1.0")
  public enum Migration {
    /**
     * The store applies the migrations that are not applied yet when it opens (creating the schema
     * if missing), as every node may do at start-up.
     */
    MIGRATE,

    /**
     * The application applies them with its own tool ({@link PostgresMigrations} says what to give
     * it); the store only checks that every one is applied, unchanged, and refuses to open
     * otherwise, naming the versions that are missing.
     */
    VALIDATE
  }

  public PostgresOptions {
    requireNonNull(schema, "schema");
    requireNonNull(migration, "migration");
    schema.ifPresent(
        s -> {
          if (!s.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(
                "a schema name is 1-63 lowercase letters, digits or '_', got '" + s + "'");
          }
        });
  }

  /** The store migrates its tables into {@code schema}, which it creates if missing. */
  public static PostgresOptions migrateInto(String schema) {
    return new PostgresOptions(Optional.of(schema), Migration.MIGRATE);
  }

  /** The store only checks that the application migrated Cohesion's tables in {@code schema}. */
  public static PostgresOptions validateOnly(String schema) {
    return new PostgresOptions(Optional.of(schema), Migration.VALIDATE);
  }
}
