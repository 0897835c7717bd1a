package io.cohesion.rest.resource;

import io.cohesion.core.ValidationException;

/**
 * The most work one request for the red thread may ask of the server, so that no caller holds a
 * core for minutes: bootstrap resamples × (1 + segment columns) × respondents, since every resample
 * draws every respondent once overall and once within their segment of each column (docs/api.md,
 * "Bounds on requests").
 *
 * @param limit the largest product accepted, from {@code ApiConfig#analysisBudget()}
 */
record AnalysisBudget(long limit) {
  AnalysisBudget {
    if (limit < 1) {
      throw new IllegalArgumentException("an analysis budget is at least 1, got " + limit);
    }
  }

  /**
   * Refuses the request with a 400 on {@code bootstrap} when {@code bootstrap} resamples over
   * {@code segmentColumns} columns and {@code respondents} respondents exceed the limit.
   */
  void require(int bootstrap, int segmentColumns, int respondents) {
    long groups = 1L + segmentColumns;
    long work = (long) bootstrap * groups * respondents;
    if (work > limit) {
      throw ValidationException.of(
          "bootstrap",
          "bootstrap × groups × respondents must be at most "
              + limit
              + "; ask for fewer resamples or segments (asked "
              + bootstrap
              + " × "
              + groups
              + " × "
              + respondents
              + " = "
              + work
              + ")");
    }
  }
}
