package io.cohesion.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Writes a wish map and a responses CSV of any size for {@code cohesion import}: the wish map
 * {@code national-wish-map} (six values rated for importance and satisfaction on 1–5, three top
 * choices, a household segment column with four declared values) to {@code wish-map.json}, and
 * {@code responses.csv} with one row per respondent, each under 64 random hex digits as the HMAC
 * pseudonymiser gives them, about one answer in twenty missing. A fixed seed makes every run write
 * the same files.
 *
 * <p>Arguments: the directory and the number of rows, for example {@code /tmp/national 1000000}.
 */
public final class WishMapCsv {
  private static final String[] CODES = {
    "contact", "youth", "green", "energy", "safety", "culture"
  };
  private static final String[] HOUSEHOLDS = {"young_parents", "elderly", "students", "families"};

  private WishMapCsv() {}

  /** Writes both files; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: WishMapCsv DIRECTORY ROWS");
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    long rows = Long.parseLong(args[1]);
    Files.writeString(dir.resolve("wish-map.json"), definition(), StandardCharsets.UTF_8);
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve("responses.csv"), StandardCharsets.UTF_8)) {
      write(out, rows);
    }
    System.out.printf("%s: wish-map.json and responses.csv with %d rows%n", dir, rows);
  }

  private static String definition() {
    StringBuilder json = new StringBuilder("{\"id\":\"national-wish-map\",\"values\":[");
    for (int i = 0; i < CODES.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(CODES[i]).append("\"}");
    }
    json.append(
        "],\"importanceScale\":{\"min\":1,\"max\":5},\"satisfactionScale\":{\"min\":1,\"max\":5},"
            + "\"topChoices\":3,\"segments\":[{\"column\":\"household\",\"values\":[");
    for (int i = 0; i < HOUSEHOLDS.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(HOUSEHOLDS[i]).append("\"}");
    }
    return json.append("]}]}\n").toString();
  }

  private static void write(BufferedWriter out, long rows) throws IOException {
    SplittableRandom random = new SplittableRandom(20240917L);
    HexFormat hex = HexFormat.of();
    StringBuilder line = new StringBuilder("respondent");
    for (String code : CODES) {
      line.append(",imp.").append(code);
    }
    for (String code : CODES) {
      line.append(",sat.").append(code);
    }
    out.write(line.append(",top1,top2,top3,household,networks,willingness\n").toString());
    byte[] pseudonym = new byte[32];
    for (long r = 0; r < rows; r++) {
      line.setLength(0);
      for (int b = 0; b < pseudonym.length; b += 8) {
        long bits = random.nextLong();
        for (int i = 0; i < 8; i++) {
          pseudonym[b + i] = (byte) (bits >>> (8 * i));
        }
      }
      line.append(hex.formatHex(pseudonym));
      for (int c = 0; c < 2 * CODES.length; c++) {
        line.append(',');
        if (random.nextInt(20) != 0) {
          line.append(1 + random.nextInt(5));
        }
      }
      int first = random.nextInt(CODES.length);
      int second = (first + 1 + random.nextInt(CODES.length - 1)) % CODES.length;
      line.append(',').append(CODES[first]).append(',').append(CODES[second]).append(',');
      line.append(',').append(HOUSEHOLDS[random.nextInt(HOUSEHOLDS.length)]);
      line.append(',').append(random.nextInt(3) == 0 ? "play-week;choir" : "play-week");
      line.append(',').append(1 + random.nextInt(5)).append('\n');
      out.write(line.toString());
    }
  }
}
