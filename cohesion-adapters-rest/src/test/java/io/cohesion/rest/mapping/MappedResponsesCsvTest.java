package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
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
import org.junit.jupiter.api.Test;

class MappedResponsesCsvTest {

  private static final WishMap MAP =
      new WishMap(
          new WishMapId("village"),
          List.of(Value.of("contact"), Value.of("green")),
          new ResponseRange(1, 5),
          Optional.of(new ResponseRange(1, 5)),
          2,
          List.of("household"),
          Mobilisation.none(),
          List.of(
              new SegmentColumn(
                  "household",
                  Text.of("household"),
                  List.of(Value.of("single"), Value.of("young_parents")))));

  private static final WishMap GRADES =
      new WishMap(
          new WishMapId("grades"),
          List.of(Value.of("shop"), Value.of("green")),
          Optional.empty(),
          Optional.of(new ResponseRange(1, 5)),
          1,
          List.of(),
          Mobilisation.none());

  /** A LimeSurvey-like mapping of MAP. */
  private static final String MAPPING =
      """
      {"columns": [
         {"column": "id", "to": "respondent"},
         {"column": "G01Q01[SQ001]", "to": "imp.contact", "answers": "belang"},
         {"column": "G01Q01[SQ002]", "to": "imp.green", "answers": "belang"},
         {"column": "G02Q01[SQ001]", "to": "sat.contact", "answers": "tevreden"},
         {"column": "G02Q01[SQ002]", "to": "sat.green", "answers": "tevreden"},
         {"column": "G03Q01[1]", "to": "top1", "answers": {"Contact": "contact", "Groen": "green"}},
         {"column": "G03Q01[2]", "to": "top2", "answers": {"Contact": "contact", "Groen": "green"}},
         {"column": "G04Q01", "to": "household",
          "answers": {"Alleenstaand": "single", "Gezin met jonge kinderen": "young_parents",
                      "Zeg ik liever niet": null}},
         {"column": "G05Q01", "to": "networks", "split": ";",
          "answers": {"dorpshuis": "village_hall", "voetbal": "football"}},
         {"column": "G06Q01", "to": "willingness"},
         {"column": "G07Q01", "to": "wish"}],
       "answers": {
         "belang": {"helemaal niet belangrijk": 1, "niet belangrijk": 2, "neutraal": 3,
                    "belangrijk": 4, "heel belangrijk": 5, "weet niet": null},
         "tevreden": {"zeer ontevreden": 1, "ontevreden": 2, "neutraal": 3, "tevreden": 4,
                      "zeer tevreden": 5, "weet niet": null}},
       "ignore": ["submitdate", "lastpage"]}
      """;

  private static final String HEADER =
      "id,submitdate,lastpage,G01Q01[SQ001],G01Q01[SQ002],G02Q01[SQ001],G02Q01[SQ002],"
          + "G03Q01[1],G03Q01[2],G04Q01,G05Q01,G06Q01,G07Q01\n";

  private static SurveyMapping mapping(String json) throws IOException {
    return SurveyMapping.read(json.getBytes(StandardCharsets.UTF_8), "mapping.json");
  }

  private static List<WishMapResponse> read(WishMap map, String mapping, String csv)
      throws IOException {
    return MappedResponsesCsv.forWishMap(map, mapping(mapping))
        .readAll(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "export.csv");
  }

  private static FileFormatException refusal(WishMap map, String mapping, String csv) {
    return catchThrowableOfType(FileFormatException.class, () -> read(map, mapping, csv));
  }

  @Test
  void givesTheResponsesTheDocumentedLayoutGives() throws IOException {
    List<WishMapResponse> mapped =
        read(
            MAP,
            MAPPING,
            HEADER
                + "r1,2024-05-01,3,Heel belangrijk, neutraal ,tevreden,Zeer ontevreden,"
                + "Groen,Contact,Gezin met jonge kinderen,dorpshuis;voetbal,4,Een speeltuin\n"
                + "r2,2024-05-02,3,weet niet,belangrijk,,ontevreden,Contact,,Zeg ik liever"
                + " niet,,2,\n");
    List<WishMapResponse> documented = new ArrayList<>();
    WishMapResponsesCsv.forWishMap(MAP)
        .read(
            new ByteArrayInputStream(
                ("respondent,imp.contact,imp.green,sat.contact,sat.green,top1,top2,household,"
                        + "networks,willingness,wish\n"
                        + "r1,5,3,4,1,green,contact,young_parents,village_hall;football,4,"
                        + "Een speeltuin\n"
                        + "r2,,4,,2,contact,,,,2,\n")
                    .getBytes(StandardCharsets.UTF_8)),
            "documented.csv",
            documented::add);
    assertThat(mapped).isEqualTo(documented);
  }

  @Test
  void listsEveryProblemWithItsRowAndColumnAndReturnsNothing() {
    FileFormatException e =
        refusal(
            MAP,
            MAPPING,
            HEADER.replace("\n", ",remarks\n")
                + "r1,x,x,Heel belangrijk,erg belangrijk,tevreden,tevreden,Groen,Groen,"
                + "Alleenstaand,dorpshuis;kerk,7,,\n"
                + "r2,x,x,belangrijk,belangrijk,tevreden,tevreden,Contact,,Alleenstaand,,vier,,\n"
                + "r1,x,x,belangrijk,belangrijk,tevreden,tevreden,Contact,,Alleenstaand,,3,,\n");
    assertThat(e.source()).isEqualTo("export.csv");
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactly(
            "row 1, column remarks",
            "row 2, column G01Q01[SQ002]",
            "row 2, column G05Q01",
            "row 2, column G06Q01",
            "row 3, column G06Q01",
            "row 4, column id");
    assertThat(e.errors().get(0).reason()).contains("neither mapped nor ignored");
    assertThat(e.errors().get(1).reason())
        .isEqualTo(
            "unknown answer text 'erg belangrijk': recode it under columns[2].answers in"
                + " mapping.json");
    assertThat(e.errors().get(2).reason()).contains("unknown answer text 'kerk'");
    assertThat(e.errors().get(3).reason()).contains("out of range").contains("got 7");
    assertThat(e.errors().get(4).reason()).contains("not a number");
    assertThat(e.errors().get(5).reason()).contains("'r1' already answered in row 2");
    assertThat(e.getMessage()).startsWith("export.csv: row 1, column remarks");
  }

  @Test
  void aRuleTheRowBreaksIsNamedByTheExportsColumn() {
    FileFormatException e =
        refusal(
            MAP,
            MAPPING,
            HEADER + "r1,x,x,belangrijk,belangrijk,tevreden,tevreden,Groen,Groen,,,3,\n");
    assertThat(e.errors())
        .singleElement()
        .satisfies(err -> assertThat(err.field()).isEqualTo("row 2, column G03Q01[2]"))
        .satisfies(err -> assertThat(err.reason()).contains("already a top choice"));
  }

  @Test
  void aMappedColumnMissingFromTheHeaderIsAProblem() {
    FileFormatException e =
        refusal(MAP, MAPPING, HEADER.replace(",G07Q01", "") + "r1,x,x,,,,,,,,,,\n");
    assertThat(e.errors())
        .extracting(FieldError::field, FieldError::reason)
        .anySatisfy(
            t -> {
              assertThat(t.toList().get(0)).isEqualTo("row 1, column G07Q01");
              assertThat((String) t.toList().get(1)).contains("not in the export's header");
            });
  }

  @Test
  void aRangeIsMappedLinearlyOntoTheTargetScale() throws IOException {
    String mapping =
        """
        {"columns": [
           {"column": "winkel", "to": "sat.shop", "range": {"min": 1, "max": 10}},
           {"column": "groen", "to": "sat.green", "range": {"min": 1, "max": 10}}]}
        """;
    List<WishMapResponse> rows = read(GRADES, mapping, "winkel,groen\n10,1\n5.5,\n");
    assertThat(rows.get(0).satisfaction().get("shop")).isCloseTo(5.0, within(1e-12));
    assertThat(rows.get(0).satisfaction().get("green")).isCloseTo(1.0, within(1e-12));
    // 1 + (5.5 - 1) * (5 - 1) / (10 - 1) = 3
    assertThat(rows.get(1).satisfaction().get("shop")).isCloseTo(3.0, within(1e-12));
    assertThat(rows.get(1).satisfaction()).doesNotContainKey("green");
  }

  @Test
  void aNumberOutsideTheDeclaredRangeOrTheScaleIsOutOfRange() {
    String mapping =
        """
        {"columns": [
           {"column": "winkel", "to": "sat.shop", "range": {"min": 1, "max": 10}},
           {"column": "groen", "to": "sat.green"}]}
        """;
    FileFormatException e = refusal(GRADES, mapping, "winkel,groen\n11,3\n4,8\n");
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactly("row 2, column winkel", "row 3, column groen");
    assertThat(e.errors().get(0).reason()).contains("the export's range is 1–10").contains("11");
    assertThat(e.errors().get(1).reason()).contains("sat.green takes 1–5, got 8");
  }

  @Test
  void aWishMapWithoutImportanceNeedsNoImportanceColumns() throws IOException {
    String mapping =
        """
        {"columns": [{"column": "winkel", "to": "sat.shop"}, {"column": "groen", "to": "sat.green"}]}
        """;
    assertThat(read(GRADES, mapping, "winkel,groen\n2,3\n")).hasSize(1);
  }

  @Test
  void checksTheMappingAgainstTheDefinitionAndListsEveryProblem() {
    String mapping =
        """
        {"columns": [
           {"column": "a", "to": "imp.shop"},
           {"column": "b", "to": "sat.nothing"},
           {"column": "c", "to": "sat.shop", "answers": {"goed": "good"}},
           {"column": "d", "to": "sat.shop"},
           {"column": "e", "to": "top2"},
           {"column": "f", "to": "colour"},
           {"column": "g", "to": "wish", "answers": {"x": "y"}}]}
        """;
    FileFormatException e = refusal(GRADES, mapping, "a\n1\n");
    assertThat(e.source()).isEqualTo("mapping.json");
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactly(
            "columns[0].to",
            "columns[1].to",
            "columns[2].answers.goed",
            "columns[3].to",
            "columns[4].to",
            "columns[5].to",
            "columns[6]",
            "columns");
    assertThat(e.errors().get(0).reason()).contains("asks no importance");
    assertThat(e.errors().get(1).reason()).contains("unknown value code 'nothing'");
    assertThat(e.errors().get(2).reason()).contains("takes a number or null");
    assertThat(e.errors().get(3).reason()).contains("already the target of columns[2]");
    assertThat(e.errors().get(4).reason()).contains("asks for 1 top choices");
    assertThat(e.errors().get(5).reason()).contains("is not a column of wish map grades");
    assertThat(e.errors().get(7).reason())
        .isEqualTo("value 'green' needs a column mapped to sat.green");
  }

  @Test
  void aSurveyWithoutImportanceIntoAMapThatAsksItSaysHowToImportIt() {
    String mapping =
        """
        {"columns": [
           {"column": "a", "to": "sat.contact"}, {"column": "b", "to": "sat.green"},
           {"column": "c", "to": "household"}]}
        """;
    FileFormatException e = refusal(MAP, mapping, "a,b,c\n1,2,single\n");
    assertThat(e.errors())
        .extracting(FieldError::reason)
        .first()
        .asString()
        .contains("value 'contact' needs a column mapped to imp.contact")
        .contains("without importanceScale");
  }

  @Test
  void theMappingFileItselfIsCheckedWithEveryProblem() {
    String mapping =
        """
        {"columns": [
           {"column": "a"},
           {"column": "b", "to": "sat.shop", "answers": "grades"},
           {"column": "c", "to": "sat.green", "range": {"min": 10, "max": 1}},
           {"column": "b", "to": "sat.green"},
           {"column": "z", "to": "wish"}],
         "answers": {"scores": {"goed": 4, "Goed": 5, "slecht": true}},
         "ignore": ["z", "y", "y"]}
        """;
    FileFormatException e = catchThrowableOfType(FileFormatException.class, () -> mapping(mapping));
    assertThat(e.source()).isEqualTo("mapping.json");
    assertThat(e.errors())
        .extracting(FieldError::field)
        .contains(
            "answers.scores.Goed",
            "answers.scores.slecht",
            "ignore[2]",
            "columns[0].to",
            "columns[1].answers",
            "columns[2].range",
            "columns[3].column",
            "columns[4].column");
  }

  @Test
  void readsAMeasurementsItemsAndDeclaredAttributes() throws IOException {
    Scale scale =
        new Scale(
            new ScaleId("trust"),
            Text.of("trust"),
            new ResponseRange(1, 5),
            1,
            List.of(new Item("T1", Text.of("T1"), false), new Item("T2", Text.of("T2"), true)));
    String mapping =
        """
        {"columns": [
           {"column": "_uuid", "to": "respondent"},
           {"column": "vertrouwen/t1", "to": "T1", "answers": "eens"},
           {"column": "vertrouwen/t2", "to": "T2", "answers": "eens"},
           {"column": "straat", "to": "street", "answers": {"Dorpsstraat": "main"}}],
         "answers": {"eens": {"oneens": 1, "neutraal": 3, "eens": 5, "weet niet": null}},
         "ignore": ["_submission_time"]}
        """;
    MappedResponsesCsv<MeasurementResponse> reader =
        catchless(
            () ->
                MappedResponsesCsv.forMeasurement(
                    scale, Map.of("street", List.of("main", "side")), mapping(mapping)));
    String csv =
        "_uuid,_submission_time,vertrouwen/t1,vertrouwen/t2,straat\n"
            + "u1,2024-01-01T10:00,eens,weet niet,Dorpsstraat\n";
    List<MeasurementResponse> rows =
        reader.readAll(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "kobo.csv");
    assertThat(rows)
        .containsExactly(
            new MeasurementResponse(
                new io.cohesion.core.privacy.Pseudonym("u1"),
                Map.of("T1", 5.0),
                Map.of("street", "main")));
    FileFormatException e =
        catchThrowableOfType(
            FileFormatException.class,
            () ->
                MappedResponsesCsv.forMeasurement(
                    scale,
                    Map.of(),
                    mapping(
                        """
                        {"columns": [{"column": "x", "to": "T1"}]}
                        """)));
    assertThat(e.errors())
        .extracting(FieldError::reason)
        .containsExactly("a measurement response needs the respondent's pseudonym: map respondent");
  }

  @Test
  void linearMapsTheEndsOfOneRangeOntoTheOther() {
    ResponseRange grades = new ResponseRange(1, 10);
    ResponseRange five = new ResponseRange(1, 5);
    assertThat(MappedResponsesCsv.linear(1, grades, five)).isEqualTo(1.0);
    assertThat(MappedResponsesCsv.linear(10, grades, five)).isEqualTo(5.0);
    assertThat(MappedResponsesCsv.linear(0, new ResponseRange(0, 10), five)).isEqualTo(1.0);
  }

  private interface Throwing<T> {
    T get() throws IOException;
  }

  private static <T> T catchless(Throwing<T> supplier) throws IOException {
    return supplier.get();
  }
}
