package io.cohesion.core.wishmap;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A catalogue of core values (kernwaarden) to build wish maps from. The {@link #defaults() default
 * catalogue} is a sensible start, not a truth: initiatives build their own with the constructor or
 * {@link #plus(Value)}, and a wish map picks the values that matter locally.
 *
 * @param values the values, at least one, with unique codes
 */
@API(status = STABLE, since = "0.1.0")
public record ValueCatalogue(List<Value> values) {

  /**
   * The default catalogue's codes, stable across releases so that stored data keeps its meaning.
   */
  public static final List<String> DEFAULT_CODES =
      List.of(
          "contact",
          "care",
          "safety",
          "greenery",
          "health",
          "fun",
          "youth",
          "affordability",
          "sustainability",
          "facilities",
          "say",
          "peace",
          "identity",
          "business");

  public ValueCatalogue {
    values = List.copyOf(values);
    ValidationException.require(!values.isEmpty(), "values", "a catalogue needs a value");
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String code = values.get(i).code();
      ValidationException.require(
          codes.add(code), "values[" + i + "].code", "value code '" + code + "' is listed twice");
    }
  }

  /**
   * The default catalogue (docs/instruments.md), in Dutch and English: contact between neighbours,
   * caring for each other, safety, greenery and biodiversity, health and exercise, fun and
   * stimulation, children and youth, affordable living and energy, sustainability, local
   * facilities, having a say and self-management, peace and space, local identity and heritage,
   * local businesses.
   */
  public static ValueCatalogue defaults() {
    return new ValueCatalogue(
        List.of(
            value("contact", "Contact tussen buren", "Contact between neighbours"),
            value("care", "Zorgen voor elkaar", "Caring for each other"),
            value("safety", "Veiligheid", "Safety"),
            value("greenery", "Groen en biodiversiteit", "Greenery and biodiversity"),
            value("health", "Gezondheid en bewegen", "Health and exercise"),
            value("fun", "Plezier en uitdaging", "Fun and stimulation"),
            value("youth", "Kinderen en jongeren", "Children and youth"),
            value("affordability", "Betaalbaar wonen en energie", "Affordable living and energy"),
            value("sustainability", "Duurzaamheid", "Sustainability"),
            value("facilities", "Voorzieningen in de buurt", "Local facilities"),
            value("say", "Zeggenschap en zelfbeheer", "Having a say and self-management"),
            value("peace", "Rust en ruimte", "Peace and space"),
            value("identity", "Eigen karakter en erfgoed", "Local identity and heritage"),
            value("business", "Lokale ondernemers", "Local businesses")));
  }

  private static Value value(String code, String nl, String en) {
    return new Value(code, new Text(nl, en));
  }

  /** The codes of the catalogue's values, in order. */
  public List<String> codes() {
    return values.stream().map(Value::code).toList();
  }

  /** The value with this code, if the catalogue has one. */
  public Optional<Value> value(String code) {
    return values.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /**
   * The catalogue with one more value, or with {@code value} in place of the value with its code.
   */
  public ValueCatalogue plus(Value value) {
    List<Value> next = new ArrayList<>(values);
    int index = codes().indexOf(value.code());
    if (index >= 0) {
      next.set(index, value);
    } else {
      next.add(value);
    }
    return new ValueCatalogue(next);
  }

  /**
   * The values with these codes, in the order given.
   *
   * @throws ValidationException naming each unknown or repeated code as {@code codes[i]}
   */
  public List<Value> select(List<String> codes) {
    List<FieldError> errors = new ArrayList<>();
    List<Value> selected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Optional<Value> value = value(code);
      if (value.isEmpty()) {
        errors.add(new FieldError("codes[" + i + "]", "unknown value code '" + code + "'"));
      } else if (!seen.add(code)) {
        errors.add(new FieldError("codes[" + i + "]", "value '" + code + "' is chosen twice"));
      } else {
        selected.add(value.get());
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return List.copyOf(selected);
  }

  /**
   * A wish map of the chosen values with the defaults of docs/cli.md (three top choices or fewer
   * when fewer values are chosen, no satisfaction scale, no segments) and the {@link
   * MobilisationDefaults#block() default mobilisation block}.
   *
   * @throws ValidationException naming each unknown or repeated code
   */
  public WishMap wishMap(WishMapId id, List<String> codes, ResponseRange importanceScale) {
    return wishMap(id, codes, importanceScale, Optional.empty());
  }

  /**
   * As {@link #wishMap(WishMapId, List, ResponseRange)}, asking satisfaction on {@code
   * satisfactionScale} as well.
   */
  public WishMap wishMap(
      WishMapId id,
      List<String> codes,
      ResponseRange importanceScale,
      Optional<ResponseRange> satisfactionScale) {
    List<Value> chosen = select(codes);
    return new WishMap(
        id,
        chosen,
        importanceScale,
        satisfactionScale,
        Math.min(WishMap.DEFAULT_TOP_CHOICES, chosen.size()),
        List.of(),
        MobilisationDefaults.block());
  }
}
