/**
 * Generic statistics shared by the scoring of scales, wish maps and waves: intervals and the
 * Student t distribution. Nothing here knows a domain type; the exact formulas are documented in
 * {@code docs/scoring.md}.
 */
package io.cohesion.core.scoring;
