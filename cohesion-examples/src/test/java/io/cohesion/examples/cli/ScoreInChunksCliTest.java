package io.cohesion.examples.cli;

import static io.cohesion.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.rest.mapping.CsvFormat;
import io.cohesion.rest.mapping.FileFormatException;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.ScaleFile;
import io.cohesion.rest.mapping.ScaleResponsesCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohesion score} reads files of several megabytes in chunks on every core; what it prints
 * must be what reading the same file row by row into a builder gives: the same document, byte for
 * byte, and the same refusal.
 */
class ScoreInChunksCliTest {
  private static final int ROWS = 120_000;

  @TempDir static Path dir;
  private static Path scaleFile;
  private static Scale scale;

  @BeforeAll
  static void writeScale() throws IOException {
    scaleFile =
        Files.writeString(
            dir.resolve("scale.json"),
            """
            {"id": "chunks", "name": {"en": "Chunks", "nl": "Chunks"},
             "response": {"min": 1, "max": 5},
             "items": [
               {"id": "Q1", "text": {"nl": "een", "en": "one"}},
               {"id": "Q2", "text": {"nl": "twee", "en": "two"}, "reverse": true},
               {"id": "Q3", "text": {"nl": "drie", "en": "three"}},
               {"id": "Q4", "text": {"nl": "vier", "en": "four"}}]}
            """);
    scale = ScaleFile.read(scaleFile);
  }

  /**
   * A file of {@link #ROWS} rows: {@code header} first, then {@code row} of each row number,
   * separated by {@code sep} and ended by {@code ending}.
   */
  private static Path file(
      String name,
      String header,
      IntFunction<String> row,
      String ending,
      Charset charset,
      boolean bom)
      throws IOException {
    StringBuilder csv = new StringBuilder(bom ? "\uFEFF" : "").append(header).append(ending);
    for (int r = 0; r < ROWS; r++) {
      csv.append(row.apply(r)).append(ending);
    }
    return Files.write(dir.resolve(name), csv.toString().getBytes(charset));
  }

  /** The outcome of the command: its exit code, stdout and stderr. */
  private static String command(Path csv, String... options) {
    String[] args = new String[6 + options.length];
    System.arraycopy(
        new String[] {"score", "--scale", scaleFile.toString(), "--data", csv.toString()},
        0,
        args,
        0,
        5);
    args[5] = "--format=json";
    System.arraycopy(options, 0, args, 6, options.length);
    CliRun run = run(args);
    return run.exit() + "\n" + run.out() + run.err();
  }

  /** The same outcome from reading the file row by row into a builder. */
  private static String rowByRow(Path csv, String groupBy, CsvFormat format) throws IOException {
    ScaleResponsesCsv reader =
        ScaleResponsesCsv.forScale(scale)
            .format(format.advising("--separator '%s'", "--encoding %s")); // as the command says it
    if (groupBy != null) {
      reader = reader.groupBy(groupBy);
    }
    ScaleData.Builder builder = ScaleData.builder(scale);
    try {
      reader.read(csv, builder);
    } catch (FileFormatException e) {
      return "2\n" + "cohesion score: " + e.getMessage() + System.lineSeparator();
    }
    StringWriter out = new StringWriter();
    ResultJson.write(
        ResultJson.scaleReport(ScaleScoring.score(builder.build(), new SmallGroupRule(5))), out);
    StringBuilder progress = new StringBuilder();
    for (long n = 250_000; n <= ROWS; n += 250_000) {
      progress.append("score: ").append(n).append(" rows read").append(System.lineSeparator());
    }
    return "0\n" + out + progress;
  }

  private static String answers(SplittableRandom random, char decimal) {
    StringBuilder cells = new StringBuilder();
    for (int j = 0; j < 4; j++) {
      int kind = random.nextInt(20);
      cells
          .append(j == 0 ? "" : "\u0000")
          .append(
              kind == 0
                  ? ""
                  : kind == 1
                      ? "3" + decimal + "5"
                      : kind == 2 ? "\"4\"" : "" + (1 + random.nextInt(5)));
    }
    return cells.toString();
  }

  private static String street(SplittableRandom random) {
    int n = random.nextInt(300);
    return switch (random.nextInt(8)) {
      case 0 -> "Dorpsstraat " + n;
      case 1 -> " Kerkweg " + n + " ";
      case 2 -> "Caf\u00e9laan " + n;
      case 3 -> "\"Oost\u0000 West " + n + "\""; // a separator inside quotes
      case 4 -> "\"Twee\nregels " + n + "\"";
      case 5 -> "\"Aan \"\"het\"\" plein " + n + "\"";
      case 6 -> "";
      default -> "\"\r\n" + n + "\"";
    };
  }

  private static IntFunction<String> rows(long seed, String sep, char decimal) {
    SplittableRandom random = new SplittableRandom(seed);
    return r ->
        (r % 997 == 5
            ? "" // a blank row
            : ("p" + r + "\u0000" + street(random) + "\u0000" + answers(random, decimal))
                .replace("\u0000", sep));
  }

  @Test
  void crlfAndAByteOrderMarkAndQuotedLineBreaks() throws IOException {
    Path csv =
        file(
            "crlf.csv",
            "respondent,street,Q1,Q2,Q3,Q4",
            rows(1, ",", '.'),
            "\r\n",
            StandardCharsets.UTF_8,
            true);

    assertThat(Files.size(csv)).isGreaterThan(3L << 20);
    assertThat(command(csv, "--group-by", "street"))
        .isEqualTo(rowByRow(csv, "street", CsvFormat.detected()))
        .startsWith("0\n{");
  }

  @Test
  void semicolonsDecimalCommasAndWindows1252() throws IOException {
    Path csv =
        file(
            "dutch.csv",
            "respondent;street;Q1;Q2;Q3;Q4",
            rows(2, ";", ','),
            "\n",
            CsvFormat.WINDOWS_1252,
            false);

    assertThat(command(csv, "--group-by", "street"))
        .isEqualTo(rowByRow(csv, "street", CsvFormat.detected()))
        .startsWith("0\n{");
    assertThat(command(csv)).isEqualTo(rowByRow(csv, null, CsvFormat.detected()));
  }

  @Test
  void aMissingColumnIsTheSameHeaderError() throws IOException {
    Path csv =
        file(
            "missing.csv",
            "respondent,street,Q1,q2,Q3,Q4",
            rows(3, ",", '.'),
            "\n",
            StandardCharsets.UTF_8,
            false);

    assertThat(command(csv, "--group-by", "street"))
        .isEqualTo(rowByRow(csv, "street", CsvFormat.detected()))
        .startsWith("2\ncohesion score: " + csv + ": column Q2: missing");
  }

  @Test
  void theEarliestOfSeveralLateProblemsIsNamedAsRowByRow() throws IOException {
    IntFunction<String> good = rows(4, ",", '.');
    IntFunction<String> faulty =
        r ->
            r == 100_000
                ? "p100000,Kerkweg,1,2,3,x" // a bad cell, late in the file
                : r == 90_000
                    ? "p17,Kerkweg,1,2,3,4" // a repeated respondent, earlier
                    : r == 110_000 ? "p110000,Caf\u00e9,1,2,3,4" : good.apply(r);
    Path csv =
        file(
            "late.csv",
            "respondent,street,Q1,Q2,Q3,Q4",
            faulty,
            "\n",
            StandardCharsets.UTF_8,
            false);

    assertThat(command(csv, "--group-by", "street"))
        .isEqualTo(rowByRow(csv, "street", CsvFormat.detected()))
        .contains("row 90002: respondent 'p17' appears more than once");
  }

  @Test
  void aFileThatChangesItsEncodingLateIsRefusedAsRowByRow() throws IOException {
    IntFunction<String> good = rows(5, ",", '.');
    Path utf8 =
        file(
            "mixed.csv",
            "respondent,street,Q1,Q2,Q3,Q4",
            r -> r == 115_000 ? "p115000,\u00ff\u00fe,1,2,3,4" : good.apply(r),
            "\n",
            StandardCharsets.UTF_8,
            false);
    byte[] bytes = Files.readAllBytes(utf8);
    // Turn the late UTF-8 "ÿþ" into two Windows-1252 bytes, both halves of the file readable alone.
    for (int i = bytes.length - 1; i > 0; i--) {
      if (bytes[i - 1] == (byte) 0xc3 && bytes[i] == (byte) 0xbf) {
        bytes[i - 1] = (byte) 0xff;
        bytes[i] = (byte) 0xfe;
        break;
      }
    }
    Path csv = Files.write(dir.resolve("mixed-bytes.csv"), bytes);

    assertThat(command(csv, "--group-by", "street"))
        .isEqualTo(rowByRow(csv, "street", CsvFormat.detected()))
        .contains("the file is not UTF-8 throughout");
  }
}
