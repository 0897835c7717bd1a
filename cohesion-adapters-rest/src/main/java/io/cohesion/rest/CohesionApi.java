package io.cohesion.rest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.activity.PlanActivity;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.engagement.BenefitCalculator;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.InformResidents;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkTopics;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.RecordEngagement;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.initiative.ManageInitiative;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.ManageNeighbourhoods;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StateAcceptance;
import io.cohesion.core.privacy.StateRules;
import io.cohesion.core.privacy.WaveGroups;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.trust.MeasurementGroups;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
import io.cohesion.core.wishmap.WishMapGroups;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.ErrorMapper;
import io.cohesion.rest.http.Guard;
import io.cohesion.rest.http.Headers;
import io.cohesion.rest.http.Json;
import io.cohesion.rest.http.RateLimiter;
import io.cohesion.rest.http.Route;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.resource.ActivityResource;
import io.cohesion.rest.resource.AmbassadorResource;
import io.cohesion.rest.resource.AmbassadorScope;
import io.cohesion.rest.resource.DocumentResource;
import io.cohesion.rest.resource.HealthResource;
import io.cohesion.rest.resource.InformationResource;
import io.cohesion.rest.resource.InitiativeResource;
import io.cohesion.rest.resource.InvitationResource;
import io.cohesion.rest.resource.MeasurementResource;
import io.cohesion.rest.resource.MeetingResource;
import io.cohesion.rest.resource.NeighbourhoodResource;
import io.cohesion.rest.resource.ParkedTopicResource;
import io.cohesion.rest.resource.ResidentDataResource;
import io.cohesion.rest.resource.ScaleResource;
import io.cohesion.rest.resource.WaveStatusResource;
import io.cohesion.rest.resource.WishMapResource;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Cohesion HTTP server: every resource of {@code docs/api.md} under {@code /api/v1}, built from
 * core ports and an {@link ApiConfig}, and the workshop page at {@code /} that reads them. It holds
 * no state of its own beyond per-node rate limits, so several servers can run over one store.
 *
 * <pre>{@code
 * CohesionApi api = CohesionApi.builder(ApiConfig.defaults(ApiKeys.fromEnvironment(System.getenv())))
 *     .health(StoreHealth.alwaysUp("memory"))
 *     .build()
 *     .start("127.0.0.1", 8080);
 * }</pre>
 */
public final class CohesionApi {
  private final Javalin app;
  private final List<Route> routes;

  private CohesionApi(Javalin app, List<Route> routes) {
    this.app = app;
    this.routes = List.copyOf(routes);
  }

  /** A builder for a server with {@code config}. */
  public static Builder builder(ApiConfig config) {
    return new Builder(config);
  }

  /** Starts listening on {@code host:port}; port 0 picks a free port (see {@link #port()}). */
  public CohesionApi start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** Stops the server and waits for requests in flight. */
  public void stop() {
    app.stop();
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Every operation the server answers, in registration order. */
  public List<Route> routes() {
    return routes;
  }

  /** Collects the ports the resources need. */
  public static final class Builder {
    private final ApiConfig config;
    private final List<ApiResource> resources = new ArrayList<>();
    private StoreHealth health = StoreHealth.alwaysUp("unknown");
    private Clock clock = Clock.systemUTC();
    private Optional<Invitations> invitations = Optional.empty();
    private WishMapRepository wishMaps;
    private WishMapResponseStore wishMapResponses;
    private MeasurementRepository measurements;
    private MeasurementResponseStore measurementResponses;
    private ScaleRepository measurementScales;
    private WaveStatusRepository waveStatuses;
    private StateAcceptance stateAcceptance = StateAcceptance.acceptAll();
    private NeighbourhoodRepository neighbourhoods;
    private BuildingRepository buildings;
    private InitiativeRepository initiatives;
    private ActivityRepository activities;
    private ActivitySessionRepository activitySessions;
    private MeetingRepository meetings;
    private AmbassadorRepository ambassadors;
    private SignalRepository signals;
    private ParkedTopicRepository parkedTopics;
    private BenefitStatementRepository benefitStatements;
    private ResultRepository results;
    private BenefitCalculator calculator = BenefitCalculator.simplePayback();
    private DisclosurePolicy disclosure = DisclosurePolicy.defaults();

    private Builder(ApiConfig config) {
      this.config = requireNonNull(config, "config");
    }

    /** How {@code /health} checks the store. */
    public Builder health(StoreHealth health) {
      this.health = requireNonNull(health, "health");
      return this;
    }

    /** The clock for rate limits and dates the server fills in (the system clock by default). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The disclosure policy every aggregate route releases figures under; its floor is the smallest
     * {@code kMin} a researcher, an ambassador or the workshop page can ask for ({@link
     * DisclosurePolicy#defaults()} when not set).
     */
    public Builder disclosure(DisclosurePolicy policy) {
      this.disclosure = requireNonNull(policy, "disclosure policy");
      return this;
    }

    /** Serves {@code /scales} from {@code scales}. */
    public Builder scales(ScaleRepository scales) {
      return resource(new ScaleResource(scales));
    }

    /**
     * Serves {@code /wish-maps}, their responses and their status; {@code statuses} keeps whether
     * each is open or closed, and their figures reach callers other than coordinators only once
     * closed.
     */
    public Builder wishMaps(
        WishMapRepository maps, WishMapResponseStore responses, WaveStatusRepository statuses) {
      wishMaps = maps;
      wishMapResponses = responses;
      waveStatuses = requireNonNull(statuses, "statuses");
      return this;
    }

    /**
     * Serves {@code /measurements}, their responses and their status; their scales come from {@code
     * scales}, and {@code statuses} keeps whether each is open or closed (see {@link #wishMaps}).
     * With {@link #neighbourhoods}, a measurement must name a registered neighbourhood.
     */
    public Builder measurements(
        MeasurementRepository measurements,
        MeasurementResponseStore responses,
        ScaleRepository scales,
        WaveStatusRepository statuses) {
      this.measurements = measurements;
      this.measurementResponses = responses;
      this.measurementScales = scales;
      this.waveStatuses = requireNonNull(statuses, "statuses");
      return this;
    }

    /**
     * What else a new release state must pass to be cut, after the disclosure rules over all the
     * states of its wave ({@link StateRules}), which always apply; {@link
     * StateAcceptance#acceptAll()} by default.
     */
    public Builder stateAcceptance(StateAcceptance acceptance) {
      this.stateAcceptance = requireNonNull(acceptance, "acceptance");
      return this;
    }

    /** Serves {@code /neighbourhoods} and {@code /buildings}. */
    public Builder neighbourhoods(
        NeighbourhoodRepository neighbourhoods, BuildingRepository buildings) {
      this.neighbourhoods = requireNonNull(neighbourhoods, "neighbourhoods");
      this.buildings = requireNonNull(buildings, "buildings");
      return this;
    }

    /**
     * Serves {@code /initiatives} with their principles, team and market consultation; needs {@link
     * #neighbourhoods}.
     */
    public Builder initiatives(InitiativeRepository initiatives) {
      this.initiatives = requireNonNull(initiatives, "initiatives");
      return this;
    }

    /**
     * Serves {@code /activities}, their sessions and {@code /wish-maps/{id}/activity-fit}; needs
     * {@link #wishMaps}, against which activities are planned and ranked.
     */
    public Builder activities(ActivityRepository activities, ActivitySessionRepository sessions) {
      this.activities = requireNonNull(activities, "activities");
      this.activitySessions = requireNonNull(sessions, "sessions");
      return this;
    }

    /**
     * Serves {@code /meetings}, {@code /ambassadors}, {@code /signals} and the attendance and
     * coverage of a neighbourhood; needs {@link #neighbourhoods} for the buildings.
     */
    public Builder engagement(
        MeetingRepository meetings, AmbassadorRepository ambassadors, SignalRepository signals) {
      this.meetings = requireNonNull(meetings, "meetings");
      this.ambassadors = requireNonNull(ambassadors, "ambassadors");
      this.signals = requireNonNull(signals, "signals");
      return this;
    }

    /** Serves {@code /parked-topics}; the server's clock tells which are due. */
    public Builder parkedTopics(ParkedTopicRepository topics) {
      this.parkedTopics = requireNonNull(topics, "topics");
      return this;
    }

    /**
     * Serves {@code /benefit-statements} and {@code /results} with the result nudge; needs {@link
     * #neighbourhoods} for the buildings. Statements are computed by {@link #benefitCalculator} and
     * dated, like the nudge, by the server's clock.
     */
    public Builder information(BenefitStatementRepository statements, ResultRepository results) {
      this.benefitStatements = requireNonNull(statements, "statements");
      this.results = requireNonNull(results, "results");
      return this;
    }

    /**
     * How benefit statements are computed ({@link BenefitCalculator#simplePayback()} by default).
     */
    public Builder benefitCalculator(BenefitCalculator calculator) {
      this.calculator = requireNonNull(calculator, "calculator");
      return this;
    }

    /**
     * Serves {@code /invitations} and lets residents answer with their codes (without it, only key
     * holders can submit responses).
     */
    public Builder invitations(Invitations invitations, InvitationRepository repository) {
      this.invitations = Optional.of(invitations);
      return resource(new InvitationResource(invitations, repository));
    }

    /**
     * Adds a resource of the embedding application; it shares the conventions (errors, access,
     * headers) of the built-in ones.
     */
    public Builder resource(ApiResource resource) {
      resources.add(requireNonNull(resource, "resource"));
      return this;
    }

    /** The resources of the method beyond wish maps and measurements, for the ports given. */
    private void registerMethod(Routes table, AmbassadorScope scope, ReleaseWaves releases) {
      if (neighbourhoods != null) {
        new NeighbourhoodResource(ManageNeighbourhoods.using(neighbourhoods, buildings), buildings)
            .register(table);
      }
      if (initiatives != null) {
        new InitiativeResource(
                ManageInitiative.using(initiatives, needs(neighbourhoods, "initiatives")))
            .register(table);
      }
      if (activities != null) {
        new ActivityResource(
                PlanActivity.using(activities, activitySessions),
                needs(wishMaps, "activities"),
                wishMapResponses,
                scope,
                disclosure,
                releases)
            .register(table);
      }
      if (meetings != null) {
        RecordEngagement engagement =
            RecordEngagement.using(meetings, ambassadors, signals, needs(buildings, "engagement"));
        new MeetingResource(engagement, meetings, scope).register(table);
        new AmbassadorResource(engagement, ambassadors, signals, scope).register(table);
      }
      if (parkedTopics != null) {
        new ParkedTopicResource(ParkTopics.using(parkedTopics, clock), parkedTopics, scope)
            .register(table);
      }
      if (benefitStatements != null) {
        new InformationResource(
                InformResidents.using(
                    benefitStatements, results, needs(buildings, "information"), calculator, clock),
                benefitStatements,
                results,
                scope)
            .register(table);
      }
      invitations.ifPresent(
          codes ->
              new ResidentDataResource(
                      codes,
                      Optional.ofNullable(wishMapResponses),
                      Optional.ofNullable(measurementResponses))
                  .register(table));
    }

    private static <T> T needs(T port, String what) {
      if (port == null) {
        throw new IllegalStateException(
            what
                + " need another part of the method; give the builder its ports too (see the"
                + " javadoc of "
                + what
                + "())");
      }
      return port;
    }

    /**
     * The rules a later state of a wish map or measurement must pass, over the groups its responses
     * fall in.
     */
    private StateAcceptance stateRules() {
      Function<WaveId, WaveGroups> wishMapGroups =
          wishMaps == null ? null : WishMapGroups.reader(wishMaps, wishMapResponses, waveStatuses);
      Function<WaveId, WaveGroups> measurementGroups =
          measurements == null
              ? null
              : MeasurementGroups.reader(measurementResponses, waveStatuses);
      return new StateRules(
          disclosure,
          wave -> {
            Function<WaveId, WaveGroups> groups =
                wave.kind() == WaveKind.WISH_MAP ? wishMapGroups : measurementGroups;
            if (groups == null) {
              throw new NotFoundException(wave.kind().label(), wave.id());
            }
            return groups.apply(wave);
          });
    }

    /** Builds the server; it does not listen until {@link CohesionApi#start}. */
    public CohesionApi build() {
      ObjectMapper json = Json.strictMapper();
      Bodies bodies = new Bodies(json, config.maxBodyBytes());
      RateLimiter residents = new RateLimiter(config.residentSubmissionsPerMinute(), clock);
      Routes table = new Routes(bodies);
      new HealthResource(health).register(table);
      new DocumentResource().register(table);
      ReleaseWaves releases =
          waveStatuses == null
              ? null
              : ReleaseWaves.using(
                  waveStatuses, clock, disclosure.floor(), stateRules().and(stateAcceptance));
      if (wishMaps != null) {
        new WishMapResource(
                wishMaps,
                wishMapResponses,
                invitations,
                disclosure,
                config.analysisBudget(),
                releases)
            .register(table);
        new WaveStatusResource(releases, WaveKind.WISH_MAP).register(table);
      }
      if (measurements != null) {
        new MeasurementResource(
                measurements,
                measurementResponses,
                measurementScales,
                invitations,
                Optional.ofNullable(neighbourhoods)
                    .map(n -> ManageNeighbourhoods.using(n, buildings)),
                disclosure,
                releases)
            .register(table);
        new WaveStatusResource(releases, WaveKind.MEASUREMENT).register(table);
      }
      AmbassadorScope scope =
          new AmbassadorScope(Optional.ofNullable(ambassadors), Optional.ofNullable(buildings));
      registerMethod(table, scope, releases);
      for (ApiResource resource : resources) {
        resource.register(table);
      }
      ErrorMapper errors = new ErrorMapper(json);
      Headers headers = new Headers(config.corsOrigins());
      RateLimiter failures =
          new RateLimiter(config.failedAuthenticationsPerMinute(), clock, "failed authentications");
      Guard guard = new Guard(config.keys(), residents, failures, scope::refusal);
      WorkshopPage page = new WorkshopPage();
      Javalin app =
          Javalin.create(
              javalin -> {
                javalin.jsonMapper(new JavalinJackson(json, false));
                javalin.http.maxRequestSize = config.maxBodyBytes();
                javalin.http.prefer405over404 = true;
                javalin.http.generateEtags = false;
                javalin.startup.showJavalinBanner = false;
                javalin.startup.showOldJavalinVersionWarning = false;
                javalin.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
                javalin.staticFiles.enableWebjars();
                javalin.routes.before(headers);
                javalin.routes.beforeMatched(guard);
                errors.register(javalin.routes);
                page.register(javalin.routes);
                for (Route route : table.all()) {
                  javalin.routes.addHttpHandler(
                      route.method(), route.path(), route.handler(), route.access());
                  if (route.method() == HandlerType.GET) {
                    // HEAD is GET without the body: the same handler behind the same access
                    // check. Left to Javalin, it would answer 200 before the guard saw a role.
                    javalin.routes.addHttpHandler(
                        HandlerType.HEAD, route.path(), route.handler(), route.access());
                  }
                }
              });
      return new CohesionApi(app, table.all());
    }
  }
}
