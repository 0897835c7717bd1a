package io.cohesion.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ScaleData#ofColumns} against adding the same rows one by one to a builder. */
class ScaleDataOfColumnsTest {

  private static final Scale SCALE = ScaleDataTest.scale(2);
  private static final int K = SCALE.size();

  /** Columns as a reader fills them: raw answers, pseudonyms and group indices into keys. */
  private record Columns(
      int rows, double[] answers, String[] respondents, int[] groupOf, String[] keys) {

    ScaleData viaBuilder() {
      ScaleData.Builder builder = ScaleData.builder(SCALE);
      for (int row = 0; row < rows; row++) {
        builder.add(
            respondents[row],
            Arrays.copyOfRange(answers, row * K, row * K + K),
            groupOf[row] < 0 ? null : keys[groupOf[row]]);
      }
      return builder.build();
    }

    ScaleData viaColumns() {
      return ScaleData.ofColumns(
          SCALE, rows, answers.clone(), respondents.clone(), groupOf.clone(), keys.clone());
    }
  }

  private static Columns random(SplittableRandom random, int rows, int faults) {
    double[] answers = new double[rows * K];
    String[] respondents = new String[rows];
    int[] groupOf = new int[rows];
    List<String> keys = new ArrayList<>();
    int groups = 1 + random.nextInt(40);
    for (int g = 0; g < groups; g++) {
      keys.add("g" + random.nextInt(1_000) + "-" + g);
    }
    keys.add("nobody"); // a key no row has
    for (int row = 0; row < rows; row++) {
      for (int j = 0; j < K; j++) {
        answers[row * K + j] = random.nextInt(8) == 0 ? Double.NaN : 1 + random.nextInt(9) / 2.0;
      }
      respondents[row] = random.nextInt(10) == 0 ? null : "p" + row;
      groupOf[row] = random.nextInt(7) == 0 ? -1 : random.nextInt(groups);
    }
    for (int f = 0; f < faults; f++) {
      int row = random.nextInt(rows);
      switch (random.nextInt(4)) {
        case 0 -> answers[row * K + random.nextInt(K)] = random.nextBoolean() ? 0 : 6;
        case 1 -> respondents[row] = random.nextBoolean() ? " " : "tab\there";
        case 2 -> respondents[row] = "p" + random.nextInt(rows); // maybe a repeat
        default -> respondents[row] = respondents[random.nextInt(rows)];
      }
    }
    return new Columns(rows, answers, respondents, groupOf, keys.toArray(new String[0]));
  }

  private static List<Object> figures(ScaleData data) {
    List<Object> figures = new ArrayList<>();
    figures.add(data.size());
    figures.add(data.groups());
    for (int row = 0; row < data.size(); row++) {
      figures.add(data.respondent(row));
      figures.add(data.group(row));
      for (int j = 0; j < K; j++) {
        figures.add(data.keyedAnswer(row, j));
      }
    }
    return figures;
  }

  private static String outcome(java.util.function.Supplier<ScaleData> build) {
    try {
      return figures(build.get()).toString();
    } catch (IllegalArgumentException refused) {
      return "refused: " + refused.getMessage();
    }
  }

  @Test
  void buildsWhatTheBuilderBuildsAndRefusesTheRowItRefuses() {
    SplittableRandom random = new SplittableRandom(2718);
    int refused = 0;
    for (int test = 0; test < 300; test++) {
      int rows = random.nextInt(12) == 0 ? 1 + random.nextInt(100_000) : random.nextInt(200);
      int faults = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
      Columns columns = random(random, Math.max(rows, 1), faults);

      String expected = outcome(columns::viaBuilder);
      assertThat(outcome(columns::viaColumns)).isEqualTo(expected);
      if (expected.startsWith("refused")) {
        refused++;
      }
    }
    assertThat(refused).isBetween(30, 150);
  }

  @Test
  void findsTheFirstRepeatedPseudonymAcrossChunks() {
    SplittableRandom random = new SplittableRandom(1);
    Columns columns = random(random, 200_000, 0);
    columns.respondents()[150_000] =
        columns.respondents()[3] == null ? "x" : columns.respondents()[3];
    columns.respondents()[3] = columns.respondents()[150_000];
    columns.respondents()[199_999] = columns.respondents()[70_000] = "twice";

    IllegalArgumentException refused =
        catchThrowableOfType(IllegalArgumentException.class, columns::viaColumns);

    assertThat(refused)
        .hasMessage("respondent '" + columns.respondents()[3] + "' appears more than once");
    columns.respondents()[150_000] = "once";
    assertThat(catchThrowableOfType(IllegalArgumentException.class, columns::viaColumns))
        .hasMessage("respondent 'twice' appears more than once");
  }

  @Test
  void pseudonymsWithTheSameHashAreNotRepeats() {
    SplittableRandom random = new SplittableRandom(3);
    Columns columns = random(random, 100_000, 0);
    // "Aa" and "BB" have the same String hash; so do "AaAa", "AaBB", "BBAa" and "BBBB".
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    String[] sameHash = {"AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB"};
    for (int i = 0; i < sameHash.length; i++) {
      columns.respondents()[10_000 * (i + 1)] = sameHash[i];
    }
    String[] respondents = columns.respondents();
    java.util.Set<String> seen = new java.util.HashSet<>();
    boolean repeated = false;
    for (String respondent : respondents) {
      repeated |= respondent != null && !seen.add(respondent);
    }
    assertThat(repeated).as("the random rows repeat no pseudonym").isFalse();

    assertThat(columns.viaColumns().size()).isEqualTo(100_000);

    columns.respondents()[90_000] = "BBAa";
    assertThat(catchThrowableOfType(IllegalArgumentException.class, columns::viaColumns))
        .hasMessage("respondent 'BBAa' appears more than once");
  }

  @Test
  void takesTheArraysOverAndLeavesOutKeysNoRowHas() {
    double[] answers = {1, 2, 3, 4, 5, Double.NaN};
    ScaleData data =
        ScaleData.ofColumns(
            SCALE,
            2,
            answers,
            new String[] {"a", null},
            new int[] {1, -1},
            new String[] {"z", "b"});

    assertThat(data.groups()).containsExactly("b");
    assertThat(data.keyedAnswer(0, 1)).isEqualTo(4); // 2 reversed on 1–5
    assertThat(data.group(1)).isEmpty();
    assertThat(data.respondent(1)).isEmpty();
  }
}
