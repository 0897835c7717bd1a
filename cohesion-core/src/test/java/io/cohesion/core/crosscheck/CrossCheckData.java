package io.cohesion.core.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The data sets of {@code src/test/r/crosscheck.R}, read from the test class path folder {@code
 * /crosscheck/} with a reader just large enough for the files R wrote (no quoted cells). The
 * command line reads the same files with the real parsers (cohesion-examples).
 */
public final class CrossCheckData {

  /** The class path folder of the files. */
  public static final String FOLDER = "/crosscheck/";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CrossCheckData() {}

  /** The cases of {@code expected.json}. */
  public static List<JsonNode> cases() {
    List<JsonNode> cases = new ArrayList<>();
    expected().get("cases").forEach(cases::add);
    return cases;
  }

  /** The whole {@code expected.json}. */
  public static JsonNode expected() {
    try (InputStream in = open("expected.json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a file of the folder. */
  public static InputStream open(String file) {
    InputStream in = CrossCheckData.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("no test resource " + FOLDER + file);
    }
    return in;
  }

  /** A scale file (docs/cli.md). */
  public static Scale scale(String file) {
    JsonNode node = json(file);
    List<Item> items = new ArrayList<>();
    for (JsonNode item : node.get("items")) {
      String id = item.get("id").asText();
      items.add(new Item(id, Text.of(id), item.get("reverse").asBoolean()));
    }
    return new Scale(
        new ScaleId(node.get("id").asText()),
        Text.of(node.get("id").asText()),
        range(node.get("response")),
        node.get("minAnswered").asInt(),
        items);
  }

  /** A wish map file (docs/cli.md). */
  public static WishMap wishMap(String file) {
    JsonNode node = json(file);
    List<Value> values = new ArrayList<>();
    for (JsonNode value : node.get("values")) {
      values.add(new Value(value.get("code").asText(), Text.of(value.get("code").asText())));
    }
    List<String> segments = new ArrayList<>();
    node.get("segments").forEach(s -> segments.add(s.asText()));
    List<String> networks = new ArrayList<>();
    JsonNode mobilisation = node.get("mobilisation");
    if (mobilisation != null) {
      mobilisation.get("networks").forEach(s -> networks.add(s.asText()));
    }
    return new WishMap(
        new WishMapId(node.get("id").asText()),
        values,
        range(node.get("importanceScale")),
        Optional.ofNullable(node.get("satisfactionScale")).map(CrossCheckData::range),
        node.get("topChoices").asInt(),
        segments,
        new Mobilisation(List.of(), networks, List.of(), List.of()));
  }

  /** A scale's responses CSV as scale data, grouped by {@code groupColumn} (or not, for null). */
  public static ScaleData scaleData(Scale scale, String file, String groupColumn) {
    Csv csv = Csv.read(file);
    ScaleData.Builder builder = ScaleData.builder(scale);
    double[] answers = new double[scale.size()];
    for (String[] row : csv.rows) {
      for (int j = 0; j < scale.size(); j++) {
        answers[j] = number(csv.cell(row, scale.items().get(j).id()));
      }
      builder.add(
          csv.cellOrNull(row, "respondent"),
          answers,
          groupColumn == null ? null : csv.cellOrNull(row, groupColumn));
    }
    return builder.build();
  }

  /** A wish map's responses CSV. */
  public static List<WishMapResponse> responses(WishMap map, String file) {
    Csv csv = Csv.read(file);
    List<WishMapResponse> responses = new ArrayList<>();
    for (String[] row : csv.rows) {
      Map<String, Double> importance = new HashMap<>();
      Map<String, Double> satisfaction = new HashMap<>();
      for (Value value : map.values()) {
        put(importance, value.code(), csv.cell(row, "imp." + value.code()));
        if (map.satisfactionScale().isPresent()) {
          put(satisfaction, value.code(), csv.cell(row, "sat." + value.code()));
        }
      }
      List<String> top = new ArrayList<>();
      for (int p = 1; p <= map.topChoices(); p++) {
        String choice = csv.cellOrNull(row, "top" + p);
        if (choice != null) {
          top.add(choice);
        }
      }
      Map<String, String> segments = new HashMap<>();
      for (String column : map.segments()) {
        String segment = csv.cellOrNull(row, column);
        if (segment != null) {
          segments.put(column, segment);
        }
      }
      Set<String> networks = new LinkedHashSet<>();
      String named = csv.cellOrNull(row, "networks");
      if (named != null) {
        for (String network : named.split(";")) {
          if (!network.isBlank()) {
            networks.add(network.strip());
          }
        }
      }
      responses.add(
          map.validate(
              new WishMapResponse(
                  new Pseudonym(csv.cell(row, "respondent")),
                  importance,
                  satisfaction,
                  top,
                  segments,
                  networks,
                  OptionalInt.empty(),
                  List.of())));
    }
    return responses;
  }

  private static void put(Map<String, Double> answers, String code, String cell) {
    double answer = number(cell);
    if (!Double.isNaN(answer)) {
      answers.put(code, answer);
    }
  }

  private static double number(String cell) {
    return cell.isBlank() ? Double.NaN : Double.parseDouble(cell.strip());
  }

  private static ResponseRange range(JsonNode node) {
    return new ResponseRange(node.get("min").asDouble(), node.get("max").asDouble());
  }

  private static JsonNode json(String file) {
    try (InputStream in = open(file)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV without quoted cells: the header and the rows, cells split on commas. */
  private record Csv(List<String> header, List<String[]> rows) {
    static Csv read(String file) {
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
        List<String> header = Arrays.asList(reader.readLine().split(",", -1));
        List<String[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.contains("\"")) {
            throw new IllegalStateException(file + " has a quoted cell, which this reader skips");
          }
          String[] cells = line.split(",", -1);
          if (cells.length != header.size()) {
            throw new IllegalStateException(file + ": a row of " + cells.length + " cells");
          }
          rows.add(cells);
        }
        return new Csv(header, rows);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String cell(String[] row, String column) {
      int index = header.indexOf(column);
      if (index < 0) {
        throw new IllegalStateException("no column " + column + " in " + header);
      }
      return row[index];
    }

    String cellOrNull(String[] row, String column) {
      if (!header.contains(column)) {
        return null;
      }
      String cell = cell(row, column).strip();
      return cell.isEmpty() ? null : cell;
    }
  }
}
