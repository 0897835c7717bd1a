package io.cohesion.persistence.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The differences between the SQLite and the PostgreSQL schema that are intended, each with its
 * reason (docs/persistence.md#one-schema-in-two-dialects). Every other difference fails the
 * comparison, and so does an allowance that no difference needs any more.
 */
public final class DialectDifferences {
  /** Flyway's own table, which Flyway creates in each dialect's types; not part of our schema. */
  public static final Set<String> NOT_COMPARED = Set.of("flyway_schema_history");

  /** Both kinds of wave: the tables named {@code wish_map_…} and {@code measurement_…}. */
  private static final List<String> WAVES = List.of("wish_map", "measurement");

  public static final List<Allowance> ALLOWED = allowed();

  private DialectDifferences() {}

  private static List<Allowance> allowed() {
    List<Allowance> allowed = new ArrayList<>();
    allowed.add(
        new Allowance(
            Allowance.ANY,
            Allowance.ANY,
            "collation",
            Difference.NONE,
            "C",
            "PostgreSQL declares ids, wave, respondent and segment key columns COLLATE \"C\" so that"
                + " they compare bytewise, as Java compares strings (V4-V10); SQLite compares text"
                + " bytewise already (BINARY)"));
    allowed.add(
        Allowance.of(
            "sqlite_sequence",
            "table",
            "exists",
            "SQLite keeps the last id given by each AUTOINCREMENT table here (V12); PostgreSQL's"
                + " identity sequences are not tables"));
    allowed.add(
        Allowance.of(
            "activity_session",
            "column id",
            "type",
            "a rowid alias must be declared INTEGER, which SQLite stores in 64 bits like bigint"));
    allowed.add(
        Allowance.of(
            "activity_session",
            "column id",
            "generated",
            "sessions are numbered by SQLite's rowid and PostgreSQL's identity (V6)"));
    allowed.add(
        Allowance.of(
            "invitation",
            "column hash_kind",
            "default",
            "known difference, see docs/persistence.md#one-schema-in-two-dialects: PostgreSQL's"
                + " V12 drops the default that let rows from before V12 say 'sha256'; SQLite cannot"
                + " drop a default without rebuilding the table. The store names the hash kind"
                + " of every row it writes"));
    for (String wave : WAVES) {
      String responses = wave + "_response";
      String blocks = wave + "_segment_block";
      String waveColumn = "column " + wave + "_id";
      allowed.add(
          Allowance.of(
              responses,
              "column id",
              "type",
              "a rowid alias must be declared INTEGER, which SQLite stores in 64 bits like"
                  + " bigint"));
      allowed.add(
          Allowance.of(
              responses,
              "column id",
              "generated",
              "response ids come from SQLite's rowid with AUTOINCREMENT (V12) and from"
                  + " PostgreSQL's identity sequence, from which a bulk import reserves ids (V2)"));
      allowed.add(
          Allowance.of(
              responses,
              "primary key",
              "columns",
              "SQLite's rowid is the key and an index on the wave reads a wave in stored order;"
                  + " PostgreSQL's key (wave, id) is that index (V2)"));
      allowed.add(
          Allowance.of(
              responses,
              "index " + responses + "_wave",
              "exists",
              "SQLite reads a wave in stored order by this index; PostgreSQL by its primary key"
                  + " (V2)"));
      allowed.add(
          Allowance.of(
              responses,
              "foreign key (" + wave + "_id)",
              "exists",
              "PostgreSQL has no foreign key from a response to its wave, which tripled the cost"
                  + " of a bulk import; writers lock the wave's row instead (V2)"));
      allowed.add(
          Allowance.of(
              responses,
              waveColumn,
              "statistics",
              "PostgreSQL samples few rows of the wave column after a bulk import (V10)"));
      allowed.add(
          Allowance.of(
              blocks,
              waveColumn,
              "statistics",
              "PostgreSQL samples few rows of the wave column after a bulk import (V10)"));
      allowed.add(
          Allowance.of(
              blocks,
              "column ids",
              "type",
              "a block's response ids: a JSON array of numbers in SQLite, an array in PostgreSQL"
                  + " (V9)"));
      allowed.add(
          Allowance.of(
              blocks,
              "column ids",
              "storage",
              "PostgreSQL stores the id arrays uncompressed, which is cheaper in an import"
                  + " (V10)"));
      allowed.add(
          Allowance.of(
              blocks,
              "column block",
              "type",
              "V9 declares the block's first id INTEGER in SQLite, which is 64 bits like"
                  + " bigint"));
      allowed.add(
          Allowance.of(
              blocks,
              "table",
              "without rowid",
              "in SQLite the key is the table, so a segment is one range in key order (V9);"
                  + " PostgreSQL has no such tables"));
    }
    return List.copyOf(allowed);
  }
}
