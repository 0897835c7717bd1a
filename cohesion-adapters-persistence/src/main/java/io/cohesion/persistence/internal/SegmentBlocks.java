package io.cohesion.persistence.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The segment values of a bulk import gathered into blocks of response ids: one block per segment
 * value at a time, handed on when it holds {@value #SIZE} ids and at the end.
 */
final class SegmentBlocks {
  /** The most ids a block holds. Migration V9 groups existing rows by the same number. */
  static final int SIZE = 1024;

  /** Receives a block. */
  interface Sink {
    /**
     * One block of {@code column} = {@code value}: {@code ids[0..size)}, ascending; the array is
     * reused once this returns.
     */
    void block(String column, String value, long[] ids, int size) throws java.sql.SQLException;
  }

  private static final class Open {
    final long[] ids = new long[SIZE];
    int size;
  }

  private final Map<String, Map<String, Open>> open = new LinkedHashMap<>();
  private final Sink sink;

  SegmentBlocks(Sink sink) {
    this.sink = sink;
  }

  /** Adds response {@code id} (larger than every id added before) to its segment values. */
  void add(Map<String, String> segments, long id) throws java.sql.SQLException {
    for (Map.Entry<String, String> s : segments.entrySet()) {
      Open block =
          open.computeIfAbsent(s.getKey(), k -> new LinkedHashMap<>())
              .computeIfAbsent(s.getValue(), v -> new Open());
      block.ids[block.size++] = id;
      if (block.size == SIZE) {
        sink.block(s.getKey(), s.getValue(), block.ids, SIZE);
        block.size = 0;
      }
    }
  }

  /** Hands on every block that is not empty. */
  void flush() throws java.sql.SQLException {
    for (Map.Entry<String, Map<String, Open>> column : open.entrySet()) {
      for (Map.Entry<String, Open> value : column.getValue().entrySet()) {
        Open block = value.getValue();
        if (block.size > 0) {
          sink.block(column.getKey(), value.getKey(), block.ids, block.size);
          block.size = 0;
        }
      }
    }
  }
}
