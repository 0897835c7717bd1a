package io.cohesion.persistence.postgres;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.internal.PostgresDialect;
import io.cohesion.persistence.internal.SqlStores;
import org.apiguardian.api.API;

/**
 * The PostgreSQL store (15 or later), through a HikariCP pool. The schema is migrated with Flyway
 * when the store opens; point it at an existing database with a JDBC URL and, optionally, a schema
 * of its own.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class PostgresStores {
  private static final int POOL_SIZE = 10;

  private PostgresStores() {}

  /** Opens the store {@code config} names and migrates its schema. */
  public static SqlStores open(StoreConfig.Postgres config) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(config.jdbcUrl());
    config.user().ifPresent(pool::setUsername);
    config.password().ifPresent(pool::setPassword);
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
      return new SqlStores(dataSource, new PostgresDialect(), config.schema(), dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }
}
