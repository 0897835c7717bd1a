package io.cohesion.persistence.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.CohesionException;
import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Versioned;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishCoding;
import io.cohesion.core.wishmap.WishId;
import io.cohesion.core.wishmap.WishKeywords;
import io.cohesion.core.wishmap.WishMapId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** Codings of wishes and declared keywords in SQL (migration V20). Not API. */
final class SqlWishCodes implements WishCodeRepository {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, List<String>>> KEYWORDS =
      new TypeReference<>() {};

  private final SqlTransactions store;

  SqlWishCodes(SqlTransactions store) {
    this.store = store;
  }

  @Override
  public Map<WishId, Versioned<WishCoding>> codings(WishMapId map) {
    return store.read(
        h -> {
          Map<WishId, Versioned<WishCoding>> codings = new TreeMap<>();
          h.createQuery(
                  "SELECT response_id, position, version, value_codes FROM wish_coding"
                      + " WHERE wish_map_id = ? ORDER BY response_id, position")
              .bind(0, map.value())
              .map(
                  (rs, ctx) -> {
                    WishId wish = new WishId(rs.getLong("response_id"), rs.getInt("position"));
                    String codes = rs.getString("value_codes");
                    List<String> values =
                        codes.isEmpty() ? List.of() : Arrays.asList(codes.split(" "));
                    return new Versioned<>(
                        new WishCoding(map, wish, values), rs.getLong("version"));
                  })
              .forEach(c -> codings.put(c.value().wish(), c));
          return codings;
        });
  }

  private static void requireMap(Handle h, WishMapId map) {
    if (h.createQuery("SELECT 1 FROM wish_map WHERE id = ?")
        .bind(0, map.value())
        .mapTo(Integer.class)
        .findOne()
        .isEmpty()) {
      throw new NotFoundException("wish map", map.value());
    }
  }

  @Override
  public Versioned<WishCoding> code(WishCoding coding, long expectedVersion) {
    WishMapId map = coding.map();
    String codes = String.join(" ", coding.values());
    return store.inTransaction(
        h -> {
          requireMap(h, map);
          long current =
              h.createQuery(
                      "SELECT version FROM wish_coding"
                          + " WHERE wish_map_id = ? AND response_id = ? AND position = ?")
                  .bind(0, map.value())
                  .bind(1, coding.wish().response())
                  .bind(2, coding.wish().position())
                  .mapTo(Long.class)
                  .findOne()
                  .orElse(1L);
          if (current != expectedVersion) {
            throw stale("the coding of wish " + coding.wish(), current, expectedVersion);
          }
          if (current == 1) {
            // A concurrent first coding inserts the same key: the loser gets a unique violation,
            // which the store reports as a conflict.
            h.createUpdate(
                    "INSERT INTO wish_coding (wish_map_id, response_id, position, version,"
                        + " value_codes) VALUES (?, ?, ?, 2, ?)")
                .bind(0, map.value())
                .bind(1, coding.wish().response())
                .bind(2, coding.wish().position())
                .bind(3, codes)
                .execute();
          } else if (h.createUpdate(
                      "UPDATE wish_coding SET value_codes = ?, version = version + 1"
                          + " WHERE wish_map_id = ? AND response_id = ? AND position = ?"
                          + " AND version = ?")
                  .bind(0, codes)
                  .bind(1, map.value())
                  .bind(2, coding.wish().response())
                  .bind(3, coding.wish().position())
                  .bind(4, expectedVersion)
                  .execute()
              == 0) {
            throw stale("the coding of wish " + coding.wish(), -1, expectedVersion);
          }
          return new Versioned<>(coding, expectedVersion + 1);
        });
  }

  @Override
  public int keepOnly(WishMapId map, long[] responses) {
    long[] keep = responses.clone();
    Arrays.sort(keep);
    return store.inTransaction(
        h -> {
          List<Long> stored =
              h.createQuery("SELECT DISTINCT response_id FROM wish_coding WHERE wish_map_id = ?")
                  .bind(0, map.value())
                  .mapTo(Long.class)
                  .list();
          int removed = 0;
          for (long id : stored) {
            if (Arrays.binarySearch(keep, id) < 0) {
              removed +=
                  h.createUpdate(
                          "DELETE FROM wish_coding WHERE wish_map_id = ? AND response_id = ?")
                      .bind(0, map.value())
                      .bind(1, id)
                      .execute();
            }
          }
          return removed;
        });
  }

  @Override
  public Optional<Versioned<WishKeywords>> keywords(WishMapId map) {
    return store.read(
        h ->
            h.createQuery("SELECT version, keywords FROM wish_keywords WHERE wish_map_id = ?")
                .bind(0, map.value())
                .map(
                    (rs, ctx) ->
                        new Versioned<>(
                            new WishKeywords(map, decode(rs.getString("keywords"))),
                            rs.getLong("version")))
                .findOne());
  }

  @Override
  public Versioned<WishKeywords> declare(WishKeywords keywords, long expectedVersion) {
    WishMapId map = keywords.map();
    String json = encode(keywords.keywords());
    return store.inTransaction(
        h -> {
          requireMap(h, map);
          long current =
              h.createQuery("SELECT version FROM wish_keywords WHERE wish_map_id = ?")
                  .bind(0, map.value())
                  .mapTo(Long.class)
                  .findOne()
                  .orElse(1L);
          if (current != expectedVersion) {
            throw stale("the keywords of wish map " + map, current, expectedVersion);
          }
          if (current == 1) {
            h.createUpdate(
                    "INSERT INTO wish_keywords (wish_map_id, version, keywords) VALUES (?, 2, ?)")
                .bind(0, map.value())
                .bind(1, json)
                .execute();
          } else if (h.createUpdate(
                      "UPDATE wish_keywords SET keywords = ?, version = version + 1"
                          + " WHERE wish_map_id = ? AND version = ?")
                  .bind(0, json)
                  .bind(1, map.value())
                  .bind(2, expectedVersion)
                  .execute()
              == 0) {
            throw stale("the keywords of wish map " + map, -1, expectedVersion);
          }
          return new Versioned<>(keywords, expectedVersion + 1);
        });
  }

  private static ConflictException stale(String what, long current, long expected) {
    return new ConflictException(
        what
            + (current > 0 ? " is at version " + current + ", not" : " changed since")
            + " the expected version "
            + expected);
  }

  private static String encode(Map<String, List<String>> keywords) {
    try {
      return MAPPER.writeValueAsString(keywords);
    } catch (JsonProcessingException e) {
      throw new CohesionException("could not encode keywords", e);
    }
  }

  private static Map<String, List<String>> decode(String json) {
    try {
      return MAPPER.readValue(json, KEYWORDS);
    } catch (JsonProcessingException e) {
      throw new CohesionException("stored keywords are not valid JSON", e);
    }
  }
}
