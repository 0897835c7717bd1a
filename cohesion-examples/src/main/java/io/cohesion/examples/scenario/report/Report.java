package io.cohesion.examples.scenario.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A workshop report: a title, a few lines that come before everything else (such as the notice that
 * the data are synthetic), and its sections.
 *
 * @param title the report's title
 * @param preface lines printed under the title
 * @param sections the sections, in reading order
 */
public record Report(String title, List<String> preface, List<Section> sections) {
  public Report {
    requireNonNull(title, "title");
    preface = List.copyOf(preface);
    sections = List.copyOf(sections);
  }

  /** The section with this title, if the report has one. */
  public java.util.Optional<Section> section(String sectionTitle) {
    return sections.stream().filter(s -> s.title().equals(sectionTitle)).findFirst();
  }
}
