package io.cohesion.persistence.internal;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.CbsCode;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.persistence.internal.SqlTable.Column;
import io.cohesion.persistence.internal.SqlTable.Reference;
import io.cohesion.persistence.internal.SqlTable.Referrer;
import java.util.List;
import java.util.Optional;

/** Neighbourhoods and buildings in the tables of migration V4. */
final class SqlNeighbourhoods {
  private SqlNeighbourhoods() {}

  static final class Neighbourhoods
      extends TableRepository<NeighbourhoodId, Neighbourhood, SqlTable<Neighbourhood>>
      implements NeighbourhoodRepository {
    Neighbourhoods(SqlTransactions store) {
      super(
          new SqlTable<>(
                  store,
                  "neighbourhood",
                  "neighbourhood",
                  n -> n.id().value(),
                  List.of(
                      Column.text("name", Neighbourhood::name),
                      Column.text("municipality", Neighbourhood::municipality),
                      Column.text("cbs_code", n -> n.cbsCode().map(CbsCode::value).orElse(null))),
                  List.of(),
                  rs ->
                      new Neighbourhood(
                          new NeighbourhoodId(rs.getString("id")),
                          rs.getString("name"),
                          rs.getString("municipality"),
                          Optional.ofNullable(rs.getString("cbs_code")).map(CbsCode::new)))
              .referredToBy(
                  Referrer.of("building", "building", "neighbourhood_id"),
                  Referrer.of("initiative", "initiative_neighbourhood", "neighbourhood_id"),
                  Referrer.of("activity", "activity", "neighbourhood_id"),
                  Referrer.of("meeting", "meeting", "neighbourhood_id"),
                  Referrer.of("parked topic", "parked_topic", "neighbourhood_id"),
                  Referrer.of("result", "result", "neighbourhood_id"),
                  Referrer.of("measurement", "measurement", "neighbourhood_id")),
          NeighbourhoodId::value);
    }
  }

  static final class Buildings extends TableRepository<BuildingId, Building, SqlTable<Building>>
      implements BuildingRepository {
    Buildings(SqlTransactions store) {
      super(
          new SqlTable<>(
                  store,
                  "building",
                  "building",
                  b -> b.id().value(),
                  List.of(
                      Column.text("neighbourhood_id", b -> b.neighbourhood().value()),
                      Column.text("name", Building::name),
                      Column.integer("households", Building::households),
                      Column.text("stakeholder", b -> b.stakeholder().name())),
                  List.of(
                      Reference.one(
                          "neighbourhood", "neighbourhood", b -> b.neighbourhood().value())),
                  rs ->
                      new Building(
                          new BuildingId(rs.getString("id")),
                          new NeighbourhoodId(rs.getString("neighbourhood_id")),
                          rs.getString("name"),
                          rs.getInt("households"),
                          StakeholderKind.valueOf(rs.getString("stakeholder"))))
              .referredToBy(
                  Referrer.of("ambassador", "ambassador", "building_id"),
                  Referrer.of("signal", "signal", "building_id"),
                  Referrer.of("benefit statement", "benefit_statement", "building_id"),
                  Referrer.of("household", "household_phase", "building_id")),
          BuildingId::value);
    }

    @Override
    public Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list("neighbourhood_id", neighbourhood.value(), request);
    }
  }
}
