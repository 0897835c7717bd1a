package io.cohesion.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.application.Cohesion;
import io.cohesion.core.trust.IndependentComparison;
import io.cohesion.core.trust.PairedComparison;
import io.cohesion.examples.scenario.report.Report;
import io.cohesion.examples.scenario.report.TextRenderer;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PilotReportTest {
  private static final Pattern CHANGE =
      Pattern.compile(
          "[Tt]rust (rose|fell) by (\\d+\\.\\d\\d) on a 5-point scale, 95% CI (-?\\d+\\.\\d\\d) to"
              + " (-?\\d+\\.\\d\\d)");

  private final RunSettings settings = new RunSettings(NijBeets.DEFAULT_SEED, 100, 5);

  @Test
  void thePlainWordsSentenceMatchesTheComparisonFigures() {
    PilotData data = NijBeets.generate(settings.seed());
    PilotResults results;
    try (Stores stores = Stores.open(new StoreConfig.Memory())) {
      results = PilotScenario.analyse(Cohesion.using(stores, Clock.systemUTC()), data, settings);
    }
    String text =
        TextRenderer.of(TextRenderer.Glyphs.ASCII)
            .render(PilotReport.of("Nij Beets", data, results, settings))
            .replaceAll("\\s+", " ");
    IndependentComparison independent = results.trustComparison().orElseThrow().independent();
    PairedComparison paired = results.trustComparison().orElseThrow().paired().orElseThrow();

    Matcher first = CHANGE.matcher(text);
    assertThat(first.find()).as(text).isTrue();
    assertFigures(
        first, independent.difference(), independent.ci95().lower(), independent.ci95().upper());
    assertThat(text)
        .contains(
            independent.nBefore() + " respondents before, " + independent.nAfter() + " after");

    Matcher second = CHANGE.matcher(text);
    assertThat(second.find(first.end())).isTrue();
    assertFigures(second, paired.meanDifference(), paired.ci95().lower(), paired.ci95().upper());
    assertThat(text).contains("Among the " + paired.nPairs() + " households");
  }

  @Test
  void everySectionIsThere() {
    PilotData data = NijBeets.generate(settings.seed());
    Report report;
    try (Stores stores = Stores.open(new StoreConfig.Memory())) {
      report =
          PilotReport.of(
              "Nij Beets",
              data,
              PilotScenario.analyse(Cohesion.using(stores, Clock.systemUTC()), data, settings),
              settings);
    }

    assertThat(report.sections())
        .extracting(s -> s.title())
        .containsExactly(
            PilotReport.DATA,
            RedThreadSections.RED_THREAD,
            RedThreadSections.keySegmentTitle(NijBeets.YOUNG_PARENTS),
            RedThreadSections.NETWORKS,
            PilotReport.ACTIVITIES,
            PilotReport.ENGAGEMENT,
            PilotReport.TRUST);
    assertThat(report.preface()).containsExactly(Synthetic.NOTICE);
  }

  private static void assertFigures(Matcher m, double difference, double lower, double upper) {
    double sign = m.group(1).equals("rose") ? 1 : -1;
    assertThat(sign * Double.parseDouble(m.group(2))).isCloseTo(difference, within(0.005));
    assertThat(Double.parseDouble(m.group(3))).isCloseTo(lower, within(0.005));
    assertThat(Double.parseDouble(m.group(4))).isCloseTo(upper, within(0.005));
  }
}
