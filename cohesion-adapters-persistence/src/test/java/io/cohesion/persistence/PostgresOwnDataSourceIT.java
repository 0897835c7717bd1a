package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.CohesionException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.contract.DomainFixtures;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.persistence.postgres.PostgresMigrations;
import io.cohesion.persistence.postgres.PostgresOptions;
import io.cohesion.persistence.postgres.PostgresStores;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL store on an application's own data source (docs/embedding.md#your-own-datasource):
 * Cohesion's tables in a schema of their own beside the application's, migrated by the store or by
 * the application's own Flyway.
 */
class PostgresOwnDataSourceIT {
  /** The application's schema, with a table of its own. */
  private String application;

  /** Cohesion's schema. */
  private String cohesion;

  private PGSimpleDataSource pool;

  @BeforeEach
  void createApplicationSchema() throws SQLException {
    TestPostgres.requireReachable();
    application = TestPostgres.newSchema();
    cohesion = TestPostgres.newSchema();
    pool = new PGSimpleDataSource();
    pool.setUrl(TestPostgres.URL);
    pool.setUser(TestPostgres.USER);
    // The application's connections start in its own schema.
    pool.setCurrentSchema(application);
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + application);
      s.execute("CREATE TABLE " + application + ".orders (id INTEGER PRIMARY KEY)");
      s.execute("INSERT INTO " + application + ".orders VALUES (1)");
    }
  }

  @AfterEach
  void dropSchemas() {
    if (application != null) {
      TestPostgres.dropSchema(application);
      TestPostgres.dropSchema(cohesion);
    }
  }

  private List<String> tables(String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = TestPostgres.connect();
        ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  /** The schema a connection of the application's pool is in when the application borrows it. */
  private String applicationConnectionSchema() throws SQLException {
    try (Connection c = pool.getConnection()) {
      return c.getSchema();
    }
  }

  @Test
  void theStoreMigratesItsTablesIntoItsOwnSchemaBesideTheApplications() throws Exception {
    try (Stores stores = PostgresStores.open(pool, PostgresOptions.migrateInto(cohesion))) {
      stores.neighbourhoods().create(DomainFixtures.neighbourhood("beside"));

      assertThat(stores.neighbourhoods().list(PageRequest.first()).items())
          .extracting(v -> v.value().id().value())
          .containsExactly("beside");
    }

    assertThat(tables(cohesion)).contains("neighbourhood", "flyway_schema_history");
    assertThat(tables(application)).containsExactly("orders");
    assertThat(applicationConnectionSchema()).isEqualTo(application);
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM orders")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("the application's table, untouched").isEqualTo(1);
    }
  }

  /**
   * A pool that, unlike HikariCP, resets nothing when a connection comes back: what the store left
   * on a connection, the application would get.
   */
  private static final class PlainPool extends PGSimpleDataSource {
    private static final long serialVersionUID = 1L;
    private final transient Deque<Connection> idle = new ArrayDeque<>();
    private final transient List<Connection> all = new ArrayList<>();

    @Override
    public synchronized Connection getConnection() throws SQLException {
      Connection physical = idle.isEmpty() ? super.getConnection() : idle.pop();
      if (!all.contains(physical)) {
        all.add(physical);
      }
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  synchronized (this) {
                    idle.push(physical);
                  }
                  return null;
                }
                try {
                  return method.invoke(physical, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    /** The schema of every connection the pool made, each borrowed once more. */
    synchronized List<String> schemas() throws SQLException {
      List<String> schemas = new ArrayList<>();
      for (Connection c : all) {
        schemas.add(c.getSchema());
      }
      return schemas;
    }

    synchronized void closeAll() throws SQLException {
      for (Connection c : all) {
        c.close();
      }
    }
  }

  @Test
  void theApplicationGetsItsConnectionsBackInItsOwnSchema() throws Exception {
    PlainPool plain = new PlainPool();
    plain.setUrl(TestPostgres.URL);
    plain.setUser(TestPostgres.USER);
    plain.setCurrentSchema(application);
    try {
      try (Stores stores = PostgresStores.open(plain, PostgresOptions.migrateInto(cohesion))) {
        stores.neighbourhoods().create(DomainFixtures.neighbourhood("pooled"));
        assertThat(stores.neighbourhoods().list(PageRequest.first()).totalItems()).isEqualTo(1);
      }

      assertThat(plain.schemas()).isNotEmpty().containsOnly(application);
    } finally {
      plain.closeAll();
    }
  }

  @Test
  void closingTheStoreLeavesTheApplicationsDataSourceOpen() throws Exception {
    PostgresStores.open(pool, PostgresOptions.migrateInto(cohesion)).close();

    try (Stores again = PostgresStores.open(pool, PostgresOptions.validateOnly(cohesion))) {
      assertThat(again.neighbourhoods().list(PageRequest.first()).totalItems()).isZero();
    }
    assertThat(applicationConnectionSchema()).isEqualTo(application);
  }

  @Test
  void validatingOnlyOpensASchemaTheApplicationsOwnFlywayMigrated() {
    Flyway.configure()
        .dataSource(pool)
        .schemas(cohesion)
        .defaultSchema(cohesion)
        .createSchemas(true)
        .locations(PostgresMigrations.locations().toArray(String[]::new))
        .placeholders(PostgresMigrations.placeholders())
        .javaMigrations(PostgresMigrations.javaMigrations().toArray(JavaMigration[]::new))
        .load()
        .migrate();

    try (Stores stores = PostgresStores.open(pool, PostgresOptions.validateOnly(cohesion))) {
      Neighbourhood n = DomainFixtures.neighbourhood("validated");
      stores.neighbourhoods().create(n);
      assertThat(stores.neighbourhoods().find(n.id())).isPresent();
    }
  }

  @Test
  void validatingOnlyRefusesASchemaThatLacksMigrationsAndNamesThem() throws Exception {
    Flyway.configure()
        .dataSource(pool)
        .schemas(cohesion)
        .defaultSchema(cohesion)
        .createSchemas(true)
        .locations(PostgresMigrations.locations().toArray(String[]::new))
        .placeholders(PostgresMigrations.placeholders())
        .target("12")
        .load()
        .migrate();

    assertThatThrownBy(() -> PostgresStores.open(pool, PostgresOptions.validateOnly(cohesion)))
        .isInstanceOf(CohesionException.class)
        .hasMessageContaining(cohesion)
        .hasMessageContaining("V13 (retained answers)")
        .hasMessageContaining("V14 (measurement attributes)")
        .hasMessageContaining("V15 (declare present values)")
        .hasMessageNotContaining("V12 ")
        .hasMessageContaining("db/migration/postgresql");
    assertThat(tables(cohesion)).doesNotContain("wish_map_response_retained");
  }

  @Test
  void validatingOnlyRefusesAnEmptySchemaWithoutCreatingAnything() throws Exception {
    assertThatThrownBy(() -> PostgresStores.open(pool, PostgresOptions.validateOnly(cohesion)))
        .isInstanceOf(CohesionException.class)
        .hasMessageContaining("V1 (definitions)")
        .hasMessageContaining("V15 (declare present values)");
    assertThat(tables(cohesion)).isEmpty();
  }

  @Test
  void validatingOnlyRefusesAMigrationChangedSinceItWasApplied() throws Exception {
    PostgresStores.open(pool, PostgresOptions.migrateInto(cohesion)).close();
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE "
              + cohesion
              + ".flyway_schema_history SET checksum = checksum + 1 WHERE version = '6'");
    }

    assertThatThrownBy(() -> PostgresStores.open(pool, PostgresOptions.validateOnly(cohesion)))
        .isInstanceOf(CohesionException.class)
        .hasMessageContaining("fail validation")
        .hasMessageContaining("V6");
  }
}
