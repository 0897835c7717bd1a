package io.cohesion.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Accepts, for a few migrations, exactly the checksum that an earlier layout of the migration files
 * left in a database's history, as the checksum of today's file.
 *
 * <p>Flyway's checksum is taken of a file's text before placeholders are replaced, and not of where
 * the file lies (FlywayChecksumTest shows both). So moving a byte-identical file to {@code common}
 * changes nothing, but turning two files that differed only in {@code COLLATE "C"} into one with a
 * {@code ${collate}} placeholder changes the checksum of a migration that deployed databases
 * applied long ago, and Flyway would refuse to open them. Before Flyway validates, this callback
 * replaces such a recorded checksum by today's, for the listed versions and only where the recorded
 * one is exactly the earlier file's: any other difference (a migration edited after it was applied)
 * still fails validation. See docs/persistence.md#migrations-live-once.
 */
final class EarlierChecksums implements Callback {
  /**
   * A checksum accepted for one version.
   *
   * @param version the migration's version ({@code "5"})
   * @param earlier the checksum of the file as it was applied before
   * @param now the checksum of today's file
   */
  record Accepted(String version, int earlier, int now) {}

  private final List<Accepted> accepted;

  EarlierChecksums(List<Accepted> accepted) {
    this.accepted = List.copyOf(accepted);
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_VALIDATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    String table = context.getConfiguration().getTable();
    Connection connection = context.getConnection();
    try {
      Optional<String> schema = historySchema(context, connection);
      if (!exists(connection, schema, table)) {
        return;
      }
      String qualified = schema.map(s -> "\"" + s + "\".").orElse("") + "\"" + table + "\"";
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE "
                  + qualified
                  + " SET checksum = ? WHERE version = ? AND checksum = ? AND success = ?")) {
        for (Accepted a : accepted) {
          update.setInt(1, a.now());
          update.setString(2, a.version());
          update.setInt(3, a.earlier());
          update.setBoolean(4, true);
          update.executeUpdate();
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new FlywayException("could not accept the earlier checksums of migrations", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "earlier checksums";
  }

  /**
   * The schema of the history table: Flyway's default schema, else the first of its schemas, else
   * the connection's own.
   */
  private static Optional<String> historySchema(Context context, Connection connection)
      throws SQLException {
    String defaultSchema = context.getConfiguration().getDefaultSchema();
    if (defaultSchema != null) {
      return Optional.of(defaultSchema);
    }
    String[] schemas = context.getConfiguration().getSchemas();
    return schemas.length > 0
        ? Optional.of(schemas[0])
        : Optional.ofNullable(connection.getSchema());
  }

  private static boolean exists(Connection connection, Optional<String> schema, String table)
      throws SQLException {
    try (ResultSet tables =
        connection.getMetaData().getTables(null, schema.orElse(null), table, null)) {
      return tables.next();
    }
  }
}
