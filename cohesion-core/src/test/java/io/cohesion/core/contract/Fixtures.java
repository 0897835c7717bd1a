package io.cohesion.core.contract;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Test data for the contract suites and for adapter tests: small, complete, every field set. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * A wish map using every field: satisfaction, segments, labels in two languages, mobilisation.
   */
  public static WishMap wishMap(String id) {
    return new WishMap(
        new WishMapId(id),
        List.of(
            new Value("contact", new Text("contact tussen buren", "contact between neighbours")),
            new Value("greenery", new Text("groen en biodiversiteit", "greenery and biodiversity")),
            Value.of("safety")),
        new ResponseRange(1, 5),
        Optional.of(new ResponseRange(1, 5)),
        2,
        List.of("household", "street"),
        new Mobilisation(
            List.of("sports", "music"),
            List.of("play-week", "football-club"),
            List.of("flyer", "door-to-door"),
            List.of("carpentry")));
  }

  /**
   * A text of exactly {@code length} UTF-16 code units mixing accented letters and characters
   * outside the Basic Multilingual Plane (two code units each), as the longest texts the API
   * accepts may be.
   */
  public static String longestText(int length) {
    StringBuilder text = new StringBuilder(length);
    while (text.length() + 4 <= length) {
      text.append("é\uD83E\uDE91ß"); // é, a chair (U+1FA91), ß
    }
    while (text.length() < length) {
      text.append('x');
    }
    return text.toString();
  }

  /** A wish map response of {@code respondent}; {@code variant} changes the answers. */
  public static WishMapResponse wishMapResponse(String respondent, int variant, String household) {
    return new WishMapResponse(
        new Pseudonym(respondent),
        Map.of("contact", 5.0, "greenery", 1.0 + variant % 5, "safety", 3.5),
        Map.of("contact", 2.0, "safety", 4.0),
        variant % 2 == 0 ? List.of("contact", "greenery") : List.of("safety"),
        Map.of("household", household, "street", "Dorpsstraat"),
        variant % 3 == 0 ? Set.of() : Set.of("play-week", "football-club"),
        variant % 4 == 0 ? OptionalInt.empty() : OptionalInt.of(1 + variant % 5),
        variant % 2 == 0 ? List.of("more benches, please", "a \"real\" square") : List.of());
  }

  /** A five-item scale on 1–5 with two reversed items. */
  public static Scale scale(String id) {
    return new Scale(
        new ScaleId(id),
        new Text("sociale cohesie", "social cohesion"),
        new ResponseRange(1, 5),
        3,
        List.of(
            new Item("SC1", new Text("behulpzaam", "willing to help"), false),
            new Item("SC2", new Text("hechte buurt", "close-knit"), false),
            new Item("SC3", new Text("te vertrouwen", "can be trusted"), false),
            new Item("SC4", new Text("niet met elkaar overweg", "don't get along"), true),
            new Item("SC5", new Text("andere waarden", "different values"), true)));
  }

  /** A measurement of {@code scale} in Nij Beets. */
  public static Measurement measurement(String id, ScaleId scale, String wave, LocalDate opened) {
    return new Measurement(
        new MeasurementId(id), scale, new NeighbourhoodId("nij-beets"), wave, opened);
  }

  /** A measurement response of {@code respondent}; {@code variant} changes the answers. */
  public static MeasurementResponse measurementResponse(
      String respondent, int variant, String street) {
    return new MeasurementResponse(
        new Pseudonym(respondent),
        variant % 3 == 0
            ? Map.of("SC1", 4.0, "SC2", 2.5)
            : Map.of("SC1", 1.0 + variant % 5, "SC3", 5.0, "SC4", 2.0),
        Map.of("street", street));
  }
}
