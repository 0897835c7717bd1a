package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WishMapResponsesCsvTest {

  private static final WishMap MAP =
      new WishMap(
          new WishMapId("village"),
          List.of(Value.of("contact"), Value.of("safety"), Value.of("green")),
          new ResponseRange(1, 5),
          Optional.of(new ResponseRange(1, 5)),
          2,
          List.of("household"),
          Mobilisation.none());

  private static final WishMap WITHOUT_SATISFACTION =
      WishMap.of(
          new WishMapId("plain"),
          List.of(Value.of("contact"), Value.of("safety"), Value.of("green")),
          new ResponseRange(1, 5));

  private static final String HEADER =
      "respondent,household,imp.contact,imp.safety,imp.green,sat.contact,sat.safety,sat.green,"
          + "top1,top2,networks,willingness,wish,comment\n";

  private final List<WishMapResponse> responses = new ArrayList<>();

  private long read(WishMap map, String csv) throws IOException {
    return WishMapResponsesCsv.forWishMap(map)
        .read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            "answers.csv",
            responses::add);
  }

  private FileFormatException failure(WishMap map, String csv) {
    return catchThrowableOfType(FileFormatException.class, () -> read(map, csv));
  }

  @Test
  void readsEveryKindOfColumn() throws IOException {
    long n =
        read(
            MAP,
            HEADER
                + "r1,young_parents,5,3,4,2,4,4.5,contact,green,play-week; football ;,4,More"
                + " benches,ignored\n"
                + "r2,,4,,1,,,,safety,,,,,\n");

    assertThat(n).isEqualTo(2);
    assertThat(responses.get(0))
        .isEqualTo(
            new WishMapResponse(
                new Pseudonym("r1"),
                Map.of("contact", 5.0, "safety", 3.0, "green", 4.0),
                Map.of("contact", 2.0, "safety", 4.0, "green", 4.5),
                List.of("contact", "green"),
                Map.of("household", "young_parents"),
                Set.of("play-week", "football"),
                OptionalInt.of(4),
                List.of("More benches")));
    assertThat(responses.get(1))
        .isEqualTo(
            new WishMapResponse(
                new Pseudonym("r2"),
                Map.of("contact", 4.0, "green", 1.0),
                Map.of(),
                List.of("safety"),
                Map.of(),
                Set.of(),
                OptionalInt.empty(),
                List.of()));
  }

  @Test
  void aRowWithoutARespondentIsKnownByItsRowNumber() throws IOException {
    read(WITHOUT_SATISFACTION, "imp.contact,imp.safety,imp.green\n\n1,2,3\n");

    assertThat(responses).extracting(r -> r.respondent().value()).containsExactly("row 3");
  }

  @Test
  void unknownValueCodesInColumnsAreNamed() {
    FileFormatException e =
        failure(
            WITHOUT_SATISFACTION,
            "imp.contact,imp.safety,imp.green,imp.xyz,sat.contact,top4,top0,notes\n");

    assertThat(e.errors())
        .extracting(FieldError::toString)
        .containsExactly(
            "column imp.xyz: unknown value code 'xyz'; the wish map has contact, safety, green",
            "column sat.contact: wish map plain has no satisfaction scale, so it takes no sat."
                + " columns",
            "column top4: wish map plain asks for 3 top choices (top1…top3)",
            "column top0: wish map plain asks for 3 top choices (top1…top3)");
  }

  @Test
  void missingValueAndSegmentColumnsAreNamed() {
    FileFormatException e = failure(MAP, "imp.contact,sat.contact,imp.Safety\n");

    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactly(
            "column imp.Safety",
            "column imp.safety",
            "column sat.safety",
            "column imp.green",
            "column sat.green",
            "column household",
            "file");
    assertThat(e.getMessage()).contains("(the header has 'imp.Safety'; names are case-sensitive)");
    assertThat(e.errors().get(6).reason())
        .isEqualTo("read as comma-separated (separator detected; the header is plain ASCII)");
  }

  @Test
  void aBadCellNamesItsRowAndColumn() {
    String rows = HEADER + "r1,,5,3,4,2,4,4,contact,,,,,\n" + "r2,,5,3,4,2,7,4,contact,,,,,\n";

    assertThat(failure(MAP, rows))
        .hasMessage("answers.csv: row 3, column sat.safety: must be within 1–5, got 7");
  }

  @Test
  void topChoicesMustBeKnownAndDistinct() {
    assertThat(failure(MAP, HEADER + "r1,,5,3,4,2,4,4,contact,parking,,,,\n"))
        .hasMessage(
            "answers.csv: row 2, column top2: unknown value code 'parking'; the wish map has"
                + " contact, safety, green");
    assertThat(failure(MAP, HEADER + "r1,,5,3,4,2,4,4,green,green,,,,\n"))
        .hasMessage("answers.csv: row 2, column top2: 'green' is already top choice 1");
  }

  @Test
  void willingnessIsAWholeNumberFromOneToFive() {
    assertThat(failure(MAP, HEADER + "r1,,5,3,4,2,4,4,,,,3.5,,\n"))
        .hasMessage(
            "answers.csv: row 2, column willingness: must be a whole number from 1 to 5, got 3.5");
    assertThat(failure(MAP, HEADER + "r1,,5,3,4,2,4,4,,,,6,,\n"))
        .hasMessageContaining("column willingness");
  }

  @Test
  void aDecimalCommaIsExplained() {
    assertThat(failure(MAP, HEADER + "r1,,\"4,5\",3,4,2,4,4,,,,,,\n"))
        .hasMessage(
            "answers.csv: row 2, column imp.contact: not a number: '4,5' (write decimals with a"
                + " point, as in 4.5)");
  }
}
