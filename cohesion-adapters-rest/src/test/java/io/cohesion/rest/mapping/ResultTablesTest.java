package io.cohesion.rest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.redthread.NetworkFigures;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.SegmentFigures;
import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.trust.GroupReliability;
import io.cohesion.core.trust.GroupScore;
import io.cohesion.core.trust.IndependentComparison;
import io.cohesion.core.trust.PairedComparison;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScoreSummary;
import io.cohesion.core.trust.WaveComparison;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultTablesTest {
  private static final WishMap MAP =
      WishMap.of(
          new WishMapId("village"),
          List.of(
              new Value("contact", new Text("Contact, buren", "=cmd|' /C calc'!A0")),
              Value.of("green"),
              Value.of("safety")),
          new ResponseRange(1, 5));

  private static final ValueFigures CONTACT =
      new ValueFigures("contact", 12, 4.25, 0.5, 2.5, 1.75, 0.5, 7, 1, 0.875);

  @Test
  void scoresAreTheWholeWaveThenEachGroupWithSuppressedGroupsEmpty() {
    ScaleReport report =
        new ScaleReport(
            20,
            18,
            Optional.empty(),
            new ScoreSummary(19, 3.5, 0.75, new Interval(3.1, 3.9)),
            Optional.of(new GroupReliability(0.1, 0.4, 2, 9.5)),
            List.of(
                new GroupScore.Published("west", 14, -0.25, Double.NaN, Interval.UNDEFINED),
                new GroupScore.Suppressed("east")));

    assertThat(lines(ResultTables.scores(report)))
        .containsExactly(
            "group,n,mean,sd,ci95Lower,ci95Upper,suppressed,reason",
            ",19,3.5,0.75,3.1,3.9,false,",
            "west,14,-0.25,,,,false,",
            "east,,,,,,true,");
  }

  @Test
  void aWithheldWaveIsOneRowOfItsReasonAndNoFigures() {
    String reason = "fewer than 5 respondents";

    assertThat(lines(ResultTables.scores(ScaleReport.withheld(reason))))
        .containsExactly(String.join(",", ResultTables.SCORE_COLUMNS), ",,,,,,true," + reason);
    assertThat(lines(ResultTables.values(RedThread.withheld(reason), MAP)).get(1))
        .isEqualTo(",".repeat(ResultTables.VALUE_COLUMNS.size() - 2) + "true," + reason);
    assertThat(lines(ResultTables.segments(RedThread.withheld(reason), MAP))).hasSize(2);
    assertThat(lines(ResultTables.networks(RedThread.withheld(reason))).get(1))
        .isEqualTo(",,,,,true," + reason);
    assertThat(lines(ResultTables.comparison(WaveComparison.withheld(reason))).get(1))
        .isEqualTo(",".repeat(ResultTables.COMPARISON_COLUMNS.size() - 2) + "true," + reason);
  }

  @Test
  void valuesCarryTheirLabelsNeutralisedAndASuppressedValueOnlyItsCode() {
    RedThread thread =
        new RedThread(
            12, 0.25, List.of(CONTACT, ValueFigures.suppressed("green")), List.of(), List.of());

    assertThat(lines(ResultTables.values(thread, MAP)))
        .containsExactly(
            "code,labelNl,labelEn,n,importanceMean,importanceSd,satisfactionMean,urgency,"
                + "topShare,borda,rank,pTopK,suppressed,reason",
            "contact,\"Contact, buren\",'=cmd|' /C calc'!A0,12,4.25,0.5,2.5,1.75,0.5,7,1,0.875,"
                + "false,",
            // n, borda and rank of a suppressed value are 0 in core: not figures, so not written
            "green,green,green,,,,,,,,,,true,");
  }

  @Test
  void segmentsAreOneRowPerValueOfAPublishedSegmentAndOneForASuppressedOne() {
    RedThread thread =
        new RedThread(
            12,
            0.25,
            List.of(CONTACT),
            List.of(
                new SegmentFigures.Published(
                    "household",
                    "young_parents",
                    6,
                    List.of(CONTACT, ValueFigures.suppressed("green"))),
                new SegmentFigures.Suppressed("household", "single")),
            List.of());

    assertThat(lines(ResultTables.segments(thread, MAP)))
        .containsExactly(
            "column,value,segmentN,code,labelNl,labelEn,n,importanceMean,importanceSd,"
                + "satisfactionMean,urgency,topShare,borda,rank,pTopK,suppressed,reason",
            "household,young_parents,6,contact,\"Contact, buren\",'=cmd|' /C calc'!A0,12,4.25,0.5,"
                + "2.5,1.75,0.5,7,1,0.875,false,",
            "household,young_parents,6,green,green,green,,,,,,,,,,true,",
            "household,single,,,,,,,,,,,,,,true,");
  }

  @Test
  void networksAreOneRowEachThenTheirSegmentCountsWithNamesNeutralised() {
    RedThread thread =
        new RedThread(
            12,
            0.25,
            List.of(CONTACT),
            List.of(),
            List.of(
                new NetworkFigures(
                    "@play-week",
                    7,
                    0.5833333333333334,
                    List.of(
                        new NetworkFigures.SegmentCount.Published("household", "others", 5, 0.625),
                        new NetworkFigures.SegmentCount.Suppressed("household", "single"))),
                NetworkFigures.suppressed("-choir")));

    assertThat(lines(ResultTables.networks(thread)))
        .containsExactly(
            "name,column,value,n,share,suppressed,reason",
            "'@play-week,,,7,0.5833333333333334,false,",
            "'@play-week,household,others,5,0.625,false,",
            "'@play-week,household,single,,,true,",
            "'-choir,,,,,true,");
  }

  @Test
  void aComparisonIsItsIndependentRowAndAPairedRowWhereThereArePairs() {
    IndependentComparison independent =
        new IndependentComparison(12, 10, 3.0, 2.75, -0.25, new Interval(-1.0, 0.5), 19.5, -0.2);
    WaveComparison withPairs =
        new WaveComparison(
            independent,
            Optional.of(new PairedComparison(6, -0.5, Interval.UNDEFINED, Double.NaN)));
    WaveComparison withoutPairs = new WaveComparison(independent, Optional.empty());

    assertThat(lines(ResultTables.comparison(withPairs)))
        .containsExactly(
            "comparison,nBefore,nAfter,nPairs,meanBefore,meanAfter,difference,meanDifference,"
                + "ci95Lower,ci95Upper,welchDf,hedgesG,dz,suppressed,reason",
            "independent,12,10,,3.0,2.75,-0.25,,-1.0,0.5,19.5,-0.2,,false,",
            "paired,,,6,,,,-0.5,,,,,,false,");
    assertThat(lines(ResultTables.comparison(withoutPairs))).hasSize(2);
  }

  private static List<String> lines(CsvTable table) {
    String csv = table.toCsv();
    assertThat(csv).endsWith("\r\n");
    return List.of(csv.substring(0, csv.length() - 2).split("\r\n", -1));
  }
}
