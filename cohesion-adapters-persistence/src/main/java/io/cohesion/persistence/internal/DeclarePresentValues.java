package io.cohesion.persistence.internal;

import io.cohesion.core.Identifiers;
import io.cohesion.core.Text;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V15, the same in both dialects: declares the values the stored responses hold, so that
 * wish maps and measurements stored before keys were declared keep their groups for a reader bound
 * by disclosure control (docs/privacy.md#keys-are-declared,
 * docs/persistence.md#values-declared-by-v15).
 *
 * <p>For each segment column of a wish map that declares no values, and each attribute column of a
 * measurement's responses that the measurement does not declare ({@code
 * io.cohesion.core.trust.Measurement#attributes()}), every value held by at least {@value #FLOOR}
 * responses (counted in the segment blocks of V9) is declared, labelled with its own code in both
 * languages, in ascending code order. A rarer value may be text one resident typed and a suppressed
 * group would show it as its key, so it stays undeclared, as does a value that is not a valid code;
 * a column left with no such value stays bare. Columns that declare values already are left as they
 * are. A definition that changes goes up one version.
 *
 * <p>Registered with Flyway by {@link SqlStores} itself rather than found on the class path, so it
 * runs the same from a shaded jar. It reads and writes definitions through {@link Codec}; should
 * the stored form ever change, this migration must keep reading what V14 left.
 */
final class DeclarePresentValues implements JavaMigration {
  /**
   * The fewest responses a value needs to be declared: the default disclosure floor when this
   * migration was written, fixed here so that it does the same whenever it runs.
   */
  static final int FLOOR = 5;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("15");
  }

  @Override
  public String getDescription() {
    return "declare present values";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    declareWishMaps(c);
    declareMeasurements(c);
  }

  private static void declareWishMaps(Connection c) throws SQLException {
    Map<String, String> definitions = new TreeMap<>();
    try (PreparedStatement all = c.prepareStatement("SELECT id, definition FROM wish_map");
        ResultSet rs = all.executeQuery()) {
      while (rs.next()) {
        definitions.put(rs.getString("id"), rs.getString("definition"));
      }
    }
    for (Map.Entry<String, String> stored : definitions.entrySet()) {
      WishMap map = Codec.wishMap(stored.getValue());
      SortedMap<String, SortedSet<String>> present =
          present(c, "wish_map_segment_block", "wish_map_id", stored.getKey());
      List<SegmentColumn> declarations = new ArrayList<>(map.declarations());
      for (String column : map.segments()) {
        if (map.declaration(column).isEmpty() && present.containsKey(column)) {
          declarations.add(declared(column, present.get(column)));
        }
      }
      if (declarations.size() > map.declarations().size()) {
        WishMap declared = map.withDeclarations(declarations);
        update(
            c,
            "UPDATE wish_map SET definition = ?, version = version + 1 WHERE id = ?",
            Codec.wishMap(declared),
            stored.getKey());
      }
    }
  }

  private static void declareMeasurements(Connection c) throws SQLException {
    Map<String, String> stored = new TreeMap<>();
    try (PreparedStatement all = c.prepareStatement("SELECT id, attributes FROM measurement");
        ResultSet rs = all.executeQuery()) {
      while (rs.next()) {
        stored.put(rs.getString("id"), rs.getString("attributes"));
      }
    }
    for (Map.Entry<String, String> measurement : stored.entrySet()) {
      List<SegmentColumn> attributes = Codec.declarations(measurement.getValue());
      List<SegmentColumn> declarations = new ArrayList<>(attributes);
      SortedMap<String, SortedSet<String>> present =
          present(c, "measurement_segment_block", "measurement_id", measurement.getKey());
      for (Map.Entry<String, SortedSet<String>> column : present.entrySet()) {
        if (attributes.stream().noneMatch(d -> d.column().equals(column.getKey()))) {
          declarations.add(declared(column.getKey(), column.getValue()));
        }
      }
      if (declarations.size() > attributes.size()) {
        update(
            c,
            "UPDATE measurement SET attributes = ?, version = version + 1 WHERE id = ?",
            Codec.declarations(declarations),
            measurement.getKey());
      }
    }
  }

  /**
   * The values of each column of one wave that at least {@link #FLOOR} responses hold and that are
   * valid codes, by column (valid column names only), both in ascending order; a column without
   * such a value is left out.
   */
  private static SortedMap<String, SortedSet<String>> present(
      Connection c, String blocks, String waveColumn, String wave) throws SQLException {
    SortedMap<String, SortedSet<String>> present = new TreeMap<>();
    try (PreparedStatement counts =
        c.prepareStatement(
            "SELECT column_name, value, SUM(size) AS n FROM "
                + blocks
                + " WHERE "
                + waveColumn
                + " = ? GROUP BY column_name, value")) {
      counts.setString(1, wave);
      try (ResultSet rs = counts.executeQuery()) {
        while (rs.next()) {
          String column = rs.getString("column_name");
          String value = rs.getString("value");
          if (rs.getLong("n") >= FLOOR
              && Identifiers.isValid(column)
              && Identifiers.isValid(value)) {
            present.computeIfAbsent(column, k -> new TreeSet<>()).add(value);
          }
        }
      }
    }
    return present;
  }

  /** {@code column} declared with {@code codes}, each labelled with itself. */
  private static SegmentColumn declared(String column, SortedSet<String> codes) {
    return new SegmentColumn(column, Text.of(column), codes.stream().map(Value::of).toList());
  }

  private static void update(Connection c, String sql, String text, String id) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(sql)) {
      update.setString(1, text);
      update.setString(2, id);
      update.executeUpdate();
    }
  }
}
