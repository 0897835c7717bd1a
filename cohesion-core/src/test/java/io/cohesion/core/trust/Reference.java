package io.cohesion.core.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reference figures and data sets written by {@code src/test/r/reference.R}, read from the test
 * class path.
 */
public final class Reference {

  private static final String FOLDER = "/reference/";
  private static JsonNode expected;

  private Reference() {}

  /** The whole {@code expected.json}. */
  public static synchronized JsonNode expected() {
    if (expected == null) {
      try (InputStream in = open("expected.json")) {
        expected = new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return expected;
  }

  /** Another JSON file of the reference folder, such as {@code single-item.json}. */
  public static JsonNode json(String file) {
    try (InputStream in = open(file)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A scale as the JSON describes it: {@code {id, min, max, minAnswered, items:[{id, reverse}]}}.
   */
  public static Scale scale(JsonNode node) {
    List<Item> items = new ArrayList<>();
    for (JsonNode item : node.get("items")) {
      String id = item.get("id").asText();
      items.add(new Item(id, Text.of(id), item.get("reverse").asBoolean()));
    }
    return new Scale(
        new ScaleId(node.get("id").asText()),
        Text.of(node.get("id").asText()),
        new ResponseRange(node.get("min").asDouble(), node.get("max").asDouble()),
        node.get("minAnswered").asInt(),
        items);
  }

  /**
   * Reads a reference CSV (no quoting, empty cell = missing) into scale data.
   *
   * @param file the file name in the reference folder
   * @param scale the scale whose items are columns of the file
   * @param groupColumn the grouping column, or null
   */
  public static ScaleData data(String file, Scale scale, String groupColumn) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      List<String> header = Arrays.asList(reader.readLine().split(",", -1));
      int[] itemColumns = new int[scale.size()];
      for (int j = 0; j < scale.size(); j++) {
        itemColumns[j] = header.indexOf(scale.items().get(j).id());
        if (itemColumns[j] < 0) {
          throw new IllegalStateException(file + " has no column " + scale.items().get(j).id());
        }
      }
      int respondentColumn = header.indexOf("respondent");
      int groupIndex = groupColumn == null ? -1 : header.indexOf(groupColumn);
      ScaleData.Builder builder = ScaleData.builder(scale);
      double[] answers = new double[scale.size()];
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        for (int j = 0; j < answers.length; j++) {
          String cell = cells[itemColumns[j]];
          answers[j] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        }
        String group = groupIndex < 0 || cells[groupIndex].isEmpty() ? null : cells[groupIndex];
        builder.add(cells[respondentColumn], answers, group);
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number of the JSON; {@code null} stands for an undefined figure (NaN). */
  public static double number(JsonNode node) {
    return node == null || node.isNull() ? Double.NaN : node.asDouble();
  }

  private static InputStream open(String file) {
    InputStream in = Reference.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("missing reference file " + file);
    }
    return in;
  }
}
