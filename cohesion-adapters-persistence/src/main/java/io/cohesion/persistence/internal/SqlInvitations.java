package io.cohesion.persistence.internal;

import io.cohesion.core.CohesionException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Invitations in the table of migrations V1 and V12: a batch of unversioned rows, keyed by their
 * code hash (see {@link InvitationRepository} for why they have no version).
 */
final class SqlInvitations implements InvitationRepository {
  private final SqlTransactions store;

  SqlInvitations(SqlTransactions store) {
    this.store = store;
  }

  /** The stored name of a hash kind (column {@code invitation.hash_kind}, V12). */
  private static String hashKind(Invitation.HashKind kind) {
    return switch (kind) {
      case HMAC_SHA256 -> "hmac-sha256";
      case SHA256 -> "sha256";
    };
  }

  private static Invitation invitation(ResultSet rs) throws SQLException {
    String kind = rs.getString("hash_kind");
    return new Invitation(
        rs.getString("code_hash"),
        Optional.ofNullable(rs.getString("label")),
        switch (kind) {
          case "hmac-sha256" -> Invitation.HashKind.HMAC_SHA256;
          case "sha256" -> Invitation.HashKind.SHA256;
          default -> throw new CohesionException("unknown invitation hash kind '" + kind + "'");
        });
  }

  @Override
  public void create(List<Invitation> batch) {
    store.inTransaction(
        h -> {
          try (PreparedStatement insert =
              h.getConnection()
                  .prepareStatement(
                      "INSERT INTO invitation (code_hash, label, hash_kind) VALUES (?, ?, ?)")) {
            for (Invitation invitation : batch) {
              insert.setString(1, invitation.codeHash());
              insert.setString(2, invitation.label().orElse(null));
              insert.setString(3, hashKind(invitation.hashKind()));
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return batch.size();
        });
  }

  @Override
  public Optional<Invitation> find(String codeHash) {
    return store.read(
        h ->
            h.createQuery("SELECT code_hash, label, hash_kind FROM invitation WHERE code_hash = ?")
                .bind(0, codeHash)
                .map((rs, ctx) -> invitation(rs))
                .findOne());
  }

  @Override
  public Page<Invitation> list(PageRequest request) {
    return store.read(
        h -> {
          long total = h.createQuery("SELECT COUNT(*) FROM invitation").mapTo(Long.class).one();
          List<Invitation> items =
              h.createQuery(
                      "SELECT code_hash, label, hash_kind FROM invitation"
                          + " ORDER BY COALESCE(label, '')"
                          + store.dialect().binaryOrder()
                          + ", code_hash"
                          + store.dialect().binaryOrder()
                          + " LIMIT ? OFFSET ?")
                  .bind(0, request.pageSize())
                  .bind(1, request.offset())
                  .map((rs, ctx) -> invitation(rs))
                  .list();
          return new Page<>(items, request, total);
        });
  }

  @Override
  public boolean rekey(String legacyHash, String codeHash) {
    // One statement: of concurrent first uses of a code, one finds the bare hash and the others
    // none (the row is locked by the first, and then no longer matches).
    return store.inTransaction(
        h ->
            h.createUpdate(
                        "UPDATE invitation SET code_hash = ?, hash_kind = ?"
                            + " WHERE code_hash = ? AND hash_kind = ?")
                    .bind(0, codeHash)
                    .bind(1, hashKind(Invitation.HashKind.HMAC_SHA256))
                    .bind(2, legacyHash)
                    .bind(3, hashKind(Invitation.HashKind.SHA256))
                    .execute()
                == 1);
  }
}
