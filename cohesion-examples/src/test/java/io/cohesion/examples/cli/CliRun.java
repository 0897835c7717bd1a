package io.cohesion.examples.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of the command line in this process: its exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {
  private static final ObjectReader ONE_DOCUMENT =
      new ObjectMapper()
          .readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CohesionCli.newCommandLine(args);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Stdout read as exactly one JSON document; anything after it fails the read. */
  JsonNode json() {
    try {
      return ONE_DOCUMENT.readValue(out);
    } catch (IOException e) {
      throw new UncheckedIOException("stdout is not one JSON document:\n" + out, e);
    }
  }

  /** A file of the test resources next to this class, as a path string. */
  static String fixture(String name) {
    try {
      return Path.of(CliRun.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test resource " + name, e);
    }
  }
}
