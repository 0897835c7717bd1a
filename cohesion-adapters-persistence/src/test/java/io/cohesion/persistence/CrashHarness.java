package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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
    Process child =
        new ProcessBuilder(command)
            .redirectError(stderr.toFile())
            .redirectInput(new File("/dev/null"))
            .start();
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    CountDownLatch ready = new CountDownLatch(1);
    CountDownLatch firstAcks = new CountDownLatch(5);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  if (line.equals("READY")) {
                    ready.countDown();
                  } else if (line.startsWith("ACK ")) {
                    acknowledged.add(line.split(" ")[2]);
                    firstAcks.countDown();
                  }
                }
              } catch (IOException e) {
                // The child died mid-line: what was read before counts.
              }
            });
    reader.start();
    if (!ready.await(60, TimeUnit.SECONDS) || !firstAcks.await(60, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError(
          "the child never acknowledged a response: " + Files.readString(stderr));
    }
    Thread.sleep(50 + random.nextInt(1000));
    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing, no closing
    child.waitFor(30, TimeUnit.SECONDS);
    reader.join(10_000);
    return new Outcome(List.copyOf(acknowledged), seed);
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
