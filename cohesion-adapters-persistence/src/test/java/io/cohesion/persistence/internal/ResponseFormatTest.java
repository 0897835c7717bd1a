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
    byte[] bytes = {9};

    assertThatThrownBy(
            () -> ResponseFormat.MEASUREMENT.decode("p", new AnswerReader().reset(bytes, 0, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format 9");
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
