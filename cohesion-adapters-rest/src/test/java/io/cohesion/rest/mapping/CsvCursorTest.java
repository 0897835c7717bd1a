package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cursor's reading of bytes into characters: ASCII until the first byte that is not, which
 * decides the encoding wherever it falls, however the stream hands its bytes over.
 */
class CsvCursorTest {

  /**
   * A file of {@code rows} ASCII rows, then one row whose name is {@code special}, then one more
   * ASCII row.
   */
  private static String file(int rows, String special) {
    StringBuilder csv = new StringBuilder("respondent,name\n");
    for (int r = 0; r < rows; r++) {
      csv.append("r").append(r).append(",plain").append('\n');
    }
    csv.append("late,").append(special).append('\n');
    csv.append("last,end\n");
    return csv.toString();
  }

  private static List<String> names(InputStream in) throws IOException {
    List<String> names = new ArrayList<>();
    try (CsvCursor cursor = CsvCursor.open(in, "test.csv")) {
      while (cursor.nextRow()) {
        cursor.nextCell();
        cursor.nextCell();
        names.add(cursor.text());
        assertThat(cursor.nextCell()).isFalse();
      }
    }
    return names;
  }

  @ParameterizedTest(name = "{0} after {1} rows, {2} bytes a read")
  @CsvSource({
    "UTF-8, 0, 1",
    "UTF-8, 3, 7",
    "UTF-8, 1000, 1",
    "UTF-8, 1000, 3",
    "UTF-8, 1000, 8191",
    "UTF-8, 5000, 100000",
    "windows-1252, 0, 1",
    "windows-1252, 1000, 2",
    "windows-1252, 5000, 100000",
  })
  void aCharacterThatIsNotAsciiDecidesTheEncodingWhereverItFalls(
      String encoding, int rows, int bytesARead) throws IOException {
    Charset charset = Charset.forName(encoding);
    String special = "Zoë’s café";
    byte[] bytes = file(rows, special).getBytes(charset);

    List<String> names = names(new Trickle(bytes, bytesARead));

    assertThat(names).hasSize(rows + 2);
    assertThat(names.get(rows)).isEqualTo(special);
    assertThat(names.get(rows + 1)).isEqualTo("end");
    assertThat(names.subList(0, rows)).allMatch("plain"::equals);
  }

  @ParameterizedTest(name = "a two-byte character with its first byte at {0}")
  @CsvSource({"8190", "8191", "8192", "8193", "16383", "16384"})
  void aCharacterAcrossTheEndOfABlockIsDecodedWhole(int at) throws IOException {
    StringBuilder csv = new StringBuilder("respondent,name\n");
    List<String> expected = new ArrayList<>();
    while (at - csv.length() > 150) {
      csv.append("r,").append("x".repeat(100)).append('\n');
      expected.add("x".repeat(100));
    }
    csv.append("r,");
    String name = "y".repeat(at - csv.length()) + "é";
    csv.append(name).append("\nr,end\n");
    expected.add(name);
    expected.add("end");
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes[at] & 0xff).isEqualTo(0xc3);

    assertThat(names(new ByteArrayInputStream(bytes))).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} bytes a read")
  @CsvSource({"4096", "65536", "1000000"})
  void anAsciiFileDoesNotAskTheStreamForEveryByte(int bytesARead) throws IOException {
    byte[] bytes = file(20_000, "plain").getBytes(StandardCharsets.US_ASCII);
    Trickle in = new Trickle(bytes, bytesARead);

    assertThat(names(in)).hasSize(20_002);
    // Asking a file what it has at hand costs two system calls: once a block is enough.
    assertThat(in.availableCalls).isLessThan(bytes.length / 1024 + 16);
  }

  /** Hands over at most {@code most} bytes a read, and counts how often it is asked. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final int most;
    private int at;
    int availableCalls;

    Trickle(byte[] bytes, int most) {
      this.bytes = bytes;
      this.most = most;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, most), bytes.length - at);
      System.arraycopy(bytes, at, into, offset, n);
      at += n;
      return n;
    }

    @Override
    public int available() {
      availableCalls++;
      return Math.min(most, bytes.length - at);
    }
  }
}
