package io.cohesion.persistence.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes batches of responses for SQLite's batched inserts: each response's id (the next after the
 * last given), respondent and answers, and the segment blocks that filled up meanwhile with their
 * ids as JSON arrays. One batch is encoded at a time, in order; the blocks still open at the end
 * come from {@link #flush()}.
 *
 * <p>Used by one thread at a time, handed over through a future, so that one thread can insert a
 * batch while another encodes the next.
 *
 * @param <R> the response type
 */
final class BatchEncoder<R> {
  /** A segment block ready to insert: its first id, how many ids, and the ids as a JSON array. */
  record Block(String column, String value, long first, int size, String ids) {}

  /** An encoded batch. */
  static final class Batch {
    final long[] ids;
    final String[] respondents;
    final byte[][] answers;
    final List<Block> blocks = new ArrayList<>();

    private Batch(int size) {
      ids = new long[size];
      respondents = new String[size];
      answers = new byte[size][];
    }

    int size() {
      return ids.length;
    }
  }

  private final ResponseFormat<R> format;
  private final SegmentBlocks segments;
  private final AnswerWriter out = new AnswerWriter(512);
  private final StringBuilder json = new StringBuilder(SegmentBlocks.SIZE * 8);
  private long nextId;
  private List<Block> blocks;

  /** An encoder that gives the ids from {@code firstId} on. */
  BatchEncoder(ResponseFormat<R> format, long firstId) {
    this.format = format;
    this.nextId = firstId;
    this.segments = new SegmentBlocks(this::block);
  }

  Batch encode(List<R> rows) throws java.sql.SQLException {
    Batch batch = new Batch(rows.size());
    blocks = batch.blocks;
    for (int i = 0; i < rows.size(); i++) {
      R response = rows.get(i);
      long id = nextId++;
      batch.ids[i] = id;
      batch.respondents[i] = format.respondent(response).value();
      out.reset();
      format.encode(response, out);
      batch.answers[i] = out.toBytes();
      segments.add(format.segments(response), id);
    }
    return batch;
  }

  /** The blocks still open. */
  List<Block> flush() throws java.sql.SQLException {
    blocks = new ArrayList<>();
    segments.flush();
    return blocks;
  }

  private void block(String column, String value, long[] ids, int size) {
    json.setLength(0);
    json.append('[');
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(ids[i]);
    }
    blocks.add(new Block(column, value, ids[0], size, json.append(']').toString()));
  }
}
