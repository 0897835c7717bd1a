package io.cohesion.core.redthread;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The red thread of a wish map (docs/scoring.md#53-red-thread).
 *
 * @param n the respondents analysed
 * @param kendallW Kendall's W with tie correction over respondents who rated every value; NaN when
 *     fewer than two did, or when every such respondent rated all values alike
 * @param values the per-value figures over all respondents, in rank order (rank 1 first)
 * @param segments per requested segment column, its segments in key order
 * @param networks the networks respondents take part in, most respondents first (ties by name)
 * @param suppressed why the whole wave is withheld, if it is (docs/privacy.md): then {@code n} is
 *     0, {@code kendallW} NaN and every list empty
 * @param urgencyBasis what urgency is made of, following from the scales the wish map asks; reports
 *     show it with its sentence
 */
@API(status = STABLE, since = "0.1.0")
public record RedThread(
    int n,
    double kendallW,
    List<ValueFigures> values,
    List<SegmentFigures> segments,
    List<NetworkFigures> networks,
    Optional<String> suppressed,
    UrgencyBasis urgencyBasis) {

  /** A red thread of a wish map that asks importance and satisfaction. */
  public RedThread(
      int n,
      double kendallW,
      List<ValueFigures> values,
      List<SegmentFigures> segments,
      List<NetworkFigures> networks,
      Optional<String> suppressed) {
    this(
        n,
        kendallW,
        values,
        segments,
        networks,
        suppressed,
        UrgencyBasis.IMPORTANCE_AND_SATISFACTION);
  }

  /** A released red thread of a wish map that asks importance and satisfaction. */
  public RedThread(
      int n,
      double kendallW,
      List<ValueFigures> values,
      List<SegmentFigures> segments,
      List<NetworkFigures> networks) {
    this(n, kendallW, values, segments, networks, Optional.empty());
  }

  /** A red thread of which nothing is released, with the reason. */
  public static RedThread withheld(String reason) {
    return new RedThread(0, Double.NaN, List.of(), List.of(), List.of(), Optional.of(reason));
  }

  /** A red thread of which nothing is released, with the reason and the map's urgency basis. */
  public static RedThread withheld(String reason, UrgencyBasis urgencyBasis) {
    return new RedThread(
        0, Double.NaN, List.of(), List.of(), List.of(), Optional.of(reason), urgencyBasis);
  }

  public RedThread {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, got " + n);
    }
    values = List.copyOf(values);
    segments = List.copyOf(segments);
    networks = List.copyOf(networks);
    Objects.requireNonNull(suppressed, "suppressed");
    Objects.requireNonNull(urgencyBasis, "urgencyBasis");
  }
}
