/**
 * The red thread (rode draad) of a wish map (docs/scoring.md#53-red-thread): which values residents
 * find important and unsatisfied, how sure a workshop can be of the top of that list, how much
 * residents agree (Kendall's W), the same per segment under the small-group rule, and the networks
 * residents already move for. Also the fit of candidate activities to that red thread
 * (docs/scoring.md#55-activity-fit).
 *
 * <p>Entry points: {@link io.cohesion.core.redthread.RedThreadAnalysis} and {@link
 * io.cohesion.core.redthread.ActivityFitAnalysis}. Undefined figures are {@code Double.NaN}.
 */
package io.cohesion.core.redthread;
