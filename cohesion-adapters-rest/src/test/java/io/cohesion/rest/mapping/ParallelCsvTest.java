package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelCsvTest {

  @TempDir Path dir;

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("data.csv"), bytes);
  }

  /** Line ends counted one by one: LF, CRLF, or CR alone; a last line without one counts. */
  private static int lines(byte[] bytes, int from) {
    int count = 0;
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        count++;
      }
    }
    boolean ended =
        bytes.length == from || bytes[bytes.length - 1] == '\n' || bytes[bytes.length - 1] == '\r';
    return ended ? count : count + 1;
  }

  @Test
  void chunksCoverTheRowsStartAfterLineEndsAndCountThem() throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    String[] pieces = {"a", "bc", ",", ";", "\n", "\r\n", "\r", "\"", "1234567", ""};
    for (int test = 0; test < 500; test++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(0, 400);
      while (text.length() < length) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      int from = bytes.length == 0 ? 0 : random.nextInt(0, Math.min(bytes.length, 10));
      int chunkBytes = random.nextInt(1, 64);

      List<ParallelCsv.Chunk> chunks = ParallelCsv.split(file(bytes), from, chunkBytes);

      assertThat(chunks.get(0).start()).isEqualTo(from);
      assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(bytes.length);
      int total = 0;
      for (int c = 0; c < chunks.size(); c++) {
        ParallelCsv.Chunk chunk = chunks.get(c);
        assertThat(chunk.end()).isGreaterThan(chunk.start() - (bytes.length == from ? 1 : 0));
        if (c > 0) {
          int start = (int) chunk.start();
          assertThat(chunk.start()).isEqualTo(chunks.get(c - 1).end());
          assertThat(bytes[start - 1] == '\n' || bytes[start - 1] == '\r').isTrue();
          assertThat(bytes[start - 1] == '\r' && bytes[start] == '\n').isFalse();
        }
        total += chunk.lineEnds();
      }
      assertThat(total).as(text.toString()).isEqualTo(lines(bytes, from));
    }
  }

  @Test
  void lineEndsAreCountedEightBytesAtATimeAsOneByOne() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    String[] pieces = {"ab", "1234567", ",", "\n", "\r\n", "\r", "\r\r\n\n", "xyz,5,4,3"};
    for (int test = 0; test < 40; test++) {
      StringBuilder text = new StringBuilder();
      // Past one block of the reader (64 KiB) in some of the files.
      int length = random.nextInt(0, test % 4 == 0 ? 150_000 : 300);
      while (text.length() < length) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      Path file = file(bytes);
      for (int range = 0; range < 20; range++) {
        int start = bytes.length == 0 ? 0 : random.nextInt(0, bytes.length);
        int end = random.nextInt(start, bytes.length + 1);
        int expected = 0;
        for (int i = start; i < end; i++) {
          boolean afterCr = i > start && bytes[i - 1] == '\r';
          if (bytes[i] == '\r' || (bytes[i] == '\n' && !afterCr)) {
            expected++;
          }
        }
        assertThat(ParallelCsv.countLineEnds(file, start, end))
            .as("bytes %d to %d of a file of %d", start, end, bytes.length)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void aLineLongerThanAChunkStaysWhole() throws IOException {
    byte[] bytes =
        "h\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\ny\nz"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    List<ParallelCsv.Chunk> chunks = ParallelCsv.split(file(bytes), 2, 4);

    // the long line, then "y" and "z" (its line end counted for the last line, which has none)
    assertThat(chunks)
        .containsExactly(new ParallelCsv.Chunk(2, 33, 1), new ParallelCsv.Chunk(33, 36, 2));
  }
}
