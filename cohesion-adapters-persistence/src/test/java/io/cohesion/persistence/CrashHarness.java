package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link CrashWriter} in a child JVM, kills it with SIGKILL after a random short time, and
 * returns the respondents it acknowledged before it died.
 */
final class CrashHarness {
  private CrashHarness() {}

  record Outcome(List<String> acknowledged, long seed) {}

  static Outcome runAndKill(Path workDir, String... args) throws Exception {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashWriter.class.getName());
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(workDir, "child-", ".err");
    // The child's acknowledgements go to a file, not a pipe: killing a child through Process
    // closes the parent's end of its pipes, which would drop lines the child wrote but the parent
    // had not read yet. A file keeps every line the child wrote before it died.
    Path stdout = Files.createTempFile(workDir, "child-", ".out");
    Process child =
        new ProcessBuilder(command)
            .redirectError(stderr.toFile())
            .redirectOutput(stdout.toFile())
            .redirectInput(new File("/dev/null"))
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (acknowledgements(stdout).size() < 5) {
      if (System.nanoTime() > deadline || !child.isAlive()) {
        child.destroyForcibly();
        throw new AssertionError(
            "the child never acknowledged a response: " + Files.readString(stderr));
      }
      Thread.sleep(20);
    }
    Thread.sleep(50 + random.nextInt(1000));
    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing, no closing
    if (!child.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the child did not die within 30 s");
    }
    List<String> acknowledged = acknowledgements(stdout);
    return new Outcome(List.copyOf(acknowledged), seed);
  }

  private static List<String> acknowledgements(Path stdout) throws IOException {
    List<String> acknowledged = new ArrayList<>();
    String[] lines = Files.readString(stdout, StandardCharsets.UTF_8).split("\n", -1);
    // The last piece is empty or a line cut by the kill: only whole lines count.
    for (int i = 0; i < lines.length - 1; i++) {
      String[] parts = lines[i].split(" ");
      if (parts.length == 3 && parts[0].equals("ACK")) {
        acknowledged.add(parts[2]);
      }
    }
    return acknowledged;
  }

  /** Checks that every acknowledged respondent is stored exactly once. */
  static void assertAllStoredOnce(Stores stores, WishMapId wishMap, Outcome outcome) {
    Map<String, Integer> stored = new HashMap<>();
    for (WishMapResponse response : stores.wishMapResponses().responses(wishMap)) {
      stored.merge(response.respondent().value(), 1, Integer::sum);
    }
    assertThat(outcome.acknowledged())
        .as("acknowledged before the kill (seed %d)", outcome.seed())
        .isNotEmpty()
        .allSatisfy(respondent -> assertThat(stored).containsEntry(respondent, 1));
    assertThat(stored.values()).as("no response stored twice").allMatch(n -> n == 1);
    // At most the one submission in flight at the kill may be stored without an acknowledgement.
    assertThat(stored.size())
        .isBetween(outcome.acknowledged().size(), outcome.acknowledged().size() + 1);
    assertThat(stores.wishMapResponses().export(new Pseudonym(outcome.acknowledged().get(0))))
        .containsKey(wishMap);
  }
}
