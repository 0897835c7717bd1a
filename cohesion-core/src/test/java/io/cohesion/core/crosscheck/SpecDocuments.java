package io.cohesion.core.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.redthread.NetworkFigures;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.SegmentFigures;
import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.trust.GroupScore;
import io.cohesion.core.trust.IndependentComparison;
import io.cohesion.core.trust.ItemStatistics;
import io.cohesion.core.trust.ScaleReport;
import io.cohesion.core.trust.WaveComparison;
import java.util.List;

/**
 * The results of the core API written as the documents of docs/cli.md, so they can be compared with
 * R's figures key by key. Written from docs/cli.md, independently of the adapters' JSON writer.
 */
final class SpecDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SpecDocuments() {}

  static ObjectNode score(ScaleReport report) {
    ObjectNode json = NODES.objectNode();
    json.put("n", report.n());
    json.put("nComplete", report.nComplete());
    json.set(
        "reliability",
        report
            .reliability()
            .<JsonNode>map(
                r -> {
                  ObjectNode node = NODES.objectNode();
                  number(node, "alpha", r.alpha());
                  number(node, "standardizedAlpha", r.standardizedAlpha());
                  number(node, "averageR", r.averageR());
                  ArrayNode items = node.putArray("items");
                  for (ItemStatistics item : r.items()) {
                    ObjectNode i = items.addObject();
                    i.put("id", item.id());
                    number(i, "mean", item.mean());
                    number(i, "sd", item.sd());
                    number(i, "itemRestCorrelation", item.itemRestCorrelation());
                    number(i, "alphaIfDeleted", item.alphaIfDeleted());
                  }
                  return node;
                })
            .orElse(NODES.nullNode()));
    ObjectNode score = json.putObject("score");
    score.put("n", report.score().n());
    number(score, "mean", report.score().mean());
    number(score, "sd", report.score().sd());
    score.set("ci95", interval(report.score().ci95()));
    json.set(
        "groupReliability",
        report
            .groupReliability()
            .<JsonNode>map(
                g -> {
                  ObjectNode node = NODES.objectNode();
                  number(node, "icc1", g.icc1());
                  number(node, "icc2", g.icc2());
                  node.put("groups", g.groups());
                  number(node, "meanGroupSize", g.meanGroupSize());
                  return node;
                })
            .orElse(NODES.nullNode()));
    if (report.groups().isEmpty()) {
      json.putNull("groups");
    } else {
      ArrayNode groups = json.putArray("groups");
      for (GroupScore group : report.groups()) {
        ObjectNode node = groups.addObject();
        node.put("group", group.group());
        if (group instanceof GroupScore.Published published) {
          node.put("n", published.n());
          number(node, "mean", published.mean());
          number(node, "sd", published.sd());
          node.set("ci95", interval(published.ci95()));
        }
        node.put("suppressed", group.suppressed());
      }
    }
    return json;
  }

  static ObjectNode compare(WaveComparison comparison) {
    ObjectNode json = NODES.objectNode();
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
    json.set(
        "paired",
        comparison
            .paired()
            .<JsonNode>map(
                p -> {
                  ObjectNode paired = NODES.objectNode();
                  paired.put("nPairs", p.nPairs());
                  number(paired, "meanDifference", p.meanDifference());
                  paired.set("ci95", interval(p.ci95()));
                  number(paired, "dz", p.dz());
                  return paired;
                })
            .orElse(NODES.nullNode()));
    return json;
  }

  static ObjectNode redThread(RedThread redThread) {
    ObjectNode json = NODES.objectNode();
    json.put("n", redThread.n());
    number(json, "kendallW", redThread.kendallW());
    json.put("urgencyBasis", redThread.urgencyBasis().code());
    json.put("urgencyNote", redThread.urgencyBasis().sentence());
    json.set("values", values(redThread.values()));
    ArrayNode segments = json.putArray("segments");
    for (SegmentFigures segment : redThread.segments()) {
      ObjectNode node = segments.addObject();
      node.put("column", segment.column());
      node.put("value", segment.value());
      if (segment instanceof SegmentFigures.Published published) {
        node.put("n", published.n());
        node.set("values", values(published.values()));
      }
      node.put("suppressed", segment.suppressed());
    }
    ArrayNode networks = json.putArray("networks");
    for (NetworkFigures network : redThread.networks()) {
      ObjectNode node = networks.addObject();
      node.put("name", network.name());
      node.put("n", network.n());
      number(node, "share", network.share());
      ArrayNode counts = node.putArray("segments");
      for (NetworkFigures.SegmentCount count : network.segments()) {
        ObjectNode c = counts.addObject();
        c.put("column", count.column());
        c.put("value", count.value());
        if (count instanceof NetworkFigures.SegmentCount.Published published) {
          c.put("n", published.n());
          number(c, "share", published.share());
        }
        c.put("suppressed", count.suppressed());
      }
    }
    return json;
  }

  private static ArrayNode values(List<ValueFigures> values) {
    ArrayNode array = NODES.arrayNode();
    for (ValueFigures value : values) {
      ObjectNode node = array.addObject();
      node.put("code", value.code());
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

  private static JsonNode interval(Interval interval) {
    if (!interval.isDefined()) {
      return NODES.nullNode();
    }
    return NODES.arrayNode().add(interval.lower()).add(interval.upper());
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isNaN(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
