/**
 * The red thread (rode draad) of a wish map (SPEC §5.3): which values residents find important and
 * unsatisfied, how sure a workshop can be of the top of that list, how much residents agree
 * (Kendall's W), the same per segment under the small-group rule, and the networks residents
 * already move for. Also the fit of candidate activities to that red thread (SPEC §5.5).
 *
 * <p>Entry points: {@link io.cohesion.core.redthread.RedThreadAnalysis} and {@link
 * io.cohesion.core.redthread.ActivityFitAnalysis}. Undefined figures are {@code Double.NaN}.
 */
package io.cohesion.core.redthread;
