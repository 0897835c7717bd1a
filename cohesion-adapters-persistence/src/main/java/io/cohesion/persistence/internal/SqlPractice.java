package io.cohesion.persistence.internal;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.engagement.RetainedHousehold;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.ConsultationRepository;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.persistence.internal.SqlTable.Column;
import io.cohesion.persistence.internal.SqlTable.Reference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Household phases and market consultations in the tables of migration V16; what the funnel's
 * released months keep of erased households in the table of V21.
 */
final class SqlPractice {
  private SqlPractice() {}

  static final class HouseholdPhases
      extends TableRepository<Pseudonym, HouseholdPhase, SqlTable<HouseholdPhase>>
      implements HouseholdPhaseRepository {
    private final SqlTransactions store;

    HouseholdPhases(SqlTransactions store) {
      super(
          new SqlTable<>(
              store,
              "household_phase",
              "household",
              h -> h.household().value(),
              List.of(
                  Column.text("building_id", h -> h.building().value()),
                  Column.text("phase", h -> h.phase().name()),
                  Column.text("moves", h -> AggregateCodec.moves(h.moves()))),
              List.of(Reference.one("building", "building", h -> h.building().value())),
              HouseholdPhases::read),
          Pseudonym::value);
      this.store = store;
    }

    /** A household from a row of {@code household_phase} or of {@code household_phase_retained}. */
    private static HouseholdPhase read(ResultSet rs) throws SQLException {
      return new HouseholdPhase(
          new Pseudonym(rs.getString("id")),
          new BuildingId(rs.getString("building_id")),
          AggregateCodec.moves(rs.getString("moves")));
    }

    @Override
    public Page<Versioned<HouseholdPhase>> list(BuildingId building, PageRequest request) {
      return table.list("building_id", building.value(), request);
    }

    @Override
    public boolean erase(Pseudonym household, Optional<RetainedHousehold> retained) {
      return store.inTransaction(
          h -> {
            int deleted =
                h.createUpdate("DELETE FROM household_phase WHERE id = ?")
                    .bind(0, household.value())
                    .execute();
            if (deleted > 0 && retained.isPresent()) {
              HouseholdPhase kept = retained.get().household();
              h.createUpdate(
                      "INSERT INTO household_phase_retained (id, building_id, until, moves)"
                          + " VALUES (?, ?, ?, ?)")
                  .bind(0, kept.household().value())
                  .bind(1, kept.building().value())
                  .bind(2, retained.get().until().toString())
                  .bind(3, AggregateCodec.moves(kept.moves()))
                  .execute();
            }
            return deleted > 0;
          });
    }

    @Override
    public List<RetainedHousehold> retained(BuildingId building) {
      return store.read(
          h ->
              h.createQuery(
                      "SELECT id, building_id, until, moves FROM household_phase_retained"
                          + " WHERE building_id = ? ORDER BY id"
                          + store.dialect().binaryOrder())
                  .bind(0, building.value())
                  .map(
                      (rs, ctx) ->
                          new RetainedHousehold(read(rs), LocalDate.parse(rs.getString("until"))))
                  .list());
    }
  }

  static final class Consultations
      extends TableRepository<ConsultationId, Consultation, SqlTable<Consultation>>
      implements ConsultationRepository {
    Consultations(SqlTransactions store) {
      super(
          new SqlTable<>(
              store,
              "market_consultation",
              "consultation",
              c -> c.id().value(),
              List.of(
                  Column.text("initiative_id", c -> c.initiative().value()),
                  Column.text("held", c -> c.held().toString()),
                  Column.text(
                      "body",
                      c -> AggregateCodec.consultationBody(c.principles(), c.consultation()))),
              List.of(Reference.one("initiative", "initiative", c -> c.initiative().value())),
              rs -> {
                AggregateCodec.ConsultationBody body =
                    AggregateCodec.consultationBody(rs.getString("body"));
                return new Consultation(
                    new ConsultationId(rs.getString("id")),
                    new InitiativeId(rs.getString("initiative_id")),
                    LocalDate.parse(rs.getString("held")),
                    body.principles(),
                    body.consultation());
              }),
          ConsultationId::value);
    }

    @Override
    public Page<Versioned<Consultation>> list(InitiativeId initiative, PageRequest request) {
      return table.list("initiative_id", initiative.value(), request);
    }
  }
}
