package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.Text;
import io.cohesion.core.Versioned;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.ConsultationOutcome;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.ManageInitiative;
import io.cohesion.core.initiative.MarketConsultation;
import io.cohesion.core.initiative.MarketOption;
import io.cohesion.core.initiative.PreferenceVote;
import io.cohesion.core.initiative.Principle;
import io.cohesion.core.initiative.PrincipleAssessment;
import io.cohesion.core.initiative.Team;
import io.cohesion.core.initiative.TeamAdvice;
import io.cohesion.core.initiative.TeamMember;
import io.cohesion.core.initiative.TeamRole;
import io.cohesion.core.initiative.Verdict;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code /initiatives}: the local initiative with its principles, its team and the method's advice
 * about that team, and the outcome of a market consultation under the principles.
 *
 * <p>The team names people, so only coordinators and ambassadors read it; researchers see the
 * initiative, its principles and the advice.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class InitiativeResource implements ApiResource {
  private final ManageInitiative manage;
  private Bodies bodies;

  /** A resource over the use case {@code manage}. */
  public InitiativeResource(ManageInitiative manage) {
    this.manage = manage;
  }

  /** An initiative to start; without principles it gets the default ones. */
  record InitiativeRequest(
      String id,
      String name,
      List<String> neighbourhoods,
      List<PrincipleRequest> principles,
      TeamRequest team) {}

  /** A hard criterion. */
  record PrincipleRequest(String code, TextRequest description) {}

  /** A text in Dutch and English; one language stands in for the other. */
  record TextRequest(String nl, String en) {}

  /** The principles, as read and replaced. */
  record PrinciplesRequest(List<PrincipleRequest> principles) {}

  /** The team, as read and replaced. */
  record TeamRequest(List<MemberRequest> members) {}

  /** A team member. */
  record MemberRequest(String name, List<String> roles) {}

  /** A market consultation to settle. */
  record ConsultationRequest(
      String id, List<OptionRequest> options, Integer partners, List<VoteRequest> votes) {}

  /** A company's option. */
  record OptionRequest(
      String id, String company, String offer, List<AssessmentRequest> assessments) {}

  /** An option's assessment against one principle. */
  record AssessmentRequest(String principle, String verdict, String reason) {}

  /** A resident's vote. */
  record VoteRequest(String voter, List<String> options) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    Access readers = Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER);
    Access coordinators = Access.roles(COORDINATOR);
    routes.get("/initiatives", readers, this::list);
    routes.post("/initiatives", coordinators, this::create);
    routes.get("/initiatives/{id}", readers, this::read);
    routes.get("/initiatives/{id}/principles", readers, this::principles);
    routes.put("/initiatives/{id}/principles", coordinators, this::changePrinciples);
    routes.getRaw("/initiatives/{id}/team", Access.roles(COORDINATOR, AMBASSADOR), this::team);
    routes.put("/initiatives/{id}/team", coordinators, this::changeTeam);
    routes.get("/initiatives/{id}/team-advice", readers, this::advice);
    routes.post("/initiatives/{id}/market-consultation", coordinators, this::consult);
    routes.getRaw("/initiatives/{id}/market-consultations", coordinators, this::consultations);
    routes.getRaw(
        "/initiatives/{id}/market-consultations/{consultation}",
        coordinators,
        this::readConsultation);
  }

  /** {@code Initiative}: an initiative and its principles, without its team. */
  record InitiativeBody(
      String id, String name, List<String> neighbourhoods, List<PrincipleBody> principles) {}

  /** {@code Principle}: a hard criterion. */
  record PrincipleBody(String code, Views.TextBody description) {}

  /** {@code Principles}: the principles of an initiative. */
  record PrinciplesBody(List<PrincipleBody> principles) {}

  /** {@code Team}: the members of an initiative's team. */
  record TeamBody(List<MemberBody> members) {}

  /** One of {@link TeamBody#members()}: a member and the roles they take. */
  record MemberBody(String name, List<String> roles) {}

  /**
   * {@code TeamAdvice}: the method's advice about a team; {@code roles} counts the members of each
   * role, by the role's name.
   */
  record TeamAdviceBody(
      int size, Map<String, Integer> roles, boolean sound, List<AdviceBody> advice) {}

  /** One of {@link TeamAdviceBody#advice()}. */
  record AdviceBody(String kind, String severity, Views.TextBody message) {}

  /**
   * {@code ConsultationOutcome}: the options picked in a market consultation, and why, with the id
   * and day it was kept under.
   */
  record ConsultationOutcomeBody(
      String id,
      LocalDate held,
      int partners,
      List<String> picked,
      List<StandingBody> ranking,
      List<StandingBody> notEligible) {}

  /**
   * {@code Consultation}: a market consultation as it was held: the principles of that day, the
   * options with their verdict per principle, the votes (by pseudonym) and the outcome.
   */
  record ConsultationBody(
      String id,
      String initiative,
      LocalDate held,
      int partners,
      List<PrincipleBody> principles,
      List<OptionBody> options,
      List<VoteBody> votes,
      ConsultationOutcomeBody outcome) {}

  /** One option of a consultation, with its assessments. */
  record OptionBody(String id, String company, String offer, List<AssessmentBody> assessments) {}

  /** An option's verdict on one principle. */
  record AssessmentBody(String principle, String verdict, String reason) {}

  /** A resident's vote, by pseudonym. */
  record VoteBody(String voter, List<String> options) {}

  /** One of {@link ConsultationOutcomeBody#ranking()}: an option with its votes. */
  record StandingBody(
      String option,
      String company,
      int votes,
      boolean eligible,
      List<String> failed,
      List<String> unknown) {}

  static InitiativeBody view(Initiative initiative) {
    return new InitiativeBody(
        initiative.id().value(),
        initiative.name(),
        initiative.neighbourhoods().stream().map(n -> n.value()).toList(),
        principles(initiative.principles()));
  }

  private static List<PrincipleBody> principles(List<Principle> principles) {
    return principles.stream()
        .map(p -> new PrincipleBody(p.code(), Views.text(p.description())))
        .toList();
  }

  private static TeamBody team(Team team) {
    return new TeamBody(
        team.members().stream()
            .map(
                member ->
                    new MemberBody(
                        member.name(), member.roles().stream().sorted().map(Enums::name).toList()))
            .toList());
  }

  private InitiativeId id(Context ctx) {
    return Params.id(ctx, "id", InitiativeId::new);
  }

  private void list(Context ctx) {
    Page<Versioned<Initiative>> page = manage.list(Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private void create(Context ctx) throws Exception {
    InitiativeRequest r = bodies.json(ctx, InitiativeRequest.class);
    Fields.required("id", r.id(), "name", r.name(), "neighbourhoods", r.neighbourhoods());
    List<String> names = Nulls.list("neighbourhoods", r.neighbourhoods());
    List<NeighbourhoodId> neighbourhoods = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      neighbourhoods.add(
          Fields.field(Fields.at("neighbourhoods", i), () -> new NeighbourhoodId(name)));
    }
    Initiative initiative =
        new Initiative(
            Fields.field("id", () -> new InitiativeId(r.id())),
            r.name(),
            neighbourhoods,
            r.principles() == null ? Principle.defaults() : parsePrinciples(r.principles()),
            r.team() == null ? Team.empty() : parseTeam("team", r.team()));
    Versioned<Initiative> saved = manage.start(initiative);
    ctx.status(201)
        .header("Location", Routes.BASE + "/initiatives/" + saved.value().id())
        .header("ETag", saved.etag())
        .json(view(saved.value()));
  }

  private void read(Context ctx) {
    Versioned<Initiative> initiative = manage.get(id(ctx));
    if (!Preconditions.tag(ctx, initiative)) {
      ctx.json(view(initiative.value()));
    }
  }

  private void principles(Context ctx) {
    Versioned<Initiative> initiative = manage.get(id(ctx));
    if (!Preconditions.tag(ctx, initiative)) {
      ctx.json(new PrinciplesBody(principles(initiative.value().principles())));
    }
  }

  private void changePrinciples(Context ctx) throws Exception {
    InitiativeId id = manage.get(id(ctx)).value().id();
    PrinciplesRequest r = bodies.json(ctx, PrinciplesRequest.class);
    Fields.required("principles", r.principles());
    List<Principle> principles = parsePrinciples(r.principles());
    Versioned<Initiative> changed =
        Preconditions.update(ctx, v -> manage.changePrinciples(id, principles, v));
    ctx.json(new PrinciplesBody(principles(changed.value().principles())));
  }

  private void team(Context ctx) {
    Versioned<Initiative> initiative = manage.get(id(ctx));
    if (!Preconditions.tag(ctx, initiative)) {
      ctx.json(team(initiative.value().team()));
    }
  }

  private void changeTeam(Context ctx) throws Exception {
    InitiativeId id = manage.get(id(ctx)).value().id();
    TeamRequest r = bodies.json(ctx, TeamRequest.class);
    Fields.required("members", r.members());
    Team team = parseTeam("", r);
    Versioned<Initiative> changed = Preconditions.update(ctx, v -> manage.changeTeam(id, team, v));
    ctx.json(team(changed.value().team()));
  }

  private void advice(Context ctx) {
    Versioned<Initiative> initiative = manage.get(id(ctx));
    Team team = initiative.value().team();
    List<AdviceBody> advice = new ArrayList<>();
    for (TeamAdvice a : manage.teamAdvice(initiative.value().id())) {
      advice.add(
          new AdviceBody(Enums.name(a.kind()), Enums.name(a.severity()), Views.text(a.message())));
    }
    Map<String, Integer> roles = new LinkedHashMap<>();
    for (TeamRole role : TeamRole.values()) {
      roles.put(Enums.name(role), team.count(role));
    }
    ctx.header("ETag", initiative.etag())
        .json(new TeamAdviceBody(team.size(), roles, team.isSound(), advice));
  }

  private void consult(Context ctx) throws Exception {
    InitiativeId id = manage.get(id(ctx)).value().id();
    ConsultationRequest r = bodies.json(ctx, ConsultationRequest.class);
    Fields.required("options", r.options(), "partners", r.partners());
    List<OptionRequest> optionRequests = Nulls.list("options", r.options());
    List<MarketOption> options = new ArrayList<>();
    for (int i = 0; i < optionRequests.size(); i++) {
      options.add(parseOption(Fields.at("options", i), optionRequests.get(i)));
    }
    List<VoteRequest> voteRequests = Nulls.list("votes", r.votes());
    List<PreferenceVote> votes = new ArrayList<>();
    for (int i = 0; i < voteRequests.size(); i++) {
      VoteRequest vote = voteRequests.get(i);
      String path = Fields.at("votes", i);
      Fields.required(path + ".voter", vote.voter(), path + ".options", vote.options());
      Pseudonym voter = Fields.field(path + ".voter", () -> new Pseudonym(vote.voter()));
      List<String> chosen = Nulls.list(path + ".options", vote.options());
      votes.add(Fields.nested(path, () -> new PreferenceVote(voter, chosen)));
    }
    Optional<ConsultationId> consultationId =
        r.id() == null
            ? Optional.empty()
            : Optional.of(Fields.field("id", () -> new ConsultationId(r.id())));
    Versioned<Consultation> held =
        manage.holdConsultation(
            id, consultationId, new MarketConsultation(options, r.partners(), votes));
    ctx.status(201)
        .header(
            "Location",
            Routes.BASE + "/initiatives/" + id + "/market-consultations/" + held.value().id())
        .header("ETag", held.etag())
        .json(outcome(held.value()));
  }

  private static ConsultationOutcomeBody outcome(Consultation consultation) {
    ConsultationOutcome outcome = consultation.outcome();
    return new ConsultationOutcomeBody(
        consultation.id().value(),
        consultation.held(),
        consultation.consultation().partners(),
        outcome.picked().stream().map(MarketOption::id).toList(),
        outcome.ranking().stream().map(InitiativeResource::standing).toList(),
        outcome.notEligible().stream().map(InitiativeResource::standing).toList());
  }

  static ConsultationBody view(Consultation c) {
    return new ConsultationBody(
        c.id().value(),
        c.initiative().value(),
        c.held(),
        c.consultation().partners(),
        principles(c.principles()),
        c.consultation().options().stream()
            .map(
                o ->
                    new OptionBody(
                        o.id(),
                        o.company(),
                        o.offer(),
                        o.assessments().stream()
                            .map(
                                a ->
                                    new AssessmentBody(
                                        a.principle(), Enums.name(a.verdict()), a.reason()))
                            .toList()))
            .toList(),
        c.consultation().votes().stream()
            .map(v -> new VoteBody(v.voter().value(), v.options()))
            .toList(),
        outcome(c));
  }

  private void consultations(Context ctx) {
    Page<Versioned<Consultation>> page = manage.consultations(id(ctx), Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(v -> view(v.value())).toList()));
  }

  private void readConsultation(Context ctx) {
    InitiativeId initiative = id(ctx);
    Versioned<Consultation> held =
        manage.consultation(Params.id(ctx, "consultation", ConsultationId::new));
    if (!held.value().initiative().equals(initiative)) {
      throw new NotFoundException("consultation", held.value().id());
    }
    if (!Preconditions.tag(ctx, held)) {
      ctx.json(view(held.value()));
    }
  }

  private static StandingBody standing(ConsultationOutcome.Standing standing) {
    return new StandingBody(
        standing.option().id(),
        standing.option().company(),
        standing.votes(),
        standing.eligibility().isEligible(),
        standing.eligibility().failed(),
        standing.eligibility().unknown());
  }

  private static MarketOption parseOption(String path, OptionRequest option) {
    Fields.required(
        path + ".id",
        option.id(),
        path + ".company",
        option.company(),
        path + ".offer",
        option.offer());
    List<AssessmentRequest> requests = Nulls.list(path + ".assessments", option.assessments());
    List<PrincipleAssessment> assessments = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      AssessmentRequest a = requests.get(i);
      String at = Fields.at(path + ".assessments", i);
      Fields.required(
          at + ".principle",
          a.principle(),
          at + ".verdict",
          a.verdict(),
          at + ".reason",
          a.reason());
      Verdict verdict = Enums.parse(Verdict.class, at + ".verdict", a.verdict());
      assessments.add(
          Fields.nested(at, () -> new PrincipleAssessment(a.principle(), verdict, a.reason())));
    }
    return Fields.nested(
        path, () -> new MarketOption(option.id(), option.company(), option.offer(), assessments));
  }

  private static List<Principle> parsePrinciples(List<PrincipleRequest> requests) {
    Nulls.list("principles", requests);
    List<Principle> principles = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      PrincipleRequest p = requests.get(i);
      String path = Fields.at("principles", i);
      Fields.required(path + ".code", p.code(), path + ".description", p.description());
      Text description = text(path + ".description", p.description());
      principles.add(Fields.nested(path, () -> new Principle(p.code(), description)));
    }
    return principles;
  }

  private static Text text(String path, TextRequest text) {
    if (text.nl() == null && text.en() == null) {
      throw ProblemException.invalid(path, "needs nl or en");
    }
    String nl = text.nl() == null ? text.en() : text.nl();
    String en = text.en() == null ? nl : text.en();
    return Fields.field(path, () -> new Text(nl, en));
  }

  private static Team parseTeam(String prefix, TeamRequest request) {
    String field = prefix.isEmpty() ? "members" : prefix + ".members";
    List<MemberRequest> requests = Nulls.list(field, request.members());
    List<TeamMember> members = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      MemberRequest m = requests.get(i);
      String path = Fields.at(field, i);
      Fields.required(path + ".name", m.name(), path + ".roles", m.roles());
      List<String> roleNames = Nulls.list(path + ".roles", m.roles());
      Set<TeamRole> roles = EnumSet.noneOf(TeamRole.class);
      for (int j = 0; j < roleNames.size(); j++) {
        roles.add(Enums.parse(TeamRole.class, Fields.at(path + ".roles", j), roleNames.get(j)));
      }
      members.add(Fields.nested(path, () -> new TeamMember(m.name(), roles)));
    }
    return Fields.nested(prefix, () -> new Team(members));
  }
}
