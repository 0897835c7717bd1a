package io.cohesion.persistence.internal;

import io.cohesion.core.CohesionException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationBatchId;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.InvitationTally;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Invitations in the table of migrations V1, V12 and V18: a batch of unversioned rows, keyed by
 * their code hash (see {@link InvitationRepository} for why they have no version).
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

  private static final String COLUMNS =
      "code_hash, label, hash_kind, batch_id, building_id, pseudonym";

  private static Invitation invitation(ResultSet rs) throws SQLException {
    String kind = rs.getString("hash_kind");
    return new Invitation(
        rs.getString("code_hash"),
        Optional.ofNullable(rs.getString("label")),
        switch (kind) {
          case "hmac-sha256" -> Invitation.HashKind.HMAC_SHA256;
          case "sha256" -> Invitation.HashKind.SHA256;
          default -> throw new CohesionException("unknown invitation hash kind '" + kind + "'");
        },
        Optional.ofNullable(rs.getString("batch_id")).map(InvitationBatchId::new),
        Optional.ofNullable(rs.getString("building_id")).map(BuildingId::new),
        Optional.ofNullable(rs.getString("pseudonym")).map(Pseudonym::new));
  }

  @Override
  public void create(List<Invitation> batch) {
    store.inTransaction(
        h -> {
          try (PreparedStatement insert =
              h.getConnection()
                  .prepareStatement(
                      "INSERT INTO invitation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Invitation invitation : batch) {
              insert.setString(1, invitation.codeHash());
              insert.setString(2, invitation.label().orElse(null));
              insert.setString(3, hashKind(invitation.hashKind()));
              insert.setString(4, invitation.batch().map(InvitationBatchId::value).orElse(null));
              insert.setString(5, invitation.building().map(BuildingId::value).orElse(null));
              insert.setString(6, invitation.pseudonym().map(Pseudonym::value).orElse(null));
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
            h.createQuery("SELECT " + COLUMNS + " FROM invitation WHERE code_hash = ?")
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
                      "SELECT "
                          + COLUMNS
                          + " FROM invitation"
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

  @Override
  public List<InvitationTally> tally(WaveId wave) {
    // The unique (respondent, wave) index of the response tables lets each code match at most one
    // response; the table and column names are constants, never input.
    String responses =
        wave.kind() == WaveKind.WISH_MAP
            ? "wish_map_response r ON r.respondent = i.pseudonym AND r.wish_map_id = ?"
            : "measurement_response r ON r.respondent = i.pseudonym AND r.measurement_id = ?";
    String order = store.dialect().binaryOrder();
    return store.read(
        h ->
            h.createQuery(
                    "SELECT i.batch_id, MIN(i.label) AS label, i.building_id,"
                        + " COUNT(*) AS issued, COUNT(r.respondent) AS used"
                        + " FROM invitation i LEFT JOIN "
                        + responses
                        + " WHERE i.batch_id IS NOT NULL"
                        + " GROUP BY i.batch_id, i.building_id"
                        + " ORDER BY i.batch_id"
                        + order
                        + ", CASE WHEN i.building_id IS NULL THEN 0 ELSE 1 END, i.building_id"
                        + order)
                .bind(0, wave.id())
                .map(
                    (rs, ctx) ->
                        new InvitationTally(
                            new InvitationBatchId(rs.getString("batch_id")),
                            Optional.ofNullable(rs.getString("label")),
                            Optional.ofNullable(rs.getString("building_id")).map(BuildingId::new),
                            rs.getInt("issued"),
                            rs.getInt("used")))
                .list());
  }
}
