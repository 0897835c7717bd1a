package io.cohesion.rest;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.application.CohesionPorts;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.ClientAddress;
import io.cohesion.rest.http.ErrorMapper;
import io.cohesion.rest.http.Guard;
import io.cohesion.rest.http.Headers;
import io.cohesion.rest.http.Json;
import io.cohesion.rest.http.Negotiation;
import io.cohesion.rest.http.Problem;
import io.cohesion.rest.http.RateLimiter;
import io.cohesion.rest.http.Route;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.page.ResidentForm;
import io.cohesion.rest.resource.ActivityResource;
import io.cohesion.rest.resource.AmbassadorResource;
import io.cohesion.rest.resource.AmbassadorScope;
import io.cohesion.rest.resource.DocumentResource;
import io.cohesion.rest.resource.HealthResource;
import io.cohesion.rest.resource.HouseholdPhaseResource;
import io.cohesion.rest.resource.InformationResource;
import io.cohesion.rest.resource.InitiativeResource;
import io.cohesion.rest.resource.InvitationResource;
import io.cohesion.rest.resource.InvitationTrackingResource;
import io.cohesion.rest.resource.MeasurementResource;
import io.cohesion.rest.resource.MeetingResource;
import io.cohesion.rest.resource.NeighbourhoodResource;
import io.cohesion.rest.resource.ParkedTopicResource;
import io.cohesion.rest.resource.ParticipationModelResource;
import io.cohesion.rest.resource.PublicResultsResource;
import io.cohesion.rest.resource.ResidentDataResource;
import io.cohesion.rest.resource.ScaleResource;
import io.cohesion.rest.resource.WaveStatusResource;
import io.cohesion.rest.resource.WishCodeResource;
import io.cohesion.rest.resource.WishMapResource;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Cohesion HTTP server: every resource of {@code docs/api.md} under {@code /api/v1}, built from
 * core's use cases ({@link Cohesion}) and an {@link ApiConfig}, the workshop page at {@code /} that
 * reads them, and the resident's form at {@code /form} (docs/resident-form.md). It holds no state
 * of its own beyond per-node rate limits, so several servers can run over one store.
 *
 * <pre>{@code
 * Cohesion cohesion = Cohesion.using(Stores.inMemory(), Clock.systemUTC());
 * CohesionApi api =
 *     CohesionApi.builder(ApiConfig.defaults(ApiKeys.fromEnvironment(System.getenv())), cohesion)
 *         .health(StoreHealth.alwaysUp("memory"))
 *         .build()
 *         .start("127.0.0.1", 8080);
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class CohesionApi {
  private final Javalin app;
  private final List<Route> routes;

  private CohesionApi(Javalin app, List<Route> routes) {
    this.app = app;
    this.routes = List.copyOf(routes);
  }

  /**
   * A builder for a server with {@code config} over the use cases of {@code cohesion}: every
   * resource is served, under its disclosure policy and its clock.
   */
  public static Builder builder(ApiConfig config, Cohesion cohesion) {
    return new Builder(config, cohesion);
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

  /** Collects what the server needs beyond the use cases. */
  public static final class Builder {
    private final ApiConfig config;
    private final Cohesion cohesion;
    private final List<ApiResource> resources = new ArrayList<>();
    private StoreHealth health = StoreHealth.alwaysUp("unknown");
    private List<String> frameAncestors = List.of();

    private Builder(ApiConfig config, Cohesion cohesion) {
      this.config = requireNonNull(config, "config");
      this.cohesion = requireNonNull(cohesion, "cohesion");
    }

    /** How {@code /health} checks the store. */
    public Builder health(StoreHealth health) {
      this.health = requireNonNull(health, "health");
      return this;
    }

    /**
     * The origins (such as {@code https://platform.example.nl}) whose pages may show the workshop
     * page and the results page in a frame; by default none may (docs/workshop.md).
     *
     * @throws IllegalArgumentException if an origin is not scheme://host[:port]
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public Builder frameAncestors(List<String> origins) {
      List<String> copy = List.copyOf(origins);
      new PagePolicy(copy);
      this.frameAncestors = copy;
      return this;
    }

    /**
     * Adds a resource of the embedding application; it shares the conventions (errors, access,
     * headers) of the built-in ones.
     */
    public Builder resource(ApiResource resource) {
      resources.add(requireNonNull(resource, "resource"));
      return this;
    }

    /** Builds the server; it does not listen until {@link CohesionApi#start}. */
    public CohesionApi build() {
      ObjectMapper json = Json.strictMapper();
      Bodies bodies = new Bodies(json, config.maxBodyBytes());
      RateLimiter residents =
          new RateLimiter(config.residentSubmissionsPerMinute(), cohesion.clock());
      Routes table = new Routes(bodies);
      new HealthResource(health).register(table);
      new DocumentResource().register(table);
      CohesionPorts ports = cohesion.ports();
      DisclosurePolicy disclosure = cohesion.disclosure();
      ReleaseWaves releases = cohesion.releases();
      Optional<Invitations> invitations = cohesion.invitations();
      new ScaleResource(cohesion.scales()).register(table);
      new WishMapResource(
              cohesion.wishMaps(), cohesion.wishMapAnalysis(), disclosure, config.analysisBudget())
          .register(table);
      new WaveStatusResource(releases, WaveKind.WISH_MAP).register(table);
      new WishCodeResource(cohesion.wishCoding(), disclosure).register(table);
      new MeasurementResource(cohesion.measurements(), disclosure).register(table);
      new ParticipationModelResource(cohesion.participation(), disclosure).register(table);
      new WaveStatusResource(releases, WaveKind.MEASUREMENT).register(table);
      AmbassadorScope scope = new AmbassadorScope(cohesion.ambassadorAccess());
      new NeighbourhoodResource(cohesion.neighbourhoods()).register(table);
      new InitiativeResource(cohesion.initiatives()).register(table);
      new ActivityResource(
              cohesion.activities(),
              cohesion.wishMaps(),
              cohesion.wishMapAnalysis(),
              scope,
              disclosure)
          .register(table);
      new MeetingResource(cohesion.engagement(), scope).register(table);
      new AmbassadorResource(cohesion.engagement(), scope, disclosure).register(table);
      new HouseholdPhaseResource(cohesion.phases(), scope, disclosure).register(table);
      new ParkedTopicResource(cohesion.parkedTopics(), scope).register(table);
      new InformationResource(cohesion.information(), scope).register(table);
      PublicResultsResource publicResults =
          new PublicResultsResource(
              cohesion.information(), cohesion.neighbourhoods(), cohesion.clock());
      publicResults.register(table);
      invitations.ifPresent(
          codes ->
              new InvitationResource(codes, cohesion.random(), config.publicBaseUrl())
                  .register(table));
      new InvitationTrackingResource(cohesion.invitationTracking(), disclosure, scope)
          .register(table);
      cohesion.residentData().ifPresent(data -> new ResidentDataResource(data).register(table));
      for (ApiResource resource : resources) {
        resource.register(table);
      }
      ErrorMapper errors = new ErrorMapper(json);
      Headers headers = new Headers(config.corsOrigins(), DocumentResource.version());
      ProtocolErrors protocolErrors = new ProtocolErrors(json, headers.always());
      RateLimiter failures =
          new RateLimiter(
              config.failedAuthenticationsPerMinute(), cohesion.clock(), "failed authentications");
      ClientAddress clients = ClientAddress.trusting(config.trustedProxies());
      Guard guard = new Guard(config.keys(), residents, failures, scope::refusal, clients);
      PagePolicy pagePolicy = new PagePolicy(frameAncestors);
      WorkshopPage page = new WorkshopPage(pagePolicy);
      ResultsPage resultsPage = new ResultsPage(publicResults, pagePolicy);
      ResidentForm form =
          new ResidentForm(
              cohesion.wishMaps(),
              cohesion.measurements(),
              cohesion.scales(),
              releases,
              cohesion.residentData(),
              residents,
              clients);
      Javalin app =
          Javalin.create(
              javalin -> {
                javalin.jsonMapper(new JavalinJackson(json, false));
                javalin.http.maxRequestSize = config.maxBodyBytes();
                javalin.http.prefer405over404 = true;
                javalin.http.generateEtags = false;
                javalin.http.compressionStrategy = compression();
                javalin.startup.showJavalinBanner = false;
                javalin.startup.showOldJavalinVersionWarning = false;
                javalin.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
                javalin.jetty.modifyServer(server -> server.setErrorHandler(protocolErrors));
                javalin.staticFiles.enableWebjars();
                javalin.routes.before(headers);
                javalin.routes.beforeMatched(guard);
                errors.register(javalin.routes);
                page.register(javalin.routes);
                form.register(javalin.routes);
                resultsPage.register(javalin.routes);
                for (Route route : table.all()) {
                  // After the guard: a caller who may not read learns nothing about the types.
                  Handler handler = Negotiation.serving(route.produces(), route.handler());
                  javalin.routes.addHttpHandler(
                      route.method(), route.path(), handler, route.access());
                  if (route.method() == HandlerType.GET) {
                    // HEAD is GET without the body: the same handler behind the same access
                    // check. Left to Javalin, it would answer 200 before the guard saw a role.
                    javalin.routes.addHttpHandler(
                        HandlerType.HEAD, route.path(), handler, route.access());
                  }
                }
              });
      return new CohesionApi(app, table.all());
    }

    /**
     * Javalin's gzip compression, with the content types of the API's answers named as allowed:
     * Javalin looks an answer's content type up in that list before it searches the type for each
     * excluded kind (images, archives) without regard to case, which cost about 4% of a
     * submission's processor time. What is compressed does not change: these types were compressed
     * before as well, found by the longer way.
     */
    private static CompressionStrategy compression() {
      CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
      List<String> allowed = new ArrayList<>(gzip.getAllowedMimeTypes());
      allowed.addAll(
          List.of(
              "application/json",
              Problem.MEDIA_TYPE + ";charset=utf-8",
              Negotiation.CSV_CONTENT_TYPE,
              "text/html;charset=utf-8"));
      gzip.setAllowedMimeTypes(allowed);
      return gzip;
    }
  }
}
