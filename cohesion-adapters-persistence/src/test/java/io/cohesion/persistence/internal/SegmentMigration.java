package io.cohesion.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.persistence.Stores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Checks migrations V9 (segment values in blocks of ids) and V10 (response keys) on a store that
 * holds responses written with the one-row-per-value segment tables of V3: the segments read the
 * same afterwards, and submitting and erasing keep working on the moved blocks.
 */
public final class SegmentMigration {
  /** Responses written before the migration: more than two blocks' worth in one value. */
  static final int RESPONSES = 2_500;

  static final WishMapId WAVE = new WishMapId("before-v8");

  private SegmentMigration() {}

  static WishMap wishMap() {
    return new WishMap(
        WAVE,
        List.of(Value.of("contact"), Value.of("care"), Value.of("safety")),
        new ResponseRange(1, 5),
        Optional.empty(),
        1,
        List.of("household", "street"),
        Mobilisation.none());
  }

  static WishMapResponse response(int i) {
    return new WishMapResponse(
        new Pseudonym("p" + i),
        Map.of("contact", (double) (1 + i % 5), "care", 3.0, "safety", 2.0),
        Map.of(),
        List.of("care"),
        Map.of("household", i % 3 == 0 ? "elderly" : "families", "street", "street-" + i % 7),
        Set.of(),
        OptionalInt.empty(),
        List.of());
  }

  /**
   * Migrates {@code dataSource} to V7, writes {@link #RESPONSES} responses the way V7's store did,
   * opens the store (which migrates to V9 and beyond) and checks it.
   *
   * @param schema the schema to migrate, if not the connection's default
   */
  public static void check(
      DataSource dataSource, Dialect dialect, Optional<String> schema, Supplier<Stores> open)
      throws SQLException {
    var flyway = Migrations.configure(dataSource, dialect, schema);
    flyway.target("7").load().migrate();
    try (Connection c = dataSource.getConnection()) {
      useSchema(c, schema);
      c.setAutoCommit(false);
      try (PreparedStatement map =
          c.prepareStatement("INSERT INTO wish_map (id, version, definition) VALUES (?, 1, ?)")) {
        map.setString(1, WAVE.value());
        map.setString(2, Codec.wishMap(wishMap()));
        map.executeUpdate();
      }
      try (PreparedStatement row =
              c.prepareStatement(
                  "INSERT INTO wish_map_response (id, wish_map_id, respondent, answers)"
                      + " VALUES (?, ?, ?, ?)");
          PreparedStatement segment =
              c.prepareStatement(
                  "INSERT INTO wish_map_segment (wish_map_id, column_name, value, response_id)"
                      + " VALUES (?, ?, ?, ?)")) {
        // Stored in descending id order, so that the migration has to put the ids in order.
        for (int i = RESPONSES; i >= 1; i--) {
          WishMapResponse r = response(i);
          row.setLong(1, i);
          row.setString(2, WAVE.value());
          row.setString(3, r.respondent().value());
          row.setBytes(4, ResponseFormat.WISH_MAP.encode(r));
          row.executeUpdate();
          for (Map.Entry<String, String> s : r.segments().entrySet()) {
            segment.setString(1, WAVE.value());
            segment.setString(2, s.getKey());
            segment.setString(3, s.getValue());
            segment.setLong(4, i);
            segment.executeUpdate();
          }
        }
      }
      if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        // The rows were given their ids; the identity sequence goes on after them, as it would
        // had the store written them.
        try (PreparedStatement sequence =
            c.prepareStatement(
                "SELECT setval(pg_get_serial_sequence('wish_map_response', 'id'), ?)")) {
          sequence.setLong(1, RESPONSES);
          sequence.executeQuery().close();
        }
      }
      c.commit();
    }

    try (Stores stores = open.get()) {
      var responses = stores.wishMapResponses();
      assertEquals(expected("household", "families"), respondents(responses, "families"));
      assertEquals(expected("household", "elderly"), respondents(responses, "elderly"));
      assertEquals(
          expected("street", "street-4"),
          responses.responses(WAVE, "street", "street-4").stream()
              .map(r -> r.respondent().value())
              .toList());
      // 1,667 ids of "families" in blocks of at most 1,024.
      try (Connection c = dataSource.getConnection()) {
        useSchema(c, schema);
        try (PreparedStatement blocks =
            c.prepareStatement(
                "SELECT size FROM wish_map_segment_block WHERE wish_map_id = ? AND column_name = ?"
                    + " AND value = ? ORDER BY block")) {
          blocks.setString(1, WAVE.value());
          blocks.setString(2, "household");
          blocks.setString(3, "families");
          List<Integer> sizes = new ArrayList<>();
          try (ResultSet rs = blocks.executeQuery()) {
            while (rs.next()) {
              sizes.add(rs.getInt(1));
            }
          }
          assertEquals(List.of(1024, 643), sizes);
        }
      }

      // V10 keys the one-answer-per-wave index by (respondent, wave): still one answer each.
      assertThrows(
          io.cohesion.core.ConflictException.class,
          () -> responses.submit(WAVE, response(7), Optional.empty()));
      responses.erase(new Pseudonym("p1"));
      responses.submit(WAVE, response(RESPONSES + 1), Optional.empty());
      List<String> families = expected("household", "families");
      families.remove("p1");
      families.add("p" + (RESPONSES + 1));
      assertEquals(families, respondents(responses, "families"));
    }
  }

  private static void useSchema(Connection c, Optional<String> schema) throws SQLException {
    if (schema.isPresent()) {
      c.setSchema(schema.get());
    }
  }

  private static List<String> respondents(
      io.cohesion.core.wishmap.WishMapResponseStore responses, String household) {
    return responses.responses(WAVE, "household", household).stream()
        .map(r -> r.respondent().value())
        .toList();
  }

  /** The respondents of one segment value among the responses written before, in id order. */
  private static List<String> expected(String column, String value) {
    List<String> found = new ArrayList<>();
    for (int i = 1; i <= RESPONSES; i++) {
      if (response(i).segments().get(column).equals(value)) {
        found.add("p" + i);
      }
    }
    return found;
  }
}
