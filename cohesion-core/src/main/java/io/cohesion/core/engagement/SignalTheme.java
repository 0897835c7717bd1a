package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a critical voice is about: a short declared list, so that signals can be tallied without
 * releasing their text, plus {@link #OTHER} for the rest.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum SignalTheme {
  /** What it will cost a household, now and later. */
  COSTS(new Text("kosten", "costs")),
  /** Works, noise, dust, a street opened up. */
  NUISANCE(new Text("overlast", "nuisance")),
  /** The installation in the home: the meter cupboard, radiators, cooking. */
  TECHNICAL(new Text("techniek", "technical")),
  /** When things happen and how long they take. */
  TIMING(new Text("planning", "timing")),
  /** Not having heard, or not understanding what was said. */
  INFORMATION(new Text("informatie", "information")),
  /** Doubt about the initiative, its partners or its promises. */
  TRUST(new Text("vertrouwen", "trust")),
  /** Anything else. */
  OTHER(new Text("overig", "other"));

  private final Text label;

  SignalTheme(Text label) {
    this.label = label;
  }

  /** The theme's label in Dutch and English. */
  public Text label() {
    return label;
  }

  /** The theme's code in requests and stores, for example {@code costs}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The theme with this code.
   *
   * @throws ValidationException on field {@code theme} when no theme has it
   */
  public static SignalTheme ofCode(String code) {
    return Arrays.stream(values())
        .filter(t -> t.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                ValidationException.of(
                    "theme",
                    "must be one of "
                        + Arrays.stream(values()).map(SignalTheme::code).toList()
                        + ", got '"
                        + code
                        + "'"));
  }
}
