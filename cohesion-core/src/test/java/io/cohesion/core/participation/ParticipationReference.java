package io.cohesion.core.participation;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.Reference;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The data sets and figures of {@code src/test/r/participation.R}. */
final class ParticipationReference {

  static final JsonNode JSON = Reference.json("participation.json");

  private ParticipationReference() {}

  /** A wish map whose segment columns are {@code columns}, declared when {@code declared}. */
  static WishMap wishMap(Map<String, List<String>> columns, boolean declared) {
    List<SegmentColumn> declarations = new ArrayList<>();
    if (declared) {
      columns.forEach(
          (column, codes) ->
              declarations.add(
                  new SegmentColumn(
                      column, Text.of(column), codes.stream().map(Value::of).toList())));
    }
    return new WishMap(
        new WishMapId("participation"),
        List.of(Value.of("contact"), Value.of("safety"), Value.of("green")),
        new ResponseRange(1, 5),
        Optional.empty(),
        3,
        List.copyOf(columns.keySet()),
        Mobilisation.none(),
        declarations);
  }

  /** The wish map answers of a reference CSV: respondent, willingness and segment columns. */
  static List<WishMapResponse> answers(String file) {
    try (InputStream in = ParticipationReference.class.getResourceAsStream("/reference/" + file);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = Arrays.asList(reader.readLine().split(",", -1));
      List<WishMapResponse> answers = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        Map<String, String> segments = new HashMap<>();
        OptionalInt willingness = OptionalInt.empty();
        String respondent = null;
        for (int c = 0; c < cells.length; c++) {
          String column = header.get(c);
          if (column.equals("respondent")) {
            respondent = cells[c];
          } else if (column.equals("willingness")) {
            willingness =
                cells[c].isEmpty()
                    ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(cells[c]));
          } else if (!cells[c].isEmpty()) {
            segments.put(column, cells[c]);
          }
        }
        answers.add(
            new WishMapResponse(
                Pseudonym.typed(respondent),
                Map.of(),
                Map.of(),
                List.of(),
                segments,
                Set.of(),
                willingness,
                List.of()));
      }
      return answers;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
