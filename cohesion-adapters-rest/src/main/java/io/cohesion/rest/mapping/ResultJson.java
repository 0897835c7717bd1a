package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cohesion.core.participation.ParticipationModel;
import io.cohesion.core.redthread.NetworkFigures;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.SegmentFigures;
import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.trust.GroupReliability;
import io.cohesion.core.trust.GroupScore;
import io.cohesion.core.trust.IndependentComparison;
import io.cohesion.core.trust.ItemStatistics;
import io.cohesion.core.trust.PairedComparison;
import io.cohesion.core.trust.Reliability;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.ScoreSummary;
import io.cohesion.core.trust.WaveComparison;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON documents of docs/cli.md for the results of {@code score}, {@code red-thread} and {@code
 * compare}. The keys are a public contract: the command line prints these documents and the REST
 * API returns them.
 *
 * <p>Conventions, the same in every document:
 *
 * <ul>
 *   <li>a figure that is not defined (for example the sd of one person) is {@code null};
 *   <li>a 95% confidence interval is a two-element array {@code [lower, upper]}, or {@code null}
 *       when it is not defined;
 *   <li>a part that cannot be computed (reliability with fewer than two complete respondents, group
 *       reliability with fewer than two groups, the paired comparison with fewer than two pairs) is
 *       {@code null}, and so are {@code groupReliability} and {@code groups} when the data were not
 *       grouped: every key is always present;
 *   <li>a group or segment suppressed by the small-group rule is its key and {@code "suppressed":
 *       true}, and nothing else.
 * </ul>
 *
 * Doubles are written with full precision (the shortest text that reads back as the same double).
 *
 * <p>Each document is a record named after the schema of the OpenAPI document it writes, with
 * {@code Body} added; where a schema allows several shapes (figures or withheld, published or
 * suppressed), a sealed interface names the schema and a record each shape. A constant member
 * ({@code "suppressed": true}) is a method of its record, not a component.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ResultJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  private ResultJson() {}

  // ---------------------------------------------------------------------------------------------
  // The shared parts

  /**
   * {@code Withheld}, in the red thread and the scores: {@code {n: null, suppressed: true,
   * reason}}.
   */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"n", "suppressed", "reason"})
  public record WithheldBody(String reason)
      implements ScoresBody, RedThreadBody, NetworksBody, ParticipationBody {
    /** No count is given. */
    @JsonProperty("n")
    public Integer n() {
      return null;
    }

    /** Always true. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // score

  /** {@code Scores}: the figures of a scale, or {@link WithheldBody}. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface ScoresBody permits ScoreFiguresBody, WithheldBody {}

  /**
   * The figures of a scale; {@code reliability}, {@code groupReliability} and {@code groups} are
   * null when they cannot be computed or the data were not grouped, and {@code reliabilityNote}
   * says why {@code reliability} is null (null when it is not).
   */
  @API(status = INTERNAL, since = "0.1.0")
  public record ScoreFiguresBody(
      int n,
      int nComplete,
      ReliabilityBody reliability,
      String reliabilityNote,
      ScoreSummaryBody score,
      GroupReliabilityBody groupReliability,
      List<GroupScoreBody> groups)
      implements ScoresBody {}

  /** {@code Reliability}: Cronbach's alpha and the items. */
  @API(status = INTERNAL, since = "0.1.0")
  public record ReliabilityBody(
      Double alpha, Double standardizedAlpha, Double averageR, List<ItemStatisticsBody> items) {}

  /** {@code ItemStatistics}: the figures of one item. */
  @API(status = INTERNAL, since = "0.1.0")
  public record ItemStatisticsBody(
      String id, Double mean, Double sd, Double itemRestCorrelation, Double alphaIfDeleted) {}

  /** {@code ScoreSummary}: the scale score. */
  @API(status = INTERNAL, since = "0.1.0")
  public record ScoreSummaryBody(int n, Double mean, Double sd, List<Double> ci95) {}

  /** {@code GroupReliability}: how reliably the groups differ. */
  @API(status = INTERNAL, since = "0.1.0")
  public record GroupReliabilityBody(Double icc1, Double icc2, int groups, Double meanGroupSize) {}

  /** {@code GroupScore}: the score of one group, published or suppressed. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface GroupScoreBody permits PublishedGroupBody, SuppressedGroupBody {}

  /** A published group. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"group", "n", "mean", "sd", "ci95", "suppressed"})
  public record PublishedGroupBody(String group, int n, Double mean, Double sd, List<Double> ci95)
      implements GroupScoreBody {
    /** Always false. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return false;
    }
  }

  /** A group under the small-group rule: its name, and nothing else. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"group", "suppressed"})
  public record SuppressedGroupBody(String group) implements GroupScoreBody {
    /** Always true. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // red-thread

  /** {@code RedThread}: the figures of the red thread, or {@link WithheldBody}. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface RedThreadBody permits RedThreadFiguresBody, WithheldBody {}

  /** {@code Networks}: the networks part of the red thread, or {@link WithheldBody}. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface NetworksBody permits NetworkListBody, WithheldBody {}

  /** The figures of the red thread. */
  @API(status = INTERNAL, since = "0.1.0")
  public record RedThreadFiguresBody(
      int n,
      Double kendallW,
      String urgencyBasis,
      String urgencyNote,
      List<ValueFiguresBody> values,
      List<SegmentFiguresBody> segments,
      List<NetworkFiguresBody> networks)
      implements RedThreadBody {}

  /** The networks of the red thread, written as their array. */
  @API(status = INTERNAL, since = "0.1.0")
  public record NetworkListBody(@JsonValue List<NetworkFiguresBody> networks)
      implements NetworksBody {}

  /** {@code ValueFigures}: the figures of one value, published or suppressed. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface ValueFiguresBody permits PublishedValueBody, SuppressedValueBody {}

  /** The figures of a published value; a figure that is not defined is null. */
  @API(status = INTERNAL, since = "0.1.0")
  public record PublishedValueBody(
      String code,
      int n,
      Double importanceMean,
      Double importanceSd,
      Double satisfactionMean,
      Double urgency,
      Double topShare,
      int borda,
      int rank,
      Double pTopK)
      implements ValueFiguresBody {}

  /** A value under the small-group rule: its code, and nothing else. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"code", "suppressed"})
  public record SuppressedValueBody(String code) implements ValueFiguresBody {
    /** Always true. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return true;
    }
  }

  /** {@code SegmentFigures}: the values within one segment, published or suppressed. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface SegmentFiguresBody permits PublishedSegmentBody, SuppressedSegmentBody {}

  /** A published segment with its values. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"column", "value", "n", "suppressed", "values"})
  public record PublishedSegmentBody(
      String column, String value, int n, List<ValueFiguresBody> values)
      implements SegmentFiguresBody {
    /** Always false. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return false;
    }
  }

  /** A segment under the small-group rule: its column and value, and nothing else. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"column", "value", "suppressed"})
  public record SuppressedSegmentBody(String column, String value) implements SegmentFiguresBody {
    /** Always true. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return true;
    }
  }

  /** {@code NetworkFigures}: one network, published or suppressed. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface NetworkFiguresBody permits PublishedNetworkBody, SuppressedNetworkBody {}

  /** A published network: how many take part, and from which segments. */
  @API(status = INTERNAL, since = "0.1.0")
  public record PublishedNetworkBody(
      String name, int n, Double share, List<NetworkSegmentCountBody> segments)
      implements NetworkFiguresBody {}

  /** A network under the small-group rule: its name, and nothing else. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"name", "suppressed"})
  public record SuppressedNetworkBody(String name) implements NetworkFiguresBody {
    /** Always true. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return true;
    }
  }

  /** {@code NetworkSegmentCount}: a network's members in one segment, published or suppressed. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface NetworkSegmentCountBody permits PublishedCountBody, SuppressedCountBody {}

  /** A published count. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"column", "value", "n", "share", "suppressed"})
  public record PublishedCountBody(String column, String value, int n, Double share)
      implements NetworkSegmentCountBody {
    /** Always false. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return false;
    }
  }

  /** A count under the small-group rule: its column and value, and nothing else. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"column", "value", "suppressed"})
  public record SuppressedCountBody(String column, String value)
      implements NetworkSegmentCountBody {
    /** Always true. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // compare

  /** {@code Comparison}: the comparison of two waves, or {@link WithheldComparisonBody}. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface ComparisonBody permits ComparisonFiguresBody, WithheldComparisonBody {}

  /** The comparison; {@code paired} is null with fewer than two pairs. */
  @API(status = INTERNAL, since = "0.1.0")
  public record ComparisonFiguresBody(
      IndependentComparisonBody independent, PairedComparisonBody paired)
      implements ComparisonBody {}

  /** {@code Withheld} in the comparison, which has no count: {@code {suppressed: true, reason}}. */
  @API(status = INTERNAL, since = "0.1.0")
  @JsonPropertyOrder({"suppressed", "reason"})
  public record WithheldComparisonBody(String reason) implements ComparisonBody {
    /** Always true. */
    @JsonProperty("suppressed")
    public boolean suppressed() {
      return true;
    }
  }

  /** {@code IndependentComparison}: the two waves as independent samples. */
  @API(status = INTERNAL, since = "0.1.0")
  public record IndependentComparisonBody(
      int nBefore,
      int nAfter,
      Double meanBefore,
      Double meanAfter,
      Double difference,
      List<Double> ci95,
      Double welchDf,
      Double hedgesG) {}

  /** {@code PairedComparison}: the respondents who answered both waves. */
  @API(status = INTERNAL, since = "0.1.0")
  public record PairedComparisonBody(
      int nPairs, Double meanDifference, List<Double> ci95, Double dz) {}

  // ---------------------------------------------------------------------------------------------
  // model

  /** {@code ParticipationModel}: the fitted model, or {@link WithheldBody}. */
  @API(status = INTERNAL, since = "0.1.0")
  public sealed interface ParticipationBody permits ParticipationFiguresBody, WithheldBody {}

  /** The fitted model of trust and taking part. */
  @API(status = INTERNAL, since = "0.1.0")
  public record ParticipationFiguresBody(
      int n,
      int events,
      int cut,
      List<ModelTermBody> terms,
      Double deviance,
      Double nullDeviance,
      Double aic,
      int dfResidual)
      implements ParticipationBody {}

  /** {@code ModelTerm}: one term of the model. */
  @API(status = INTERNAL, since = "0.1.0")
  public record ModelTermBody(
      String term,
      Double estimate,
      Double se,
      Double z,
      Double p,
      Double oddsRatio,
      List<Double> ci95) {}

  // ---------------------------------------------------------------------------------------------
  // The documents

  /**
   * The {@code score} document: {@code {n, nComplete, reliability, reliabilityNote, score,
   * groupReliability, groups}}.
   */
  public static ScoresBody scaleReport(ScaleReport report) {
    if (report.suppressed().isPresent()) {
      return new WithheldBody(report.suppressed().get());
    }
    return new ScoreFiguresBody(
        report.n(),
        report.nComplete(),
        report.reliability().map(ResultJson::reliability).orElse(null),
        report.reliabilityNote().orElse(null),
        summary(report.score()),
        report.groupReliability().map(ResultJson::groupReliability).orElse(null),
        report.groups().isEmpty()
            ? null
            : report.groups().stream().map(ResultJson::group).toList());
  }

  /**
   * The {@code red-thread} document: {@code {n, kendallW, urgencyBasis, urgencyNote, values,
   * segments, networks}}, where {@code urgencyBasis} says what urgency is made of ({@code
   * importanceAndSatisfaction}, {@code importance} or {@code dissatisfaction}) and {@code
   * urgencyNote} says it in a sentence; a wave the disclosure policy withholds is {@code {n: null,
   * suppressed: true, reason}} (docs/privacy.md).
   */
  public static RedThreadBody redThread(RedThread redThread) {
    if (redThread.suppressed().isPresent()) {
      return new WithheldBody(redThread.suppressed().get());
    }
    return new RedThreadFiguresBody(
        redThread.n(),
        number(redThread.kendallW()),
        redThread.urgencyBasis().code(),
        redThread.urgencyBasis().sentence(),
        values(redThread.values()),
        redThread.segments().stream().map(ResultJson::segment).toList(),
        networks(redThread.networks()));
  }

  /**
   * The networks part of the {@code red-thread} document, an array; a wave the disclosure policy
   * withholds is {@code {n: null, suppressed: true, reason}}.
   */
  public static NetworksBody networks(RedThread redThread) {
    if (redThread.suppressed().isPresent()) {
      return new WithheldBody(redThread.suppressed().get());
    }
    return new NetworkListBody(networks(redThread.networks()));
  }

  /** The {@code compare} document: {@code {independent, paired}}. */
  public static ComparisonBody waveComparison(WaveComparison comparison) {
    if (comparison.suppressed().isPresent()) {
      return new WithheldComparisonBody(comparison.suppressed().get());
    }
    IndependentComparison independent = comparison.independent();
    return new ComparisonFiguresBody(
        new IndependentComparisonBody(
            independent.nBefore(),
            independent.nAfter(),
            number(independent.meanBefore()),
            number(independent.meanAfter()),
            number(independent.difference()),
            interval(independent.ci95()),
            number(independent.welchDf()),
            number(independent.hedgesG())),
        comparison.paired().map(ResultJson::paired).orElse(null));
  }

  /**
   * The {@code model} document (docs/scoring.md#trust-and-taking-part): {@code {n, events, cut,
   * terms:[{term, estimate, se, z, p, oddsRatio, ci95}], deviance, nullDeviance, aic, dfResidual}};
   * a model the disclosure rules refuse is {@code {n: null, suppressed: true, reason}}.
   */
  public static ParticipationBody participationModel(ParticipationModel model) {
    if (model.suppressed().isPresent()) {
      return new WithheldBody(model.suppressed().get());
    }
    return new ParticipationFiguresBody(
        model.n(),
        model.events(),
        model.cut(),
        model.terms().stream()
            .map(
                t ->
                    new ModelTermBody(
                        t.term(),
                        number(t.estimate()),
                        number(t.se()),
                        number(t.z()),
                        number(t.p()),
                        number(t.oddsRatio()),
                        interval(t.ci95())))
            .toList(),
        number(model.deviance()),
        number(model.nullDeviance()),
        number(model.aic()),
        model.dfResidual());
  }

  /** Writes {@code document} indented, followed by a line break; leaves {@code out} open. */
  public static void write(Object document, Writer out) throws IOException {
    MAPPER.writeValue(out, document);
    out.write(System.lineSeparator());
    out.flush();
  }

  private static ReliabilityBody reliability(Reliability reliability) {
    return new ReliabilityBody(
        number(reliability.alpha()),
        number(reliability.standardizedAlpha()),
        number(reliability.averageR()),
        reliability.items().stream().map(ResultJson::item).toList());
  }

  private static ItemStatisticsBody item(ItemStatistics item) {
    return new ItemStatisticsBody(
        item.id(),
        number(item.mean()),
        number(item.sd()),
        number(item.itemRestCorrelation()),
        number(item.alphaIfDeleted()));
  }

  private static ScoreSummaryBody summary(ScoreSummary score) {
    return new ScoreSummaryBody(
        score.n(), number(score.mean()), number(score.sd()), interval(score.ci95()));
  }

  private static GroupReliabilityBody groupReliability(GroupReliability reliability) {
    return new GroupReliabilityBody(
        number(reliability.icc1()),
        number(reliability.icc2()),
        reliability.groups(),
        number(reliability.meanGroupSize()));
  }

  private static GroupScoreBody group(GroupScore group) {
    if (group instanceof GroupScore.Published published) {
      return new PublishedGroupBody(
          published.group(),
          published.n(),
          number(published.mean()),
          number(published.sd()),
          interval(published.ci95()));
    }
    return new SuppressedGroupBody(((GroupScore.Suppressed) group).group());
  }

  private static SegmentFiguresBody segment(SegmentFigures segment) {
    if (segment instanceof SegmentFigures.Published published) {
      return new PublishedSegmentBody(
          segment.column(), segment.value(), published.n(), values(published.values()));
    }
    return new SuppressedSegmentBody(segment.column(), segment.value());
  }

  private static List<NetworkFiguresBody> networks(List<NetworkFigures> networks) {
    return networks.stream().map(ResultJson::network).toList();
  }

  private static NetworkFiguresBody network(NetworkFigures network) {
    if (network.suppressed()) {
      return new SuppressedNetworkBody(network.name());
    }
    return new PublishedNetworkBody(
        network.name(),
        network.n(),
        number(network.share()),
        network.segments().stream().map(ResultJson::count).toList());
  }

  private static NetworkSegmentCountBody count(NetworkFigures.SegmentCount count) {
    if (count instanceof NetworkFigures.SegmentCount.Published published) {
      return new PublishedCountBody(
          count.column(), count.value(), published.n(), number(published.share()));
    }
    return new SuppressedCountBody(count.column(), count.value());
  }

  private static List<ValueFiguresBody> values(List<ValueFigures> values) {
    return values.stream().map(ResultJson::value).toList();
  }

  private static ValueFiguresBody value(ValueFigures value) {
    if (value.suppressed()) {
      return new SuppressedValueBody(value.code());
    }
    return new PublishedValueBody(
        value.code(),
        value.n(),
        number(value.importanceMean()),
        number(value.importanceSd()),
        number(value.satisfactionMean()),
        number(value.urgency()),
        number(value.topShare()),
        value.borda(),
        value.rank(),
        number(value.pTopK()));
  }

  private static PairedComparisonBody paired(PairedComparison paired) {
    return new PairedComparisonBody(
        paired.nPairs(),
        number(paired.meanDifference()),
        interval(paired.ci95()),
        number(paired.dz()));
  }

  /** {@code [lower, upper]}, or null when the interval is not defined. */
  private static List<Double> interval(Interval interval) {
    return interval.isDefined() ? List.of(interval.lower(), interval.upper()) : null;
  }

  /** A figure, or null when it is not a finite number (JSON has no NaN). */
  private static Double number(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
