package io.cohesion.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option every analysis command shares. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "table (default: aligned columns for reading) or json (exactly one JSON document on"
              + " stdout, for programs).")
  OutputFormat format = OutputFormat.table;
}
