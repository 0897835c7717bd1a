package io.cohesion.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.Versioned;
import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.persistence.Stores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Checks migration V15 (declare the values present) on a store at V13 that holds wish maps with
 * bare and declared segment columns and measurements whose responses hold common and rare values:
 * afterwards every value held by at least five responses of a bare column is declared, labelled
 * with its code, in ascending code order; rarer values, values that are not codes and columns that
 * declared values already are left as they were.
 */
public final class ValueDeclarationMigration {
  private static final ScaleId SCALE = new ScaleId("cohesion");

  private ValueDeclarationMigration() {}

  /** A column's values and how many responses hold each, in the order the responses are given. */
  private record Held(String column, Map<String, Integer> counts) {
    static Held of(String column, Object... valuesAndCounts) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int i = 0; i < valuesAndCounts.length; i += 2) {
        counts.put((String) valuesAndCounts[i], (Integer) valuesAndCounts[i + 1]);
      }
      return new Held(column, counts);
    }
  }

  /**
   * The segment values of each response: response {@code i} holds, in each column, the value whose
   * run of responses covers {@code i}, or nothing in that column once its runs are used up.
   */
  private static List<Map<String, String>> segments(List<Held> held) {
    List<Map<String, String>> responses = new ArrayList<>();
    for (Held column : held) {
      int i = 0;
      for (Map.Entry<String, Integer> value : column.counts().entrySet()) {
        for (int n = 0; n < value.getValue(); n++, i++) {
          while (responses.size() <= i) {
            responses.add(new LinkedHashMap<>());
          }
          responses.get(i).put(column.column(), value.getKey());
        }
      }
    }
    return responses;
  }

  private static WishMap wishMap(String id, List<String> segments, List<SegmentColumn> declared) {
    return new WishMap(
        new WishMapId(id),
        List.of(Value.of("contact"), Value.of("care"), Value.of("safety")),
        new ResponseRange(1, 5),
        Optional.empty(),
        1,
        segments,
        Mobilisation.none(),
        declared);
  }

  private static SegmentColumn byCode(String column, String... codes) {
    return new SegmentColumn(column, Text.of(column), Arrays.stream(codes).map(Value::of).toList());
  }

  private static final SegmentColumn HOUSEHOLD =
      new SegmentColumn(
          "household",
          new Text("huishouden", "household"),
          List.of(
              new Value("young_parents", new Text("jonge ouders", "young parents")),
              new Value("others", new Text("anderen", "others"))));

  private static final WishMap BARE =
      wishMap("bare", List.of("household", "street", "area"), List.of());
  private static final List<Held> BARE_HELD =
      List.of(
          Held.of("household", "families", 6, "elderly", 5, "single", 4),
          Held.of(
              "street", "Zuiderweg", 7, "de Kamp 3", 5, "Noorderweg", 5, "oost", 1, "achterom", 5),
          Held.of("area", "a1", 4, "a2", 3));

  private static final WishMap DECLARED =
      wishMap("declared", List.of("household", "street"), List.of(HOUSEHOLD));
  private static final List<Held> DECLARED_HELD =
      List.of(
          Held.of("household", "young_parents", 5, "others", 2, "families", 6),
          Held.of("street", "Kerkstraat", 4, "Dorpsstraat", 5));

  private static final WishMap SETTLED =
      wishMap("settled", List.of("household"), List.of(byCode("household", "others")));
  private static final List<Held> SETTLED_HELD = List.of(Held.of("household", "families", 9));

  private static final WishMap RARE = wishMap("rare", List.of("household"), List.of());
  private static final List<Held> RARE_HELD = List.of(Held.of("household", "x", 4));

  private static final WishMap QUIET = wishMap("quiet", List.of("household"), List.of());

  private static final Measurement BEFORE = measurement("before");
  private static final List<Held> BEFORE_HELD =
      List.of(
          Held.of("street", "zuid", 5, "noord", 6, "Dorpsstraat 7", 5, "rare", 2),
          Held.of("age", "65plus", 3, "18-64", 4),
          Held.of("postal code", "8400", 6));

  private static final Measurement EMPTY = measurement("empty");

  private static Measurement measurement(String id) {
    return new Measurement(
        new MeasurementId(id),
        SCALE,
        new NeighbourhoodId("nij-beets"),
        id,
        LocalDate.of(2024, 5, 1));
  }

  /**
   * Migrates {@code dataSource} to V13, stores the wish maps and measurements with their responses
   * the way V13's store did, opens the store (which migrates to V15 and beyond) and checks the
   * declarations.
   *
   * @param schema the schema to migrate, if not the connection's default
   */
  public static void check(
      DataSource dataSource, Dialect dialect, Optional<String> schema, Supplier<Stores> open)
      throws SQLException {
    var flyway = Migrations.configure(dataSource, dialect, schema);
    flyway.target("13").load().migrate();
    String settledText = Codec.wishMap(SETTLED);
    try (Connection c = dataSource.getConnection()) {
      if (schema.isPresent()) {
        c.setSchema(schema.get());
      }
      c.setAutoCommit(false);
      Writer writer = new Writer(c);
      writer.scale();
      writer.wishMap(BARE, BARE_HELD);
      writer.wishMap(DECLARED, DECLARED_HELD);
      writer.wishMap(SETTLED, SETTLED_HELD);
      writer.wishMap(RARE, RARE_HELD);
      writer.wishMap(QUIET, List.of());
      writer.measurement(BEFORE, BEFORE_HELD);
      writer.measurement(EMPTY, List.of());
      writer.finish();
      c.commit();
    }

    try (Stores stores = open.get()) {
      assertEquals(
          new Versioned<>(
              wishMap(
                  "bare",
                  BARE.segments(),
                  List.of(
                      byCode("household", "elderly", "families"),
                      byCode("street", "Noorderweg", "Zuiderweg", "achterom"))),
              2),
          stores.wishMaps().find(BARE.id()).orElseThrow());
      assertEquals(
          new Versioned<>(
              wishMap(
                  "declared",
                  DECLARED.segments(),
                  List.of(HOUSEHOLD, byCode("street", "Dorpsstraat"))),
              2),
          stores.wishMaps().find(DECLARED.id()).orElseThrow());
      assertEquals(new Versioned<>(SETTLED, 1), stores.wishMaps().find(SETTLED.id()).orElseThrow());
      assertEquals(new Versioned<>(RARE, 1), stores.wishMaps().find(RARE.id()).orElseThrow());
      assertEquals(new Versioned<>(QUIET, 1), stores.wishMaps().find(QUIET.id()).orElseThrow());

      assertEquals(
          new Versioned<>(
              new Measurement(
                  BEFORE.id(),
                  BEFORE.scale(),
                  BEFORE.neighbourhood(),
                  BEFORE.wave(),
                  BEFORE.opened(),
                  List.of(byCode("street", "noord", "zuid"))),
              2),
          stores.measurements().find(BEFORE.id()).orElseThrow());
      assertEquals(new Versioned<>(EMPTY, 1), stores.measurements().find(EMPTY.id()).orElseThrow());

      // The answers stay as they were, rare and undeclared values included.
      assertEquals(23, stores.wishMapResponses().count(BARE.id()));
      assertEquals(4, stores.wishMapResponses().responses(BARE.id(), "household", "single").size());
      assertEquals(5, stores.wishMapResponses().responses(BARE.id(), "street", "de Kamp 3").size());
      assertEquals(
          2, stores.measurementResponses().responses(BEFORE.id(), "street", "rare").size());

      // A definition the migration leaves alone keeps its stored text.
      try (Connection c = dataSource.getConnection()) {
        if (schema.isPresent()) {
          c.setSchema(schema.get());
        }
        try (PreparedStatement definition =
            c.prepareStatement("SELECT definition FROM wish_map WHERE id = ?")) {
          definition.setString(1, SETTLED.id().value());
          try (ResultSet rs = definition.executeQuery()) {
            rs.next();
            assertEquals(settledText, rs.getString(1));
          }
        }
      }
    }
  }

  /** Writes definitions, responses and segment blocks with the statements of V13's store. */
  private static final class Writer {
    private final Connection c;
    private final Dialect dialect;
    private long wishMapIds;
    private long measurementIds;

    Writer(Connection c) throws SQLException {
      this.c = c;
      this.dialect =
          c.getMetaData().getDatabaseProductName().equals("PostgreSQL")
              ? new PostgresDialect()
              : new SqliteDialect();
    }

    void scale() throws SQLException {
      try (PreparedStatement scale =
          c.prepareStatement("INSERT INTO scale (id, version, definition) VALUES (?, 1, ?)")) {
        scale.setString(1, SCALE.value());
        scale.setString(2, Codec.scale(Fixtures.scale(SCALE.value())));
        scale.executeUpdate();
      }
    }

    void wishMap(WishMap map, List<Held> held) throws SQLException {
      try (PreparedStatement row =
          c.prepareStatement("INSERT INTO wish_map (id, version, definition) VALUES (?, 1, ?)")) {
        row.setString(1, map.id().value());
        row.setString(2, Codec.wishMap(map));
        row.executeUpdate();
      }
      int i = 0;
      for (Map<String, String> segments : segments(held)) {
        WishMapResponse r =
            new WishMapResponse(
                new Pseudonym(map.id().value() + "-" + i++),
                Map.of("contact", 4.0, "care", 3.0, "safety", 2.0),
                Map.of(),
                List.of("care"),
                segments,
                Set.of(),
                OptionalInt.empty(),
                List.of());
        long id = ++wishMapIds;
        response(
            "wish_map_response",
            "wish_map_id",
            map.id().value(),
            id,
            r.respondent(),
            ResponseFormat.WISH_MAP.encode(r));
        blocks("wish_map_segment_block", "wish_map_id", map.id().value(), segments, id);
      }
    }

    void measurement(Measurement m, List<Held> held) throws SQLException {
      try (PreparedStatement row =
          c.prepareStatement(
              "INSERT INTO measurement (id, version, scale_id, neighbourhood_id, wave, opened)"
                  + " VALUES (?, 1, ?, ?, ?, ?)")) {
        row.setString(1, m.id().value());
        row.setString(2, m.scale().value());
        row.setString(3, m.neighbourhood().value());
        row.setString(4, m.wave());
        row.setString(5, m.opened().toString());
        row.executeUpdate();
      }
      int i = 0;
      for (Map<String, String> attributes : segments(held)) {
        MeasurementResponse r =
            new MeasurementResponse(
                new Pseudonym(m.id().value() + "-" + i++),
                Map.of("SC1", 4.0, "SC2", 2.0, "SC3", 3.0),
                attributes);
        long id = ++measurementIds;
        response(
            "measurement_response",
            "measurement_id",
            m.id().value(),
            id,
            r.respondent(),
            ResponseFormat.MEASUREMENT.encode(r));
        blocks("measurement_segment_block", "measurement_id", m.id().value(), attributes, id);
      }
    }

    private void response(
        String table, String waveColumn, String wave, long id, Pseudonym respondent, byte[] answers)
        throws SQLException {
      try (PreparedStatement row =
          c.prepareStatement(
              "INSERT INTO "
                  + table
                  + " (id, "
                  + waveColumn
                  + ", respondent, answers) VALUES (?, ?, ?, ?)")) {
        row.setLong(1, id);
        row.setString(2, wave);
        row.setString(3, respondent.value());
        row.setBytes(4, answers);
        row.executeUpdate();
      }
    }

    /** Appends {@code id} to the block of each of its values, or starts the block. */
    private void blocks(
        String table, String waveColumn, String wave, Map<String, String> segments, long id)
        throws SQLException {
      try (PreparedStatement append =
              c.prepareStatement(
                  "UPDATE "
                      + table
                      + " SET ids = "
                      + dialect.appendId()
                      + ", size = size + 1 WHERE "
                      + waveColumn
                      + " = ? AND column_name = ? AND value = ?");
          PreparedStatement start =
              c.prepareStatement(
                  "INSERT INTO "
                      + table
                      + " ("
                      + waveColumn
                      + ", column_name, value, block, size, ids) VALUES (?, ?, ?, ?, 1, "
                      + dialect.singleId()
                      + ")")) {
        for (Map.Entry<String, String> s : segments.entrySet()) {
          append.setLong(1, id);
          append.setString(2, wave);
          append.setString(3, s.getKey());
          append.setString(4, s.getValue());
          if (append.executeUpdate() == 0) {
            start.setString(1, wave);
            start.setString(2, s.getKey());
            start.setString(3, s.getValue());
            start.setLong(4, id);
            start.setLong(5, id);
            start.executeUpdate();
          }
        }
      }
    }

    /** On PostgreSQL, moves the identity sequences on past the ids given here. */
    void finish() throws SQLException {
      if (dialect instanceof PostgresDialect) {
        for (String table : List.of("wish_map_response", "measurement_response")) {
          try (PreparedStatement sequence =
              c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), ?)")) {
            sequence.setString(1, table);
            sequence.setLong(2, table.startsWith("wish") ? wishMapIds : measurementIds);
            sequence.executeQuery().close();
          }
        }
      }
    }
  }
}
