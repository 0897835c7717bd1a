package io.cohesion.core.participation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ValidationException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a model of trust and taking part is asked for (docs/scoring.md#trust-and-taking-part).
 *
 * @param cut the willingness (1–5) from which a person counts as willing; 2 to 5, since a cut of 1
 *     makes everyone willing
 * @param factor a segment column of the wish map to add as a factor, if any
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ModelOptions(int cut, Optional<String> factor) {

  /** The cut when none is asked for: willing means a willingness of 4 or 5. */
  public static final int DEFAULT_CUT = 4;

  /**
   * @throws ValidationException on {@code cut} outside 2–5, or on {@code factor} when it is blank
   */
  public ModelOptions {
    requireNonNull(factor, "factor");
    if (cut < 2 || cut > 5) {
      throw ValidationException.of(
          "cut",
          "must be between 2 and 5 (willingness is 1–5 and willing means at least the cut), got "
              + cut);
    }
    if (factor.isPresent() && factor.get().isBlank()) {
      throw ValidationException.of("factor", "must name a segment column of the wish map");
    }
  }

  /** The default cut without a factor. */
  public static ModelOptions defaults() {
    return new ModelOptions(DEFAULT_CUT, Optional.empty());
  }
}
