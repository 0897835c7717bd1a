package io.cohesion.persistence.internal;

import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.persistence.internal.SqlTable.Column;
import io.cohesion.persistence.internal.SqlTable.Reference;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Initiatives in the tables of migration V5. */
final class SqlInitiatives extends TableRepository<InitiativeId, Initiative, SqlTable<Initiative>>
    implements InitiativeRepository {
  SqlInitiatives(SqlTransactions store) {
    super(
        new SqlTable<>(
                store,
                "initiative",
                "initiative",
                i -> i.id().value(),
                List.of(
                    Column.text("name", Initiative::name),
                    Column.text(
                        "body",
                        i ->
                            AggregateCodec.initiativeBody(
                                i.neighbourhoods(), i.principles(), i.team()))),
                List.of(
                    new Reference<>(
                        "neighbourhood",
                        "neighbourhood",
                        i -> i.neighbourhoods().stream().map(NeighbourhoodId::value).toList())),
                rs -> {
                  AggregateCodec.InitiativeBody body =
                      AggregateCodec.initiativeBody(rs.getString("body"));
                  return new Initiative(
                      new InitiativeId(rs.getString("id")),
                      rs.getString("name"),
                      body.neighbourhoods(),
                      body.principles(),
                      body.team());
                },
                SqlInitiatives::writeNeighbourhoods)
            .owning(new SqlTable.Owned("initiative_neighbourhood", "initiative_id"))
            .referredToBy(
                SqlTable.Referrer.of("consultation", "market_consultation", "initiative_id")),
        InitiativeId::value);
  }

  private static void writeNeighbourhoods(Handle h, Initiative initiative) {
    h.createUpdate("DELETE FROM initiative_neighbourhood WHERE initiative_id = ?")
        .bind(0, initiative.id().value())
        .execute();
    var insert =
        h.prepareBatch(
            "INSERT INTO initiative_neighbourhood (initiative_id, neighbourhood_id) VALUES (?, ?)");
    for (NeighbourhoodId neighbourhood : initiative.neighbourhoods()) {
      insert.bind(0, initiative.id().value()).bind(1, neighbourhood.value()).add();
    }
    insert.execute();
  }
}
