package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.participation.ModelTerm;
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
 * The JSON documents of docs/cli.md for the results of {@code score}, {@code red-thread}, {@code
 * compare} and {@code model}. The keys are a public contract: the command line prints these
 * documents and the REST API returns them.
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
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ResultJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  private ResultJson() {}

  /**
   * The {@code score} document: {@code {n, nComplete, reliability, reliabilityNote, score,
   * groupReliability, groups}}; {@code reliabilityNote} says why {@code reliability} is null, and
   * is null when it is not.
   */
  public static ObjectNode scaleReport(ScaleReport report) {
    ObjectNode json = NODES.objectNode();
    if (report.suppressed().isPresent()) {
      json.putNull("n");
      json.put("suppressed", true);
      json.put("reason", report.suppressed().get());
      return json;
    }
    json.put("n", report.n());
    json.put("nComplete", report.nComplete());
    json.set("reliability", report.reliability().map(ResultJson::reliability).orElse(null));
    if (report.reliabilityNote().isPresent()) {
      json.put("reliabilityNote", report.reliabilityNote().get());
    } else {
      json.putNull("reliabilityNote");
    }
    json.set("score", summary(report.score()));
    json.set(
        "groupReliability",
        report.groupReliability().map(ResultJson::groupReliability).orElse(null));
    if (report.groups().isEmpty()) {
      json.putNull("groups");
    } else {
      ArrayNode groups = json.putArray("groups");
      report.groups().forEach(group -> groups.add(group(group)));
    }
    return json;
  }

  /**
   * The {@code red-thread} document: {@code {n, kendallW, values, segments, networks}}; a wave the
   * disclosure policy withholds is {@code {n: null, suppressed: true, reason}} (docs/privacy.md).
   */
  public static ObjectNode redThread(RedThread redThread) {
    ObjectNode json = NODES.objectNode();
    if (redThread.suppressed().isPresent()) {
      json.putNull("n");
      json.put("suppressed", true);
      json.put("reason", redThread.suppressed().get());
      return json;
    }
    json.put("n", redThread.n());
    number(json, "kendallW", redThread.kendallW());
    json.set("values", values(redThread.values()));
    ArrayNode segments = json.putArray("segments");
    for (SegmentFigures segment : redThread.segments()) {
      ObjectNode node = segments.addObject();
      node.put("column", segment.column());
      node.put("value", segment.value());
      if (segment instanceof SegmentFigures.Published published) {
        node.put("n", published.n());
        node.put("suppressed", false);
        node.set("values", values(published.values()));
      } else {
        node.put("suppressed", true);
      }
    }
    ArrayNode networks = json.putArray("networks");
    for (NetworkFigures network : redThread.networks()) {
      ObjectNode node = networks.addObject();
      node.put("name", network.name());
      if (network.suppressed()) {
        node.put("suppressed", true);
        continue;
      }
      node.put("n", network.n());
      number(node, "share", network.share());
      ArrayNode counts = node.putArray("segments");
      for (NetworkFigures.SegmentCount count : network.segments()) {
        ObjectNode countNode = counts.addObject();
        countNode.put("column", count.column());
        countNode.put("value", count.value());
        if (count instanceof NetworkFigures.SegmentCount.Published published) {
          countNode.put("n", published.n());
          number(countNode, "share", published.share());
          countNode.put("suppressed", false);
        } else {
          countNode.put("suppressed", true);
        }
      }
    }
    return json;
  }

  /** The {@code compare} document: {@code {independent, paired}}. */
  public static ObjectNode waveComparison(WaveComparison comparison) {
    ObjectNode json = NODES.objectNode();
    if (comparison.suppressed().isPresent()) {
      json.put("suppressed", true);
      json.put("reason", comparison.suppressed().get());
      return json;
    }
    IndependentComparison independent = comparison.independent();
    ObjectNode node = json.putObject("independent");
    node.put("nBefore", independent.nBefore());
    node.put("nAfter", independent.nAfter());
    number(node, "meanBefore", independent.meanBefore());
    number(node, "meanAfter", independent.meanAfter());
    number(node, "difference", independent.difference());
    node.set("ci95", interval(independent.ci95()));
    number(node, "welchDf", independent.welchDf());
    number(node, "hedgesG", independent.hedgesG());
    json.set("paired", comparison.paired().map(ResultJson::paired).orElse(null));
    return json;
  }

  /**
   * The {@code model} document (docs/scoring.md#trust-and-taking-part): {@code {n, events, cut,
   * terms:[{term, estimate, se, z, p, oddsRatio, ci95}], deviance, nullDeviance, aic, dfResidual}}.
   */
  public static ObjectNode participationModel(ParticipationModel model) {
    ObjectNode json = NODES.objectNode();
    if (model.suppressed().isPresent()) {
      json.putNull("n");
      json.put("suppressed", true);
      json.put("reason", model.suppressed().get());
      return json;
    }
    json.put("n", model.n());
    json.put("events", model.events());
    json.put("cut", model.cut());
    ArrayNode terms = json.putArray("terms");
    for (ModelTerm term : model.terms()) {
      ObjectNode node = terms.addObject();
      node.put("term", term.term());
      number(node, "estimate", term.estimate());
      number(node, "se", term.se());
      number(node, "z", term.z());
      number(node, "p", term.p());
      number(node, "oddsRatio", term.oddsRatio());
      node.set("ci95", interval(term.ci95()));
    }
    number(json, "deviance", model.deviance());
    number(json, "nullDeviance", model.nullDeviance());
    number(json, "aic", model.aic());
    json.put("dfResidual", model.dfResidual());
    return json;
  }

  /** Writes {@code document} indented, followed by a line break; leaves {@code out} open. */
  public static void write(JsonNode document, Writer out) throws IOException {
    MAPPER.writeValue(out, document);
    out.write(System.lineSeparator());
    out.flush();
  }

  private static ObjectNode reliability(Reliability reliability) {
    ObjectNode json = NODES.objectNode();
    number(json, "alpha", reliability.alpha());
    number(json, "standardizedAlpha", reliability.standardizedAlpha());
    number(json, "averageR", reliability.averageR());
    ArrayNode items = json.putArray("items");
    for (ItemStatistics item : reliability.items()) {
      ObjectNode node = items.addObject();
      node.put("id", item.id());
      number(node, "mean", item.mean());
      number(node, "sd", item.sd());
      number(node, "itemRestCorrelation", item.itemRestCorrelation());
      number(node, "alphaIfDeleted", item.alphaIfDeleted());
    }
    return json;
  }

  private static ObjectNode summary(ScoreSummary score) {
    ObjectNode json = NODES.objectNode();
    json.put("n", score.n());
    number(json, "mean", score.mean());
    number(json, "sd", score.sd());
    json.set("ci95", interval(score.ci95()));
    return json;
  }

  private static ObjectNode groupReliability(GroupReliability reliability) {
    ObjectNode json = NODES.objectNode();
    number(json, "icc1", reliability.icc1());
    number(json, "icc2", reliability.icc2());
    json.put("groups", reliability.groups());
    number(json, "meanGroupSize", reliability.meanGroupSize());
    return json;
  }

  private static ObjectNode group(GroupScore group) {
    ObjectNode json = NODES.objectNode();
    if (group instanceof GroupScore.Published published) {
      json.put("group", published.group());
      json.put("n", published.n());
      number(json, "mean", published.mean());
      number(json, "sd", published.sd());
      json.set("ci95", interval(published.ci95()));
      json.put("suppressed", false);
    } else {
      json.put("group", ((GroupScore.Suppressed) group).group());
      json.put("suppressed", true);
    }
    return json;
  }

  private static ArrayNode values(List<ValueFigures> values) {
    ArrayNode array = NODES.arrayNode();
    for (ValueFigures value : values) {
      ObjectNode node = array.addObject();
      node.put("code", value.code());
      if (value.suppressed()) {
        node.put("suppressed", true);
        continue;
      }
      node.put("n", value.n());
      number(node, "importanceMean", value.importanceMean());
      number(node, "importanceSd", value.importanceSd());
      number(node, "satisfactionMean", value.satisfactionMean());
      number(node, "urgency", value.urgency());
      number(node, "topShare", value.topShare());
      node.put("borda", value.borda());
      node.put("rank", value.rank());
      number(node, "pTopK", value.pTopK());
    }
    return array;
  }

  private static ObjectNode paired(PairedComparison paired) {
    ObjectNode json = NODES.objectNode();
    json.put("nPairs", paired.nPairs());
    number(json, "meanDifference", paired.meanDifference());
    json.set("ci95", interval(paired.ci95()));
    number(json, "dz", paired.dz());
    return json;
  }

  private static JsonNode interval(Interval interval) {
    if (!interval.isDefined()) {
      return NODES.nullNode();
    }
    ArrayNode array = NODES.arrayNode();
    array.add(interval.lower());
    array.add(interval.upper());
    return array;
  }

  /** A figure, or null when it is not a finite number (JSON has no NaN). */
  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
