package io.cohesion.persistence.internal;

import io.cohesion.core.CohesionException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * How a store's schema is migrated with Flyway, in one place: the dialect's locations and
 * placeholders, the Java migration V15, and the earlier checksums the store accepts. Not API.
 */
public final class Migrations {
  private Migrations() {}

  /** The migrations written in Java (V15). */
  public static List<JavaMigration> javaMigrations() {
    return List.of(new DeclarePresentValues());
  }

  /**
   * Flyway over {@code dataSource} with this store's migrations.
   *
   * @param schema the schema to keep the tables and the history in, created if missing; empty for
   *     the connection's default
   */
  public static Flyway flyway(DataSource dataSource, Dialect dialect, Optional<String> schema) {
    return configure(dataSource, dialect, schema).load();
  }

  /** The configuration of {@link #flyway}, for a caller that sets more (a target version). */
  public static FluentConfiguration configure(
      DataSource dataSource, Dialect dialect, Optional<String> schema) {
    var flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(dialect.migrationLocations().toArray(String[]::new))
            .placeholders(dialect.migrationPlaceholders())
            .javaMigrations(javaMigrations().toArray(JavaMigration[]::new))
            .callbacks(new EarlierChecksums(dialect.earlierChecksums()))
            .failOnMissingLocations(true);
    schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s).createSchemas(true));
    return flyway;
  }

  /**
   * Checks, without changing anything, that every migration of this store is applied to the schema
   * and unchanged since: the check of a store whose application migrates the schema itself.
   *
   * @throws CohesionException naming the versions that are not applied, or those that fail
   *     validation, and where the migrations are
   */
  public static void requireApplied(Flyway flyway, Dialect dialect, String where) {
    MigrationInfo[] pending = flyway.info().pending();
    if (pending.length > 0) {
      throw new CohesionException(
          where
              + " lacks Cohesion's migrations "
              + Arrays.stream(pending)
                  .map(m -> "V" + m.getVersion() + " (" + m.getDescription() + ")")
                  .collect(Collectors.joining(", "))
              + ": apply them with your migration tool (locations "
              + String.join(", ", dialect.migrationLocations())
              + ", placeholders "
              + dialect.migrationPlaceholders().keySet()
              + " and the Java migration V15, see docs/embedding.md#your-own-datasource),"
              + " or let the store migrate");
    }
    ValidateResult validation = flyway.validateWithResult();
    if (!validation.validationSuccessful) {
      throw new CohesionException(
          where
              + " holds Cohesion's migrations, but they fail validation: "
              + validation.invalidMigrations.stream()
                  .map(m -> "V" + m.version + " (" + m.errorDetails.errorMessage + ")")
                  .collect(Collectors.joining("; ")));
    }
  }
}
