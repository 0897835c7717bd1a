/**
 * Numerical building blocks behind {@link io.cohesion.core.scoring}: log-gamma and log-beta
 * functions and the regularized incomplete beta function. Not API: may change without notice.
 */
package io.cohesion.core.scoring.internal;
