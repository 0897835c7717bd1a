package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResponseFormatTest {
  private static <R> R roundTrip(ResponseFormat<R> format, R response, String respondent) {
    byte[] bytes = format.encode(response);
    return format.decode(respondent, new AnswerReader().reset(bytes, 0, bytes.length));
  }

  @Test
  void aWishMapResponseReadsBackEqual() {
    WishMapResponse response =
        new WishMapResponse(
            new Pseudonym("h1"),
            Map.of("contact", 5.0, "groen", 0.0, "jeugd", 250.0, "zorg", 251.0),
            Map.of("contact", 2.5, "groen", -1.0, "jeugd", -0.0, "zorg", 1e300),
            List.of("jeugd", "contact"),
            Map.of("household", "jonge_ouders", "straat", "Dorpsstraat – oost"),
            Set.of("speelweek", "voetbalclub"),
            OptionalInt.of(4),
            List.of("Een bankje bij de vijver ☺", "x".repeat(300), "\uD83C\uDF33 bomen"));

    WishMapResponse read = roundTrip(ResponseFormat.WISH_MAP, response, "h1");

    assertThat(read).isEqualTo(response);
    assertThat(Double.doubleToRawLongBits(read.satisfaction().get("jeugd")))
        .as("-0.0 keeps its sign")
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  /** The same response as format 1 wrote it: every code in full, in every section. */
  private static byte[] formatOne(WishMapResponse r) {
    AnswerWriter out = new AnswerWriter(64);
    out.u8(1);
    out.u8('i');
    out.varint(r.importance().size());
    r.importance()
        .forEach(
            (code, n) -> {
              out.string(code);
              out.number(n);
            });
    out.u8('s');
    out.varint(r.satisfaction().size());
    r.satisfaction()
        .forEach(
            (code, n) -> {
              out.string(code);
              out.number(n);
            });
    out.u8('t');
    out.varint(r.topChoices().size());
    r.topChoices().forEach(out::string);
    out.u8('g');
    out.varint(r.segments().size());
    r.segments()
        .forEach(
            (column, value) -> {
              out.string(column);
              out.string(value);
            });
    out.u8('w');
    out.varint(r.willingness().getAsInt());
    return out.toBytes();
  }

  private static WishMapResponse rated(Map<String, Double> satisfaction, List<String> top) {
    return new WishMapResponse(
        new Pseudonym("h3"),
        Map.of("contact", 4.0, "care", 2.0, "safety", 5.0, "greenery", 1.0),
        satisfaction,
        top,
        Map.of("household", "elderly"),
        Set.of(),
        OptionalInt.of(2),
        List.of());
  }

  @Test
  void satisfactionAndTopChoicesReferToTheRatedCodesInsteadOfRepeatingThem() {
    WishMapResponse response =
        rated(
            Map.of("contact", 3.0, "care", 2.5, "safety", 0.0, "greenery", 5.0),
            List.of("safety", "contact", "greenery"));
    int codes = 0;
    for (String code : response.importance().keySet()) {
      codes += 1 + code.length();
    }

    byte[] compact = ResponseFormat.WISH_MAP.encode(response);

    assertThat(compact[0]).isEqualTo((byte) 2);
    assertThat(compact)
        .as("satisfaction names no code again, top choices only their positions")
        .hasSizeLessThanOrEqualTo(formatOne(response).length - codes - (6 + 7 + 8));
    assertThat(roundTrip(ResponseFormat.WISH_MAP, response, "h3")).isEqualTo(response);
  }

  @Test
  void satisfactionOfOtherCodesAndUnratedTopChoicesAreWrittenInFull() {
    WishMapResponse fewer = rated(Map.of("contact", 3.0, "care", 2.5), List.of("care", "youth"));
    WishMapResponse other =
        rated(Map.of("contact", 3.0, "care", 2.5, "safety", 1.0, "youth", 4.0), List.of("youth"));

    assertThat(roundTrip(ResponseFormat.WISH_MAP, fewer, "h3")).isEqualTo(fewer);
    assertThat(roundTrip(ResponseFormat.WISH_MAP, other, "h3")).isEqualTo(other);
  }

  @Test
  void answersStoredInFormatOneStillReadBack() {
    WishMapResponse response =
        rated(
            Map.of("contact", 3.0, "care", 300.0, "safety", -1.5, "greenery", 5.0),
            List.of("greenery", "care"));
    byte[] old = formatOne(response);

    WishMapResponse read =
        ResponseFormat.WISH_MAP.decode("h3", new AnswerReader().reset(old, 0, old.length));

    assertThat(read).isEqualTo(response);
  }

  @Test
  void refusesSectionsThatReferToCodesNotRated() {
    AnswerWriter twice = new AnswerWriter(16);
    twice.u8(2);
    twice.u8('i');
    twice.varint(1);
    twice.string("contact");
    twice.number(3.0);
    twice.u8('S');
    twice.varint(2);
    twice.number(1.0);
    twice.number(2.0);
    AnswerWriter beyond = new AnswerWriter(16);
    beyond.u8(2);
    beyond.u8('T');
    beyond.varint(1);
    beyond.varint(0);

    assertThatThrownBy(
            () ->
                ResponseFormat.WISH_MAP.decode(
                    "h", new AnswerReader().reset(twice.buffer(), 0, twice.length())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rate 2 codes twice but 1 once");
    assertThatThrownBy(
            () ->
                ResponseFormat.WISH_MAP.decode(
                    "h", new AnswerReader().reset(beyond.buffer(), 0, beyond.length())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rated code 0 of 0");
  }

  @Test
  void anEmptyWishMapResponseReadsBackEmpty() {
    WishMapResponse response =
        new WishMapResponse(
            new Pseudonym("h2"),
            Map.of(),
            Map.of(),
            List.of(),
            Map.of(),
            Set.of(),
            OptionalInt.empty(),
            List.of());

    assertThat(roundTrip(ResponseFormat.WISH_MAP, response, "h2")).isEqualTo(response);
    assertThat(ResponseFormat.WISH_MAP.encode(response)).hasSize(1);
  }

  @Test
  void aMeasurementResponseReadsBackEqual() {
    MeasurementResponse response =
        new MeasurementResponse(
            new Pseudonym("p7"),
            Map.of("v1", 1.0, "v2", 3.5, "v3", 7.0),
            Map.of("street", "Kerkstraat"));

    assertThat(roundTrip(ResponseFormat.MEASUREMENT, response, "p7")).isEqualTo(response);
    assertThat(ResponseFormat.MEASUREMENT.encode(response)[0])
        .as("measurements keep format 1, which versions before format 2 read too")
        .isEqualTo((byte) 1);
  }

  @Test
  void oneReaderDecodesManyRowsWithManyDistinctStringsCorrectly() {
    // More distinct short strings than the reader keeps, so that cached strings get replaced.
    SplittableRandom random = new SplittableRandom(7);
    List<WishMapResponse> responses = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      Map<String, Double> importance = new HashMap<>();
      for (int j = 0; j < 5; j++) {
        importance.put("v" + random.nextInt(3_000), (double) random.nextInt(6));
      }
      responses.add(
          new WishMapResponse(
              new Pseudonym("r" + i),
              importance,
              Map.of(),
              List.of(),
              Map.of("street", "s" + random.nextInt(1_000)),
              Set.of(),
              OptionalInt.empty(),
              List.of()));
    }
    AnswerWriter out = new AnswerWriter(16);
    AnswerReader in = new AnswerReader();
    for (WishMapResponse response : responses) {
      out.reset();
      ResponseFormat.WISH_MAP.encode(response, out);
      WishMapResponse read =
          ResponseFormat.WISH_MAP.decode(
              response.respondent().value(), in.reset(out.buffer(), 0, out.length()));
      assertThat(read).isEqualTo(response);
    }
  }

  @Test
  void refusesAnotherFormat() {
    byte[] later = {9};
    byte[] none = {0};

    assertThatThrownBy(
            () -> ResponseFormat.MEASUREMENT.decode("p", new AnswerReader().reset(later, 0, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format 9, this version reads formats 1 to 2");
    assertThatThrownBy(
            () -> ResponseFormat.WISH_MAP.decode("p", new AnswerReader().reset(none, 0, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format 0");
  }

  @Test
  void refusesTruncatedAnswers() {
    MeasurementResponse response =
        new MeasurementResponse(new Pseudonym("p"), Map.of("item", 2.0), Map.of());
    byte[] bytes = ResponseFormat.MEASUREMENT.encode(response);

    assertThatThrownBy(
            () ->
                ResponseFormat.MEASUREMENT.decode(
                    "p", new AnswerReader().reset(bytes, 0, bytes.length - 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("end");
  }
}
