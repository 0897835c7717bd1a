package io.cohesion.examples.scenario;

/** How the scenarios mark their data as synthetic. */
public final class Synthetic {
  /** The word every synthetic id, pseudonym and name carries. */
  public static final String LABEL = "synthetic";

  /** The sentence every report and document about the scenarios starts with. */
  public static final String NOTICE =
      "All data in this scenario are synthetic: drawn from a seeded random generator to follow the"
          + " published story of the pilot. They are not the pilot's survey results.";

  private Synthetic() {}
}
