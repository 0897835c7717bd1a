package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.persistence.bench.ImportBenchmark;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a bulk import into PostgreSQL leaves behind besides its rows: ids, statistics, plans. */
class PostgresImportIT {
  private String schema;
  private Stores stores;
  private WishMap map;

  @BeforeEach
  void open() {
    TestPostgres.requireReachable();
    schema = TestPostgres.newSchema();
    stores = Stores.open(TestPostgres.config(schema));
    map = ImportBenchmark.wishMap();
    stores.wishMaps().create(map);
  }

  @AfterEach
  void close() {
    if (stores != null) {
      stores.close();
      TestPostgres.dropSchema(schema);
    }
  }

  private List<WishMapResponse> responses(int n) {
    return ImportBenchmark.responses(map, n, new SplittableRandom(n), true);
  }

  private List<String> column(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement()) {
      s.execute("SET search_path = " + schema);
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  private void execute(String sql) throws Exception {
    try (Connection c = TestPostgres.connect();
        Statement s = c.createStatement()) {
      s.execute("SET search_path = " + schema);
      s.execute(sql);
    }
  }

  /** The response table's indexes: name, definition and the object id of each. */
  private List<String> indexes() throws Exception {
    return column(
        "SELECT CAST(indexrelid AS regclass) || ' ' || pg_get_indexdef(indexrelid) || ' '"
            + " || CAST(indexrelid AS oid) FROM pg_index"
            + " WHERE indrelid = CAST('wish_map_response' AS regclass) ORDER BY 1");
  }

  /** {@code indexes} without their object ids: what the migrations made. */
  private static List<String> definitions(List<String> indexes) {
    return indexes.stream().map(i -> i.substring(0, i.lastIndexOf(' '))).toList();
  }

  private WishMap secondWave() {
    WishMap second = map.withId(new WishMapId("second"));
    stores.wishMaps().create(second);
    return second;
  }

  @Test
  void anImportIntoAnEmptyTableBuildsItsIndexesAgainAsTheyWere() throws Exception {
    List<String> before = indexes();
    List<WishMapResponse> batch = responses(5_000);

    stores.wishMapResponses().importAll(map.id(), batch);

    List<String> after = indexes();
    assertThat(definitions(after)).containsExactlyElementsOf(definitions(before));
    assertThat(after)
        .as("the respondent index was built anew from the rows")
        .doesNotContainAnyElementsOf(
            before.stream().filter(i -> i.startsWith("wish_map_response_respondent ")).toList());
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO wish_map_response (wish_map_id, respondent, answers)"
                        + " SELECT wish_map_id, respondent, answers FROM wish_map_response"
                        + " ORDER BY id LIMIT 1"))
        .as("the database keeps a respondent to one answer per wave")
        .hasMessageContaining("wish_map_response_respondent");
    List<WishMapResponse> streamed = new ArrayList<>();
    stores.wishMapResponses().forEach(map.id(), streamed::add);
    assertThat(streamed).containsExactlyElementsOf(batch);
  }

  @Test
  void aFailedImportIntoAnEmptyTableLeavesItsIndexes() throws Exception {
    List<String> before = indexes();
    List<WishMapResponse> batch = new ArrayList<>(responses(5_000));
    batch.add(batch.get(1_234));

    assertThatThrownBy(() -> stores.wishMapResponses().importAll(map.id(), batch))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("5001");

    assertThat(indexes()).containsExactlyElementsOf(before);
    assertThat(column("SELECT count(*) FROM wish_map_response")).containsExactly("0");
  }

  @Test
  void anImportIntoATableThatHoldsRowsKeepsItsIndexes() throws Exception {
    stores.wishMapResponses().importAll(map.id(), responses(2_000));
    List<String> before = indexes();

    stores.wishMapResponses().importAll(secondWave().id(), responses(3_000));

    assertThat(indexes()).containsExactlyElementsOf(before);
  }

  @Test
  // A guard against waiting for the other transaction, not a measure of speed.
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void anImportIntoAnEmptyTableInUseElsewhereKeepsItsIndexesAndDoesNotWait() throws Exception {
    List<String> before = indexes();
    try (Connection reader = TestPostgres.connect();
        Statement s = reader.createStatement()) {
      reader.setAutoCommit(false);
      s.execute("SELECT count(*) FROM " + schema + ".wish_map_response");

      stores.wishMapResponses().importAll(map.id(), responses(3_000));

      assertThat(indexes()).containsExactlyElementsOf(before);
      reader.rollback();
    }
    assertThat(column("SELECT count(*) FROM wish_map_response")).containsExactly("3000");
  }

  @Test
  void idsStayInInputOrderWhenOtherSessionsDrawFromTheSequenceMeanwhile() throws Exception {
    // A step of 2 makes every reserved range look interleaved with another session's draws, so
    // the import has to fetch its ids one by one.
    execute("ALTER SEQUENCE wish_map_response_id_seq INCREMENT BY 2");
    List<WishMapResponse> batch = responses(6_000);

    stores.wishMapResponses().importAll(map.id(), batch);

    List<String> stored = column("SELECT respondent FROM wish_map_response ORDER BY id");
    assertThat(stored)
        .containsExactlyElementsOf(batch.stream().map(r -> r.respondent().value()).toList());
    List<String> ids = column("SELECT id FROM wish_map_response ORDER BY id");
    for (int i = 1; i < ids.size(); i++) {
      long step = Long.parseLong(ids.get(i)) - Long.parseLong(ids.get(i - 1));
      assertThat(step).as("ids drawn from the sequence, ascending").isPositive().isEven();
    }
    List<WishMapResponse> streamed = new ArrayList<>();
    stores.wishMapResponses().forEach(map.id(), streamed::add);
    assertThat(streamed).containsExactlyElementsOf(batch);
  }

  @Test
  void aSmallImportLeavesFewIdsUnused() throws Exception {
    stores.wishMapResponses().importAll(map.id(), responses(10));

    long last = Long.parseLong(column("SELECT last_value FROM wish_map_response_id_seq").get(0));
    assertThat(last).as("ids reserved by an import of 10").isLessThanOrEqualTo(10 + 1_250);
  }

  @Test
  void aLargeImportLeavesStatisticsThatReadTheWaveThroughItsIndex() throws Exception {
    stores.wishMapResponses().importAll(map.id(), responses(30_000));

    double rows =
        Double.parseDouble(
            column("SELECT reltuples FROM pg_class WHERE oid = 'wish_map_response'::regclass")
                .get(0));
    String plan =
        String.join(
            "\n",
            column(
                "EXPLAIN SELECT respondent, answers FROM wish_map_response"
                    + " WHERE wish_map_id = '"
                    + map.id().value()
                    + "' ORDER BY id"));

    assertThat(rows).isBetween(25_000.0, 35_000.0);
    assertThat(plan).contains("Index Scan using wish_map_response_pkey").doesNotContain("Sort");
  }
}
