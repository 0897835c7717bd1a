package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.engagement.FollowUp;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalTheme;
import io.cohesion.persistence.Stores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Checks migration V16 on a store that holds signals from before it, with free-text themes: a theme
 * that is a declared code in another case keeps it, any other becomes {@code other} with its words
 * at the end of the text, and every signal's follow-up is open, set by its ambassador the day it
 * was heard, which is also the day it counts as recorded.
 */
public final class SignalThemeMigration {
  private SignalThemeMigration() {}

  /**
   * Migrates {@code dataSource} to V15, stores signals as the schema then held them, and opens the
   * store with {@code open}, which migrates the rest.
   *
   * @param schema the schema to migrate, if not the connection's default
   */
  public static void check(
      DataSource dataSource, Dialect dialect, Optional<String> schema, Supplier<Stores> open)
      throws SQLException {
    Migrations.configure(dataSource, dialect, schema).target("15").load().migrate();
    try (Connection c = dataSource.getConnection()) {
      if (schema.isPresent()) {
        c.setSchema(schema.get());
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO neighbourhood (id, version, name, municipality)"
                + " VALUES ('wg', 1, 'WG-terrein', 'Amsterdam')");
        s.executeUpdate(
            "INSERT INTO building (id, version, neighbourhood_id, name, households, stakeholder)"
                + " VALUES ('block-a', 1, 'wg', 'Block A', 24, 'TENANTS')");
        s.executeUpdate(
            "INSERT INTO ambassador (id, version, building_id, name, active)"
                + " VALUES ('fenna', 1, 'block-a', 'Fenna', TRUE)");
      }
      try (PreparedStatement signal =
          c.prepareStatement(
              "INSERT INTO signal (id, version, building_id, ambassador_id, heard, text, theme)"
                  + " VALUES (?, 1, 'block-a', 'fenna', '2024-03-02', ?, ?)")) {
        String[][] rows = {
          {"s1", "Too expensive", "Costs"}, {"s2", "Drilling at night", "Noise at night"}
        };
        for (String[] row : rows) {
          signal.setString(1, row[0]);
          signal.setString(2, row[1]);
          signal.setString(3, row[2]);
          signal.executeUpdate();
        }
      }
    }
    try (Stores stores = open.get()) {
      Signal costs = stores.signals().find(new SignalId("s1")).orElseThrow().value();
      Signal noise = stores.signals().find(new SignalId("s2")).orElseThrow().value();
      LocalDate heard = LocalDate.of(2024, 3, 2);

      assertThat(costs.theme()).isEqualTo(SignalTheme.COSTS);
      assertThat(costs.text()).isEqualTo("Too expensive");
      assertThat(noise.theme()).isEqualTo(SignalTheme.OTHER);
      assertThat(noise.text()).isEqualTo("Drilling at night [Noise at night]");
      assertThat(costs.followUp()).isEqualTo(new FollowUp(FollowUpStatus.OPEN, "fenna", heard));
      assertThat(noise.recorded()).isEqualTo(heard);
    }
  }
}
