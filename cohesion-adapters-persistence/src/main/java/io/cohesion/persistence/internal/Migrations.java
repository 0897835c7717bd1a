package io.cohesion.persistence.internal;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

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
}
