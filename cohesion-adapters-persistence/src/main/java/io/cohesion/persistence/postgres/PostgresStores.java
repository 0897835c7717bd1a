package io.cohesion.persistence.postgres;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import io.cohesion.persistence.internal.Migrations;
import io.cohesion.persistence.internal.PostgresDialect;
import io.cohesion.persistence.internal.SchemaDataSource;
import io.cohesion.persistence.internal.SqlStores;
import java.util.Optional;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.flywaydb.core.api.callback.Callback;

/**
 * The PostgreSQL store (15 or later), opened either with a JDBC URL, through a pool of its own, or
 * on a data source the application already has. Cohesion's tables live in the connections' schema
 * or in one of their own, beside the application's; the store migrates them with Flyway when it
 * opens, or only checks that the application's own migrations did (see {@link PostgresOptions}).
 */
@API(status = STABLE, since = "0.1.0")
public final class PostgresStores {
  private static final int POOL_SIZE = 10;

  private PostgresStores() {}

  /**
   * Opens the store {@code config} names, through a pool of its own that {@link Stores#close()}
   * closes, and migrates its schema.
   */
  public static Stores open(StoreConfig.Postgres config) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(config.jdbcUrl());
    config.user().ifPresent(pool::setUsername);
    config.password().ifPresent(pool::setPassword);
    // The pool's connections start in the schema, so they need no switching (see below).
    config.schema().ifPresent(pool::setSchema);
    pool.setPoolName("cohesion-postgres");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(1);
    // Fail fast with the driver's own message when the database cannot be reached.
    pool.setInitializationFailTimeout(1);
    pool.setConnectionTimeout(10_000);
    // The server's detail lines quote the values of a failing row or key (pseudonyms among them);
    // without them the driver's messages say only what failed. See docs/persistence.md.
    pool.addDataSourceProperty("logServerErrorDetail", "false");
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      return open(
          dataSource,
          dataSource,
          new PostgresOptions(config.schema(), PostgresOptions.Migration.MIGRATE),
          dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * Opens the store on the application's own data source, which stays the application's: {@link
   * Stores#close()} does not close it. With a schema in {@code options}, every connection the store
   * borrows is switched to that schema and back to its own before it is returned.
   *
   * @throws io.cohesion.core.CohesionException with {@link PostgresOptions.Migration#VALIDATE},
   *     when a migration of Cohesion is not applied to the schema (the message names each missing
   *     version) or was changed since it was applied
   */
  @API(status = EXPERIMENTAL, since = "0.1.0")
  public static Stores open(DataSource dataSource, PostgresOptions options) {
    DataSource connections =
        options
            .schema()
            .<DataSource>map(s -> new SchemaDataSource(dataSource, s))
            .orElse(dataSource);
    return open(dataSource, connections, options, () -> {});
  }

  /**
   * The one way both open: prepares the schema over {@code dataSource} as {@code options} say, then
   * wires the store over {@code connections}.
   */
  private static Stores open(
      DataSource dataSource,
      DataSource connections,
      PostgresOptions options,
      AutoCloseable resources) {
    PostgresDialect dialect = new PostgresDialect();
    Optional<String> schema = options.schema();
    switch (options.migration()) {
      case MIGRATE -> Migrations.flyway(dataSource, dialect, schema).migrate();
      case VALIDATE ->
          // Only reads: neither the schema nor the history is created or changed.
          Migrations.requireApplied(
              Migrations.configure(dataSource, dialect, schema)
                  .createSchemas(false)
                  .callbacks(new Callback[0])
                  .load(),
              dialect,
              schema.map(s -> "the schema " + s).orElse("the current schema"));
    }
    return new SqlStores(connections, dialect, resources);
  }
}
