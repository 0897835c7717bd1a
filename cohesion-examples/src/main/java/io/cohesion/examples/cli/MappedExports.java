package io.cohesion.examples.cli;

import io.cohesion.rest.mapping.MappedResponsesCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An existing survey's export read through its mapping file by a command that analyses it without
 * storing it: every problem is listed as {@code import} lists it, with its row and column.
 */
final class MappedExports {
  private MappedExports() {}

  /**
   * Reads an export through its mapping; its problems are printed on stderr, each with the export,
   * its row and its column, and added to {@code problems}.
   */
  static <R> List<R> read(
      MappedResponsesCsv<R> reader,
      Path export,
      List<MappedResponsesCsv.Problem> problems,
      PrintWriter err)
      throws IOException {
    MappedResponsesCsv.Reading<R> reading;
    try (InputStream in = Files.newInputStream(export)) {
      reading = reader.read(in, export.toString());
    }
    for (MappedResponsesCsv.Problem problem : reading.problems()) {
      err.printf(Locale.ROOT, "%s: %s: %s%n", export, problem.where(), problem.reason());
    }
    if (reading.unlisted() > 0) {
      err.printf(
          Locale.ROOT,
          "%s: %d more problems are not listed; fix these first%n",
          export,
          reading.unlisted());
    }
    if (!reading.problems().isEmpty()) {
      long rows =
          reading.problems().stream()
              .mapToLong(MappedResponsesCsv.Problem::row)
              .filter(r -> r > 1)
              .distinct()
              .count();
      err.printf(Locale.ROOT, "%s: %d of %d rows have problems%n", export, rows, reading.rows());
    }
    err.flush();
    problems.addAll(reading.problems());
    return reading.responses();
  }
}
