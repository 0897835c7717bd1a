package io.cohesion.core.redthread;

import java.util.List;

/**
 * The red thread of a wish map (SPEC §5.3).
 *
 * @param n the respondents analysed
 * @param kendallW Kendall's W with tie correction over respondents who rated every value; NaN when
 *     fewer than two did, or when every such respondent rated all values alike
 * @param values the per-value figures over all respondents, in rank order (rank 1 first)
 * @param segments per requested segment column, its segments in key order
 * @param networks the networks respondents take part in, most respondents first (ties by name)
 */
public record RedThread(
    int n,
    double kendallW,
    List<ValueFigures> values,
    List<SegmentFigures> segments,
    List<NetworkFigures> networks) {
  public RedThread {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, got " + n);
    }
    values = List.copyOf(values);
    segments = List.copyOf(segments);
    networks = List.copyOf(networks);
  }
}
