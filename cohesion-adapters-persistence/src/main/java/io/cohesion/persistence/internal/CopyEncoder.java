package io.cohesion.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Encodes chunks of responses as PostgreSQL binary COPY streams: the response rows of a chunk, and
 * the segment blocks that filled up while encoding it. One chunk is encoded at a time, in the order
 * of their ids; the blocks still open at the end come from {@link #flush()}.
 *
 * <p>Used by one thread at a time, handed over with a happens-before edge (a future), so that one
 * thread can send a chunk while another encodes the next.
 *
 * @param <R> the response type
 */
final class CopyEncoder<R> {
  /** The header that starts a binary COPY stream, both ways. */
  static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

  /** The type of a bigint, for arrays in the binary COPY form. */
  private static final int INT8_OID = 20;

  /** An encoded chunk: its response rows and the segment blocks it completed. */
  static final class Chunk {
    private final AnswerWriter responses = new AnswerWriter(1 << 22);
    private final AnswerWriter blocks = new AnswerWriter(1 << 16);
    private int blockRows;
    private int size;

    AnswerWriter responses() {
      return responses;
    }

    AnswerWriter blocks() {
      return blocks;
    }

    /** How many segment block rows {@link #blocks()} holds. */
    int blockRows() {
      return blockRows;
    }

    /** How many responses {@link #responses()} holds. */
    int size() {
      return size;
    }

    private void start() {
      header(responses);
      header(blocks);
      blockRows = 0;
      size = 0;
    }
  }

  private final byte[] wave;
  private final ResponseFormat<R> format;
  private final SegmentBlocks segments;
  private final Deque<Chunk> spare = new ArrayDeque<>();
  private Chunk current;

  CopyEncoder(String wave, ResponseFormat<R> format) {
    this.wave = wave.getBytes(StandardCharsets.UTF_8);
    this.format = format;
    this.segments = new SegmentBlocks(this::block);
  }

  /** Encodes {@code rows}, whose ids are {@code ids} (ascending), into a chunk. */
  Chunk encode(List<R> rows, long[] ids) throws java.sql.SQLException {
    current = take();
    AnswerWriter out = current.responses;
    for (int i = 0; i < rows.size(); i++) {
      R response = rows.get(i);
      out.int16(4);
      out.int32(8);
      out.int64(ids[i]);
      out.int32(wave.length);
      out.bytes(wave, 0, wave.length);
      text(out, format.respondent(response).value());
      int lengthAt = out.length();
      out.int32(0);
      format.encode(response, out);
      out.putInt32(lengthAt, out.length() - lengthAt - 4);
      segments.add(format.segments(response), ids[i]);
    }
    current.size = rows.size();
    return current;
  }

  /** The blocks still open, in a chunk of no responses. */
  Chunk flush() throws java.sql.SQLException {
    current = take();
    segments.flush();
    return current;
  }

  /** Gives back a chunk that has been sent, to be reused. */
  synchronized void recycle(Chunk chunk) {
    spare.push(chunk);
  }

  private synchronized Chunk take() {
    Chunk chunk = spare.isEmpty() ? new Chunk() : spare.pop();
    chunk.start();
    return chunk;
  }

  private void block(String column, String value, long[] ids, int size) {
    AnswerWriter blocks = current.blocks;
    blocks.int16(6);
    blocks.int32(wave.length);
    blocks.bytes(wave, 0, wave.length);
    text(blocks, column);
    text(blocks, value);
    blocks.int32(8);
    blocks.int64(ids[0]);
    blocks.int32(4);
    blocks.int32(size);
    // A one-dimensional bigint array without nulls, in the binary array form.
    blocks.int32(20 + size * 12);
    blocks.int32(1); // dimensions
    blocks.int32(0); // no nulls
    blocks.int32(INT8_OID);
    blocks.int32(size);
    blocks.int32(1); // lower bound
    for (int i = 0; i < size; i++) {
      blocks.int32(8);
      blocks.int64(ids[i]);
    }
    current.blockRows++;
  }

  /** Empties {@code out} and writes the header of a binary COPY stream. */
  private static void header(AnswerWriter out) {
    out.reset();
    out.bytes(SIGNATURE, 0, SIGNATURE.length);
    out.int32(0); // flags
    out.int32(0); // header extension length
  }

  /** A text field: its length, then its UTF-8 bytes. */
  private static void text(AnswerWriter out, String value) {
    int lengthAt = out.length();
    out.int32(0);
    out.putInt32(lengthAt, out.utf8(value));
  }
}
