package io.cohesion.core.redthread;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ValidationException;
import org.apiguardian.api.API;

/**
 * The most work one red thread may ask for, so that no caller holds a core for minutes: bootstrap
 * resamples × (1 + segment columns) × respondents, since every resample draws every respondent once
 * overall and once within their segment of each column (docs/api.md, "Bounds on requests").
 *
 * @param limit the largest product accepted, at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record AnalysisBudget(long limit) {
  public AnalysisBudget {
    if (limit < 1) {
      throw new IllegalArgumentException("an analysis budget is at least 1, got " + limit);
    }
  }

  /** No limit: for the command line on the user's own file. */
  public static AnalysisBudget unlimited() {
    return new AnalysisBudget(Long.MAX_VALUE);
  }

  /**
   * Refuses {@code bootstrap} resamples over {@code segmentColumns} columns and {@code respondents}
   * respondents if they exceed the limit.
   *
   * @throws ValidationException on field {@code bootstrap}, saying how to ask for less
   */
  public void require(int bootstrap, int segmentColumns, int respondents) {
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
