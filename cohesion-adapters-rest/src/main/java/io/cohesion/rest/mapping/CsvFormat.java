package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.FieldError;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a responses CSV is written (docs/cli.md#files-from-a-spreadsheet): the character between its
 * cells and the encoding of its bytes, each either set by the user or detected from the file.
 *
 * <p>Detection is what a spreadsheet needs: Excel in Dutch saves {@code ;} between cells, decimal
 * commas and Windows-1252; its "CSV UTF-8" adds a byte order mark; LibreOffice writes {@code ;} or
 * {@code ,} and UTF-8. The separator is the first {@code ,}, {@code ;} or tab outside quotes in the
 * header line (a comma when there is none). The encoding is UTF-8 when the file starts with a byte
 * order mark; otherwise the first bytes that are not ASCII decide: UTF-8 when they are a UTF-8
 * character, Windows-1252 when they are not. Both readings agree on every byte before them, so no
 * row is read twice and a UTF-8 file costs no extra pass. A file that mixes the two is refused
 * where it changes.
 *
 * <p>Number cells take a decimal point; when the separator is not a comma they also take a decimal
 * comma ({@code 3,5}), as a spreadsheet in Dutch writes them.
 *
 * <p>Values are immutable; each {@code with…} method returns a changed copy.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class CsvFormat {
  /** The encoding of a CSV saved by Excel in Dutch (and other western European languages). */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final CsvFormat DETECTED =
      new CsvFormat(0, null, "set the separator '%s'", "set the encoding %s");

  /** The separator, or 0 to detect it. */
  private final int separator;

  /** The encoding, or null to detect it. */
  private final Charset encoding;

  private final String separatorAdvice;
  private final String encodingAdvice;

  private CsvFormat(
      int separator, Charset encoding, String separatorAdvice, String encodingAdvice) {
    this.separator = separator;
    this.encoding = encoding;
    this.separatorAdvice = separatorAdvice;
    this.encodingAdvice = encodingAdvice;
  }

  /** Separator and encoding both detected from the file. */
  public static CsvFormat detected() {
    return DETECTED;
  }

  /**
   * A copy that reads cells separated by {@code separator} instead of detecting it.
   *
   * @throws IllegalArgumentException unless it is a comma, a semicolon or a tab
   */
  public CsvFormat withSeparator(char separator) {
    if (separator != ',' && separator != ';' && separator != '\t') {
      throw new IllegalArgumentException(
          "the separator must be ',', ';' or a tab, got '" + separator + "'");
    }
    return new CsvFormat(separator, encoding, separatorAdvice, encodingAdvice);
  }

  /**
   * A copy that reads the bytes as {@code encoding} instead of detecting it.
   *
   * @throws IllegalArgumentException unless it is UTF-8 or Windows-1252 (ISO-8859-1, which
   *     Windows-1252 extends, is read as Windows-1252)
   */
  public CsvFormat withEncoding(Charset encoding) {
    Charset supported =
        encoding.equals(StandardCharsets.UTF_8)
            ? StandardCharsets.UTF_8
            : encoding.equals(WINDOWS_1252) || encoding.equals(StandardCharsets.ISO_8859_1)
                ? WINDOWS_1252
                : null;
    if (supported == null) {
      throw new IllegalArgumentException(
          "the encoding must be UTF-8 or windows-1252, got " + encoding.name());
    }
    return new CsvFormat(separator, supported, separatorAdvice, encodingAdvice);
  }

  /**
   * A copy whose messages tell the user how to set the separator and the encoding in their words:
   * each a format with one {@code %s} for the value, for example {@code "--separator '%s'"}; null
   * when it cannot be set there.
   */
  public CsvFormat advising(String separatorAdvice, String encodingAdvice) {
    return new CsvFormat(separator, encoding, separatorAdvice, encodingAdvice);
  }

  /**
   * The separator a user names: {@code ,}, {@code ;}, {@code tab} or a tab character.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static char separatorNamed(String name) {
    String text = name.equals("\t") ? name : name.strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "," -> ',';
      case ";" -> ';';
      case "tab", "\t", "\\t" -> '\t';
      default ->
          throw new IllegalArgumentException(
              "the separator must be ',', ';' or tab, got '" + name + "'");
    };
  }

  /**
   * The encoding a user names: {@code utf-8} (also {@code utf8}), {@code windows-1252} (also {@code
   * cp1252}) or {@code iso-8859-1} (read as Windows-1252), in any case.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Charset encodingNamed(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "windows-1252", "cp1252", "iso-8859-1", "latin1", "latin-1" -> WINDOWS_1252;
      default ->
          throw new IllegalArgumentException(
              "the encoding must be utf-8 or windows-1252, got '" + name + "'");
    };
  }

  /** The separator that was set. */
  Optional<Character> separator() {
    return separator == 0 ? Optional.empty() : Optional.of((char) separator);
  }

  /** The encoding that was set. */
  Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }

  /** Whether number cells also take a decimal comma: when a comma does not separate cells. */
  static boolean decimalComma(int separator) {
    return separator != ',';
  }

  /**
   * The separator of the header line that starts at {@code from}: the first comma, semicolon or tab
   * outside double quotes before the line ends; -1 when {@code bytes[from, to)} ends before any of
   * them and before the line does (more input may tell), a comma when the line holds none.
   */
  static int separatorOfHeader(byte[] bytes, int from, int to, boolean complete) {
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      byte c = bytes[i];
      if (c == '"') {
        quoted = !quoted; // a doubled quote inside quotes flips twice
      } else if (!quoted) {
        if (c == ',' || c == ';' || c == '\t') {
          return c;
        }
        if (c == '\n' || c == '\r') {
          return ',';
        }
      }
    }
    return complete ? ',' : -1;
  }

  /**
   * The encoding of a file whose first byte that is not ASCII is {@code bytes[at]}: UTF-8 when the
   * bytes from there are one well-formed UTF-8 character, Windows-1252 otherwise.
   */
  static Charset encodingAt(byte[] bytes, int at, int to) {
    int lead = bytes[at] & 0xff;
    int length;
    int min;
    int max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = lead == 0xe0 ? 0xa0 : 0x80;
      max = lead == 0xed ? 0x9f : 0xbf; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = lead == 0xf0 ? 0x90 : 0x80;
      max = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
      return WINDOWS_1252;
    }
    if (at + length > to) {
      return WINDOWS_1252;
    }
    int second = bytes[at + 1] & 0xff;
    if (second < min || second > max) {
      return WINDOWS_1252;
    }
    for (int i = at + 2; i < at + length; i++) {
      if ((bytes[i] & 0xc0) != 0x80) {
        return WINDOWS_1252;
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Whether {@code b} is one of the five bytes that Windows-1252 leaves without a character. */
  static boolean undefinedInWindows1252(byte b) {
    int u = b & 0xff;
    return u == 0x81 || u == 0x8d || u == 0x8f || u == 0x90 || u == 0x9d;
  }

  /** The name of an encoding in messages. */
  static String name(Charset encoding) {
    return encoding.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252";
  }

  /**
   * What a reader assumed, for a header that does not match: the separator and the encoding it read
   * the file with, whether each was set or detected, and what the header suggests instead.
   *
   * @param separator the separator used
   * @param encoding the encoding used, or null while nothing but ASCII was read
   * @param header the column names as read
   */
  FieldError assumption(int separator, Charset encoding, List<String> header) {
    StringBuilder reason = new StringBuilder("read as ");
    reason.append(
        switch (separator) {
          case ',' -> "comma";
          case ';' -> "semicolon";
          default -> "tab";
        });
    reason.append("-separated");
    if (encoding != null) {
      reason.append(' ').append(name(encoding));
    }
    reason.append(" (separator ").append(this.separator == 0 ? "detected" : "set");
    if (encoding == null) {
      reason.append("; the header is plain ASCII)");
    } else {
      reason.append(", encoding ").append(this.encoding == null ? "detected" : "set").append(')');
    }
    List<String> hints = new ArrayList<>();
    if (header.size() == 1) {
      for (char other : new char[] {';', ',', '\t'}) {
        if (other != separator && header.get(0).indexOf(other) >= 0) {
          String shown = other == '\t' ? "tab" : String.valueOf(other);
          hints.add(
              "the header holds '"
                  + (other == '\t' ? "\\t" : shown)
                  + "'"
                  + (other == ';' ? " (a Dutch Excel file?)" : "")
                  + (separatorAdvice == null ? "" : ": " + separatorAdvice.formatted(shown)));
          break;
        }
      }
    }
    if (WINDOWS_1252.equals(encoding) && header.stream().anyMatch(CsvFormat::looksLikeUtf8)) {
      hints.add(
          "the names look like UTF-8 read as Windows-1252"
              + (encodingAdvice == null ? "" : ": " + encodingAdvice.formatted("utf-8")));
    }
    for (String hint : hints) {
      reason.append("; ").append(hint);
    }
    return new FieldError("file", reason.toString());
  }

  /** Advice for bytes that are not UTF-8 where UTF-8 was set or detected. */
  String notUtf8Advice() {
    return encodingAdvice == null
        ? "save it as CSV UTF-8"
        : "save it as CSV UTF-8, or " + encodingAdvice.formatted("windows-1252");
  }

  /** UTF-8 bytes of an accented letter read as Windows-1252 show as Ã or Â and a symbol. */
  private static boolean looksLikeUtf8(String name) {
    for (int i = 0; i + 1 < name.length(); i++) {
      char c = name.charAt(i);
      if ((c == 'Ã' || c == 'Â') && name.charAt(i + 1) >= 0x80) {
        return true;
      }
    }
    return false;
  }
}
