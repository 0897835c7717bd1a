/**
 * The computation behind the red thread: respondents as primitive arrays, per-value figures, the
 * bootstrap and Kendall's W. Not API: use {@link io.cohesion.core.redthread.RedThreadAnalysis}.
 */
package io.cohesion.core.redthread.internal;
