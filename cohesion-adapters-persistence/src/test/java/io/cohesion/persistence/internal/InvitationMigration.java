package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.CodeHasher;
import io.cohesion.core.privacy.HmacPseudonymiser;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.persistence.Stores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Checks migration V12 on a store that holds invitations from before it, stored as bare SHA-256
 * hashes, one of them used in a wave: the codes still verify under the site's secret, are stored
 * keyed from their first use on, and the table of uses is gone.
 */
public final class InvitationMigration {
  private static final PseudonymSecret SECRET =
      PseudonymSecret.of("the server secret of this site, 32+ bytes");
  private static final InvitationCode USED = new InvitationCode("K7QMXR4T9HWD");
  private static final InvitationCode UNUSED = new InvitationCode("M4NP8QRSTUVW");

  private InvitationMigration() {}

  /**
   * Migrates {@code dataSource} to V10, stores invitations as the schema then held them, and opens
   * the store with {@code open}, which migrates the rest.
   *
   * @param schema the schema to migrate, if not the connection's default
   */
  public static void check(
      DataSource dataSource, Dialect dialect, Optional<String> schema, Supplier<Stores> open)
      throws SQLException {
    var flyway = Migrations.configure(dataSource, dialect, schema);
    flyway.target("10").load().migrate();
    try (Connection c = dataSource.getConnection()) {
      if (schema.isPresent()) {
        c.setSchema(schema.get());
      }
      try (PreparedStatement invitation =
              c.prepareStatement("INSERT INTO invitation (code_hash, label) VALUES (?, ?)");
          PreparedStatement use =
              c.prepareStatement("INSERT INTO invitation_use (code_hash, wave) VALUES (?, ?)")) {
        for (InvitationCode code : List.of(USED, UNUSED)) {
          invitation.setString(1, code.legacyHash());
          invitation.setString(2, "Flat A");
          invitation.executeUpdate();
        }
        use.setString(1, USED.legacyHash());
        use.setString(2, "wish-map/before-v12");
        use.executeUpdate();
      }
    }

    try (Stores stores = open.get()) {
      Invitations invitations = new Invitations(stores.invitations(), SECRET);
      CodeHasher hasher = new CodeHasher(SECRET);
      assertThat(stores.invitations().find(UNUSED.legacyHash()))
          .contains(
              new Invitation(
                  UNUSED.legacyHash(), Optional.of("Flat A"), Invitation.HashKind.SHA256));

      assertThat(invitations.pseudonymOf(USED))
          .isEqualTo(new HmacPseudonymiser(SECRET).pseudonymise(USED));

      assertThat(stores.invitations().find(USED.legacyHash())).isEmpty();
      assertThat(stores.invitations().find(hasher.hash(USED)))
          .contains(
              new Invitation(
                  hasher.hash(USED), Optional.of("Flat A"), Invitation.HashKind.HMAC_SHA256));
      assertThat(stores.invitations().find(UNUSED.legacyHash())).isPresent();
      assertThatThrownBy(() -> invitations.pseudonymOf(new InvitationCode("ZZZZZZZZZZZZ")))
          .isInstanceOf(NotFoundException.class);
    }
    try (Connection c = dataSource.getConnection()) {
      if (schema.isPresent()) {
        c.setSchema(schema.get());
      }
      try (var statement = c.createStatement()) {
        assertThatThrownBy(() -> statement.executeQuery("SELECT 1 FROM invitation_use"))
            .isInstanceOf(SQLException.class);
      }
    }
  }
}
