package io.cohesion.rest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * Splits the rows of a CSV file into chunks that can be read on several cores: each chunk starts
 * right after a line end and holds about the same number of bytes, and its line ends are counted
 * (in parallel), which bounds the number of rows that start in it.
 *
 * <p>A line end is LF, CRLF or a CR not followed by LF; a chunk never starts between the CR and the
 * LF of one line end. A line end inside a quoted cell cannot be told from one between rows without
 * reading from the start, so a chunk may start inside a cell: the reader of the chunk before it
 * then reads past its end, and the chunks must be checked to join where the rows do ({@link
 * Chunk#start}).
 */
final class ParallelCsv {
  /** Chunks of about this many bytes: small enough to share out between cores evenly. */
  static final int CHUNK_BYTES = 4 << 20;

  private static final int BLOCK = 1 << 16;

  /** Eight bytes of a {@code byte[]} at a time, the first one lowest. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

  private ParallelCsv() {}

  /**
   * A part of the file: the rows that start in {@code [start, end)}.
   *
   * @param start where the chunk starts, right after a line end (or where the rows start)
   * @param end where the next chunk starts, or the end of the file
   * @param lineEnds the line ends in {@code [start, end)}, plus one for a last line without one: at
   *     least the number of rows that start in the chunk
   */
  record Chunk(long start, long end, int lineEnds) {}

  /**
   * Splits {@code file} from {@code from} (a row start) to its end into chunks of about {@code
   * bytes} bytes each, and counts the line ends of each.
   */
  static List<Chunk> split(Path file, long from, int bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      List<Long> starts = new ArrayList<>();
      starts.add(Math.min(from, size));
      for (long at = from + bytes; at < size; at += bytes) {
        long start = lineStartFrom(channel, Math.max(at, starts.get(starts.size() - 1)), size);
        if (start >= size) {
          break;
        }
        if (start > starts.get(starts.size() - 1)) {
          starts.add(start);
        }
        at = Math.max(at, start);
      }
      starts.add(size);
      boolean lastLineEnded = size == from || isLineEnd(byteAt(channel, size - 1));
      int chunks = starts.size() - 1;
      IntStream indices = IntStream.range(0, chunks);
      return (chunks > 1 ? indices.parallel() : indices)
          .mapToObj(
              c -> {
                long start = starts.get(c);
                long end = starts.get(c + 1);
                int lineEnds = countLineEnds(file, start, end);
                if (c == chunks - 1 && !lastLineEnded) {
                  lineEnds++;
                }
                return new Chunk(start, end, lineEnds);
              })
          .toList();
    }
  }

  /**
   * What reading the rows that start in one chunk found: where the reading ended (the start of the
   * first row of the next chunk), and the encoding it decided, null where it decided none.
   */
  interface Reading {
    long end();

    Charset encoding();
  }

  /** Reads the rows of one chunk. */
  @FunctionalInterface
  interface ChunkReader<R extends Reading> {
    /**
     * Reads the rows that start in chunk {@code chunk} from offset {@code from} on.
     *
     * @return null when the chunk holds something to refuse: the file is then read row by row
     * @throws UncheckedIOException when the file cannot be read
     */
    R read(int chunk, long from);
  }

  /**
   * Reads every chunk on every core, then joins the readings in file order. A chunk whose rows do
   * not start where the reading of the chunk before it ended (a quoted line break across its start,
   * so that its first reading started inside a cell) is read again from there, or stands for no
   * rows ({@code noRows}) where the chunk before it read past its end.
   *
   * @param encoding the encoding the header decided, or null
   * @return the readings in chunk order; empty when a chunk holds something to refuse or the chunks
   *     decide different encodings, so that the row reader says what is wrong
   * @throws IOException when the file cannot be read
   */
  static <R extends Reading> Optional<List<R>> readJoined(
      List<Chunk> chunks, Charset encoding, ChunkReader<R> reader, LongFunction<R> noRows)
      throws IOException {
    int n = chunks.size();
    IntStream indices = IntStream.range(0, n);
    List<R> reads;
    try {
      reads =
          new ArrayList<>(
              (n > 1 ? indices.parallel() : indices)
                  .mapToObj(c -> reader.read(c, chunks.get(c).start()))
                  .toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Charset decided = encoding;
    long end = chunks.get(0).start();
    for (int c = 0; c < n; c++) {
      Chunk chunk = chunks.get(c);
      if (chunk.start() != end) {
        reads.set(c, end >= chunk.end() ? noRows.apply(end) : reader.read(c, end));
      }
      R read = reads.get(c);
      if (read == null) {
        return Optional.empty();
      }
      end = read.end();
      if (read.encoding() != null) {
        if (decided == null) {
          decided = read.encoding();
        } else if (!decided.equals(read.encoding())) {
          return Optional.empty(); // a file that changes its encoding: let the row reader say so
        }
      }
    }
    return Optional.of(reads);
  }

  /** A stream of {@code file} from {@code offset} to its end. */
  static InputStream from(Path file, long offset) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(offset);
    return Channels.newInputStream(channel);
  }

  /** The first offset at or after {@code at} that follows a line end, {@code size} when none. */
  private static long lineStartFrom(FileChannel channel, long at, long size) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(BLOCK);
    long position = at;
    while (position < size) {
      block.clear();
      int read = channel.read(block, position);
      if (read <= 0) {
        return size;
      }
      for (int i = 0; i < read; i++) {
        byte b = block.get(i);
        if (b == '\n') {
          return position + i + 1;
        }
        if (b == '\r') {
          long next = position + i + 1;
          return next < size && byteAt(channel, next) == '\n' ? next + 1 : next;
        }
      }
      position += read;
    }
    return size;
  }

  private static byte byteAt(FileChannel channel, long at) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    if (channel.read(one, at) != 1) {
      throw new IOException("the file ended at " + at + " while being split");
    }
    return one.get(0);
  }

  private static boolean isLineEnd(byte b) {
    return b == '\n' || b == '\r';
  }

  /**
   * The line ends in {@code [start, end)} of {@code file}: every LF, and every CR not followed by
   * an LF. A CR at {@code end - 1} counts: chunks never end between a CR and its LF.
   */
  static int countLineEnds(Path file, long start, long end) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      byte[] bytes = new byte[BLOCK];
      ByteBuffer block = ByteBuffer.wrap(bytes);
      int count = 0;
      boolean afterCr = false;
      for (long position = start; position < end; ) {
        block.clear();
        block.limit((int) Math.min(BLOCK, end - position));
        int read = channel.read(block, position);
        if (read <= 0) {
          throw new IOException("the file ended at " + position + " while being split");
        }
        int i = 0;
        for (; i + Long.BYTES <= read; i += Long.BYTES) {
          long word = (long) LONGS.get(bytes, i);
          if (zeroBytes(word ^ CRS) == 0) {
            // No CR among the eight bytes: every LF is a line end, but one right after a CR that
            // ended the bytes before.
            count += Long.bitCount(zeroBytes(word ^ LFS));
            if (afterCr && bytes[i] == '\n') {
              count--;
            }
            afterCr = false;
          } else {
            for (int j = i; j < i + Long.BYTES; j++) {
              count += lineEndAt(bytes[j], afterCr);
              afterCr = bytes[j] == '\r';
            }
          }
        }
        for (; i < read; i++) {
          count += lineEndAt(bytes[i], afterCr);
          afterCr = bytes[i] == '\r';
        }
        position += read;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 1 when byte {@code b} ends a line ({@code afterCr}: the byte before it is a CR), else 0. */
  private static int lineEndAt(byte b, boolean afterCr) {
    return b == '\r' || (b == '\n' && !afterCr) ? 1 : 0;
  }

  /** The high bit of each byte of {@code word} that is 0, and no other bit. */
  private static long zeroBytes(long word) {
    long low = (word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS;
    return ~(low | word | LOW_SEVEN_BITS);
  }
}
