package io.cohesion.examples.cli;

import io.cohesion.rest.mapping.CsvFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --separator} and {@code --encoding} options of the commands that read a responses CSV
 * (docs/cli.md#files-from-a-spreadsheet); without them both are detected from the file.
 */
final class CsvOptions {
  @Option(
      names = "--separator",
      paramLabel = "CHAR",
      description =
          "The character between cells: ',', ';' or tab (default: the first of them in the"
              + " header line). With ';' or tab, numbers may have a decimal comma.")
  String separator;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description =
          "The encoding of the CSV: utf-8 or windows-1252 (default: UTF-8 with a byte order"
              + " mark; otherwise the first accented letter decides).")
  String encoding;

  /** The format of the responses CSV, with messages that name these options. */
  CsvFormat format(CommandSpec spec) {
    CsvFormat format = CsvFormat.detected().advising("--separator '%s'", "--encoding %s");
    try {
      if (separator != null) {
        format = format.withSeparator(CsvFormat.separatorNamed(separator));
      }
      if (encoding != null) {
        format = format.withEncoding(CsvFormat.encodingNamed(encoding));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage().substring(4));
    }
    return format;
  }
}
