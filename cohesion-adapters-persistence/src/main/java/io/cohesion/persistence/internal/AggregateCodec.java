package io.cohesion.persistence.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.TargetValue;
import io.cohesion.core.Text;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.engagement.MoveReason;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.PhaseMove;
import io.cohesion.core.initiative.MarketConsultation;
import io.cohesion.core.initiative.MarketOption;
import io.cohesion.core.initiative.PreferenceVote;
import io.cohesion.core.initiative.Principle;
import io.cohesion.core.initiative.PrincipleAssessment;
import io.cohesion.core.initiative.Team;
import io.cohesion.core.initiative.TeamMember;
import io.cohesion.core.initiative.TeamRole;
import io.cohesion.core.initiative.Verdict;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON text of the lists inside initiatives, activities, consultations and household phases
 * ({@code body} and {@code moves} columns). Keys are readable, so that the stored form can be
 * inspected with the database's own JSON functions; sets are written sorted, so that the same
 * aggregate is always the same text.
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

  /** A household's moves, oldest first. */
  static String moves(List<PhaseMove> moves) {
    ArrayNode root = MAPPER.createArrayNode();
    for (PhaseMove move : moves) {
      ObjectNode m = root.addObject();
      move.from().ifPresent(f -> m.put("from", f.name()));
      m.put("to", move.to().name());
      m.put("date", move.date().toString());
      m.put("recorded", move.recorded().toString());
      m.put("reason", move.reason().name());
      move.reference().ifPresent(r -> m.put("reference", r));
    }
    return root.toString();
  }

  static List<PhaseMove> moves(String json) {
    List<PhaseMove> moves = new ArrayList<>();
    for (JsonNode m : tree(json)) {
      moves.add(
          new PhaseMove(
              optionalText(m, "from").map(Phase::valueOf),
              Phase.valueOf(m.get("to").asText()),
              LocalDate.parse(m.get("date").asText()),
              LocalDate.parse(m.get("recorded").asText()),
              MoveReason.valueOf(m.get("reason").asText()),
              optionalText(m, "reference")));
    }
    return moves;
  }

  /** What a stored consultation keeps besides its id, initiative and day. */
  record ConsultationBody(List<Principle> principles, MarketConsultation consultation) {}

  static String consultationBody(List<Principle> principles, MarketConsultation consultation) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode principleNodes = root.putArray("principles");
    for (Principle principle : principles) {
      ObjectNode p = principleNodes.addObject();
      p.put("code", principle.code());
      text(p.putObject("description"), principle.description());
    }
    root.put("partners", consultation.partners());
    ArrayNode options = root.putArray("options");
    for (MarketOption option : consultation.options()) {
      ObjectNode o = options.addObject();
      o.put("id", option.id());
      o.put("company", option.company());
      o.put("offer", option.offer());
      ArrayNode assessments = o.putArray("assessments");
      for (PrincipleAssessment a : option.assessments()) {
        assessments
            .addObject()
            .put("principle", a.principle())
            .put("verdict", a.verdict().name())
            .put("reason", a.reason());
      }
    }
    ArrayNode votes = root.putArray("votes");
    for (PreferenceVote vote : consultation.votes()) {
      ObjectNode v = votes.addObject();
      v.put("voter", vote.voter().value());
      ArrayNode chosen = v.putArray("options");
      vote.options().forEach(chosen::add);
    }
    return root.toString();
  }

  static ConsultationBody consultationBody(String json) {
    JsonNode root = tree(json);
    List<Principle> principles = new ArrayList<>();
    for (JsonNode p : root.get("principles")) {
      principles.add(new Principle(p.get("code").asText(), text(p.get("description"))));
    }
    List<MarketOption> options = new ArrayList<>();
    for (JsonNode o : root.get("options")) {
      List<PrincipleAssessment> assessments = new ArrayList<>();
      for (JsonNode a : o.get("assessments")) {
        assessments.add(
            new PrincipleAssessment(
                a.get("principle").asText(),
                Verdict.valueOf(a.get("verdict").asText()),
                a.get("reason").asText()));
      }
      options.add(
          new MarketOption(
              o.get("id").asText(),
              o.get("company").asText(),
              o.get("offer").asText(),
              assessments));
    }
    List<PreferenceVote> votes = new ArrayList<>();
    for (JsonNode v : root.get("votes")) {
      List<String> chosen = new ArrayList<>();
      v.get("options").forEach(c -> chosen.add(c.asText()));
      votes.add(new PreferenceVote(new Pseudonym(v.get("voter").asText()), chosen));
    }
    return new ConsultationBody(
        principles, new MarketConsultation(options, root.get("partners").asInt(), votes));
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
