package io.cohesion.persistence.internal;

import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.persistence.internal.SqlTable.Column;
import io.cohesion.persistence.internal.SqlTable.Reference;
import io.cohesion.persistence.internal.SqlTable.Referrer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The definitions of the waves in the tables of migration V1 (and V14): wish maps and scales, each
 * one row with its definition as JSON text, and measurements.
 */
final class SqlDefinitions {
  private SqlDefinitions() {}

  /** A wish map or measurement with responses is kept until they are erased. */
  private static Referrer responses(String table, String column) {
    return new Referrer("response", table, column, "erase the responses first");
  }

  static final class WishMaps extends TableRepository<WishMapId, WishMap, SqlTable<WishMap>>
      implements WishMapRepository {
    WishMaps(SqlTransactions store) {
      this(store, new DecodedWishMaps());
    }

    private WishMaps(SqlTransactions store, DecodedWishMaps decoded) {
      super(
          new SqlTable<>(
                  store,
                  "wish_map",
                  "wish map",
                  m -> m.id().value(),
                  List.of(Column.text("definition", Codec::wishMap)),
                  List.of(),
                  rs -> decoded.decode(rs.getString("id"), rs.getString("definition")))
              .referredToBy(responses("wish_map_response", "wish_map_id")),
          WishMapId::value);
    }
  }

  /**
   * Decoded wish map definitions by id, with the stored text they came from. Every submission looks
   * its wish map up; comparing the text is much cheaper than decoding it again, and a changed
   * definition (another version, or the map deleted and made anew) differs in its text.
   */
  private static final class DecodedWishMaps {
    /** How many decoded definitions are kept at most. */
    private static final int LIMIT = 1_000;

    private final Map<String, Decoded> decoded = new ConcurrentHashMap<>();

    WishMap decode(String id, String definition) {
      Decoded known = decoded.get(id);
      if (known != null && known.definition().equals(definition)) {
        return known.wishMap();
      }
      WishMap wishMap = Codec.wishMap(definition);
      if (decoded.size() >= LIMIT) {
        decoded.clear();
      }
      decoded.put(id, new Decoded(definition, wishMap));
      return wishMap;
    }

    /** A wish map decoded from its stored definition. */
    private record Decoded(String definition, WishMap wishMap) {}
  }

  static final class Scales extends TableRepository<ScaleId, Scale, SqlTable<Scale>>
      implements ScaleRepository {
    Scales(SqlTransactions store) {
      super(
          new SqlTable<>(
                  store,
                  "scale",
                  "scale",
                  s -> s.id().value(),
                  List.of(Column.text("definition", Codec::scale)),
                  List.of(),
                  rs -> Codec.scale(rs.getString("definition")))
              .referredToBy(Referrer.of("measurement", "measurement", "scale_id")),
          ScaleId::value);
    }
  }

  static final class Measurements
      extends TableRepository<MeasurementId, Measurement, SqlTable<Measurement>>
      implements MeasurementRepository {
    Measurements(SqlTransactions store) {
      super(
          new SqlTable<>(
                  store,
                  "measurement",
                  "measurement",
                  m -> m.id().value(),
                  List.of(
                      Column.text("scale_id", m -> m.scale().value()),
                      Column.text("neighbourhood_id", m -> m.neighbourhood().value()),
                      Column.text("wave", Measurement::wave),
                      Column.text("opened", m -> m.opened().toString()),
                      Column.text("attributes", m -> Codec.declarations(m.attributes()))),
                  List.of(Reference.one("scale", "scale", m -> m.scale().value())),
                  rs ->
                      new Measurement(
                          new MeasurementId(rs.getString("id")),
                          new ScaleId(rs.getString("scale_id")),
                          new NeighbourhoodId(rs.getString("neighbourhood_id")),
                          rs.getString("wave"),
                          LocalDate.parse(rs.getString("opened")),
                          Codec.declarations(rs.getString("attributes"))))
              .referredToBy(responses("measurement_response", "measurement_id")),
          MeasurementId::value);
    }

    @Override
    public List<Versioned<Measurement>> byScale(ScaleId scale) {
      return table.all("scale_id", scale.value(), "opened");
    }

    @Override
    public List<Versioned<Measurement>> byNeighbourhood(NeighbourhoodId neighbourhood) {
      return table.all("neighbourhood_id", neighbourhood.value(), "opened");
    }
  }
}
