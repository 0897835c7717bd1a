package io.cohesion.examples.cli;

import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.rest.mapping.ResultJson;
import io.cohesion.rest.mapping.ScaleFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Loads and initialises what {@code score} and {@code compare} will need (the JSON reader of the
 * scale file, the scoring, the JSON writer of the report and its serializers) on a thread of its
 * own, by scoring a scale of two items on three rows, while the main thread starts the command
 * line. On a machine with a free core that work then costs the command no time; the first use on
 * the main thread waits for a class that is still being initialised, and finds the rest ready.
 */
final class WarmUp {
  private static final String SCALE =
      "{\"id\": \"warm-up\", \"response\": {\"min\": 1, \"max\": 5},"
          + " \"items\": [{\"id\": \"a\"}, {\"id\": \"b\", \"reverse\": true}]}";

  private WarmUp() {}

  /** Starts the warm-up for a run with these arguments, when its command reads a scale. */
  static void startFor(String[] args) {
    if (args.length == 0 || !(args[0].equals("score") || args[0].equals("compare"))) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                run();
              } catch (RuntimeException | IOException e) {
                // not the command's concern: whatever failed here, the command meets again
              }
            },
            "warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Scores the small scale and writes its report to nowhere. */
  static void run() throws IOException {
    Scale scale =
        ScaleFile.read(new ByteArrayInputStream(SCALE.getBytes(StandardCharsets.UTF_8)), "warm-up");
    ScaleData.Builder rows = ScaleData.builder(scale, 3);
    rows.add("r1", new double[] {1, 2}, "g");
    rows.add("r2", new double[] {4, 3}, "g");
    rows.add("r3", new double[] {5, 5}, "h");
    ResultJson.write(
        ResultJson.scaleReport(ScaleScoring.score(rows.build(), SmallGroupRule.defaults())),
        Writer.nullWriter());
  }
}
