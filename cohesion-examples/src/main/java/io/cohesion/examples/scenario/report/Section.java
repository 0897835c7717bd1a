package io.cohesion.examples.scenario.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One section of a report.
 *
 * @param title the section's heading
 * @param blocks its paragraphs and tables, in reading order
 */
public record Section(String title, List<Block> blocks) {
  public Section {
    requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
  }

  /** A section of the given blocks. */
  public static Section of(String title, Block... blocks) {
    return new Section(title, List.of(blocks));
  }
}
