package io.cohesion.persistence.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.TargetValue;
import io.cohesion.core.Text;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.initiative.Principle;
import io.cohesion.core.initiative.Team;
import io.cohesion.core.initiative.TeamMember;
import io.cohesion.core.initiative.TeamRole;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON text of the lists inside initiatives and activities ({@code body} columns). Keys are
 * readable, so that the stored form can be inspected with the database's own JSON functions; sets
 * are written sorted, so that the same aggregate is always the same text.
 */
final class AggregateCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AggregateCodec() {}

  /** What an initiative keeps besides its id and name. */
  record InitiativeBody(
      List<NeighbourhoodId> neighbourhoods, List<Principle> principles, Team team) {}

  static String initiativeBody(
      List<NeighbourhoodId> neighbourhoods, List<Principle> principles, Team team) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode places = root.putArray("neighbourhoods");
    neighbourhoods.forEach(n -> places.add(n.value()));
    ArrayNode principleNodes = root.putArray("principles");
    for (Principle principle : principles) {
      ObjectNode p = principleNodes.addObject();
      p.put("code", principle.code());
      text(p.putObject("description"), principle.description());
    }
    ArrayNode members = root.putArray("team");
    for (TeamMember member : team.members()) {
      ObjectNode m = members.addObject();
      m.put("name", member.name());
      ArrayNode roles = m.putArray("roles");
      EnumSet.copyOf(member.roles()).forEach(r -> roles.add(r.name()));
    }
    return root.toString();
  }

  static InitiativeBody initiativeBody(String json) {
    JsonNode root = tree(json);
    List<NeighbourhoodId> neighbourhoods = new ArrayList<>();
    root.get("neighbourhoods").forEach(n -> neighbourhoods.add(new NeighbourhoodId(n.asText())));
    List<Principle> principles = new ArrayList<>();
    for (JsonNode p : root.get("principles")) {
      principles.add(new Principle(p.get("code").asText(), text(p.get("description"))));
    }
    List<TeamMember> members = new ArrayList<>();
    for (JsonNode m : root.get("team")) {
      Set<TeamRole> roles = EnumSet.noneOf(TeamRole.class);
      m.get("roles").forEach(r -> roles.add(TeamRole.valueOf(r.asText())));
      members.add(new TeamMember(m.get("name").asText(), roles));
    }
    return new InitiativeBody(neighbourhoods, principles, new Team(members));
  }

  /** What an activity keeps besides its id, neighbourhood, name and status. */
  record ActivityBody(
      String description,
      List<TargetValue> targets,
      List<TargetSegment> segments,
      Set<String> partners,
      Optional<String> sustainabilityLink,
      Optional<String> benefit) {}

  static String activityBody(ActivityBody body) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("description", body.description());
    ArrayNode targets = root.putArray("targets");
    for (TargetValue target : body.targets()) {
      targets.addObject().put("code", target.code()).put("weight", target.weight());
    }
    ArrayNode segments = root.putArray("segments");
    for (TargetSegment segment : body.segments()) {
      segments.addObject().put("column", segment.column()).put("value", segment.value());
    }
    ArrayNode partners = root.putArray("partners");
    new TreeSet<>(body.partners()).forEach(partners::add);
    body.sustainabilityLink().ifPresent(l -> root.put("sustainabilityLink", l));
    body.benefit().ifPresent(b -> root.put("benefit", b));
    return root.toString();
  }

  static ActivityBody activityBody(String json) {
    JsonNode root = tree(json);
    List<TargetValue> targets = new ArrayList<>();
    for (JsonNode t : root.get("targets")) {
      targets.add(new TargetValue(t.get("code").asText(), t.get("weight").asDouble()));
    }
    List<TargetSegment> segments = new ArrayList<>();
    for (JsonNode s : root.get("segments")) {
      segments.add(new TargetSegment(s.get("column").asText(), s.get("value").asText()));
    }
    Set<String> partners = new TreeSet<>();
    root.get("partners").forEach(p -> partners.add(p.asText()));
    return new ActivityBody(
        root.get("description").asText(),
        targets,
        segments,
        partners,
        optionalText(root, "sustainabilityLink"),
        optionalText(root, "benefit"));
  }

  private static Optional<String> optionalText(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  private static void text(ObjectNode node, Text text) {
    node.put("nl", text.nl());
    node.put("en", text.en());
  }

  private static Text text(JsonNode node) {
    return new Text(node.get("nl").asText(), node.get("en").asText());
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored aggregate body is not valid JSON", e);
    }
  }
}
