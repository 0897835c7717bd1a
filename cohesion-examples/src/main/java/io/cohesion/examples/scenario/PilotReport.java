package io.cohesion.examples.scenario;

import io.cohesion.examples.scenario.report.Block;
import io.cohesion.examples.scenario.report.Report;
import io.cohesion.examples.scenario.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a wish-map pilot's data and analyses into the workshop report. */
final class PilotReport {
  /** The section titles, which tests and readers can rely on. */
  static final String DATA = "The data";

  private PilotReport() {}

  static Report of(String place, PilotData data, RunSettings settings) {
    List<Section> sections = new ArrayList<>();
    sections.add(dataSection(data, settings));
    return new Report("Workshop report: " + place, List.of(Synthetic.NOTICE), sections);
  }

  private static Section dataSection(PilotData data, RunSettings settings) {
    return Section.of(
        DATA,
        new Block.Paragraph(
            String.format(
                Locale.ROOT,
                "%s, municipality of %s. Wish map %s: %d respondents rated %d values on importance"
                    + " and satisfaction (%s) and named their top %d. Trust (%s): %d respondents"
                    + " before the activity%s. Seed %d.",
                data.neighbourhoodName(),
                data.municipality(),
                data.wishMap().id(),
                data.responses().size(),
                data.wishMap().values().size(),
                data.wishMap().importanceScale(),
                data.wishMap().topChoices(),
                data.scale().name().en(),
                data.trustBefore().size(),
                data.trustAfter().isEmpty()
                    ? ", no wave after it yet"
                    : ", " + data.trustAfter().size() + " after it",
                settings.seed())));
  }
}
