package io.cohesion.rest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.MeasurementResponseStore;
import io.cohesion.core.trust.ScaleRepository;
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
import io.cohesion.rest.resource.DocumentResource;
import io.cohesion.rest.resource.HealthResource;
import io.cohesion.rest.resource.InvitationResource;
import io.cohesion.rest.resource.MeasurementResource;
import io.cohesion.rest.resource.ScaleResource;
import io.cohesion.rest.resource.WishMapResource;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Cohesion HTTP server: every resource of SPEC §7 under {@code /api/v1}, built from core ports
 * and an {@link ApiConfig}, and the workshop page at {@code /} that reads them. It holds no state
 * of its own beyond a per-node rate limit, so several servers can run over one store.
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

    /** Serves {@code /scales} from {@code scales}. */
    public Builder scales(ScaleRepository scales) {
      return resource(new ScaleResource(scales));
    }

    /** Serves {@code /wish-maps} and their responses. */
    public Builder wishMaps(WishMapRepository maps, WishMapResponseStore responses) {
      wishMaps = maps;
      wishMapResponses = responses;
      return this;
    }

    /** Serves {@code /measurements} and their responses; their scales come from {@code scales}. */
    public Builder measurements(
        MeasurementRepository measurements,
        MeasurementResponseStore responses,
        ScaleRepository scales) {
      this.measurements = measurements;
      this.measurementResponses = responses;
      this.measurementScales = scales;
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

    /** Builds the server; it does not listen until {@link CohesionApi#start}. */
    public CohesionApi build() {
      ObjectMapper json = Json.strictMapper();
      Bodies bodies = new Bodies(json, config.maxBodyBytes());
      RateLimiter residents = new RateLimiter(config.residentSubmissionsPerMinute(), clock);
      Routes table = new Routes(bodies);
      new HealthResource(health).register(table);
      new DocumentResource().register(table);
      if (wishMaps != null) {
        new WishMapResource(wishMaps, wishMapResponses, invitations).register(table);
      }
      if (measurements != null) {
        new MeasurementResource(measurements, measurementResponses, measurementScales, invitations)
            .register(table);
      }
      for (ApiResource resource : resources) {
        resource.register(table);
      }
      ErrorMapper errors = new ErrorMapper(json);
      Headers headers = new Headers(config.corsOrigins());
      Guard guard = new Guard(config.keys(), residents);
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
                }
              });
      return new CohesionApi(app, table.all());
    }
  }
}
