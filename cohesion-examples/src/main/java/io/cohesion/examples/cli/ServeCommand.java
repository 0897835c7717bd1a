package io.cohesion.examples.cli;

import io.cohesion.core.CohesionException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.PseudonymConfig;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import io.cohesion.rest.ApiConfig;
import io.cohesion.rest.ApiKeys;
import io.cohesion.rest.CohesionApi;
import io.cohesion.rest.Role;
import io.cohesion.rest.StoreHealth;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cohesion serve}: the REST API over the chosen store. This is a composition root: it opens
 * the store, builds the use cases of core over it, serves them as the API and runs until stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the REST API under /api/v1 (Swagger UI at /api/v1/docs).",
      "API keys come from "
          + ApiKeys.ENVIRONMENT_VARIABLE
          + " (token=role,token=role) or"
          + " --keys-file; roles are coordinator, ambassador and researcher;"
          + " token=ambassador:<ambassadorId> confines a key to that ambassador's building.",
      "Without --demo the pseudonym secret must be set in "
          + PseudonymConfig.ENVIRONMENT_VARIABLE
          + "."
    },
    exitCodeOnInvalidInput = 2)
public final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "SQLite store in DIR (default ./cohesion-data).")
  Optional<Path> dataDir;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL store at URL.")
  Optional<String> jdbcUrl;

  @Option(
      names = "--keys-file",
      paramLabel = "FILE",
      description = "API keys, one token=role a line (instead of the environment variable).")
  Optional<Path> keysFile;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description = "An origin whose pages may call the API, e.g. https://app.example.org.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "Where residents reach this site, e.g. https://wijk.example.org: invitation letters link"
              + " to URL/form/<CODE> (default: the address the letters are asked for at).")
  Optional<URI> publicUrl;

  @Option(
      names = "--frame-ancestor",
      paramLabel = "ORIGIN",
      description =
          "An origin whose pages may show the workshop page and the results page in a frame,"
              + " e.g. https://platform.example.nl (default: none may).")
  List<String> frameAncestors = new ArrayList<>();

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDRESS",
      description =
          "A proxy in front of the server, an address or a CIDR range such as 10.0.0.0/8: a"
              + " request from it is rate limited under the client address its X-Forwarded-For"
              + " names. Repeat for several (default: none, the header is ignored).")
  List<String> trustedProxies = new ArrayList<>();

  @Option(
      names = "--k-min-floor",
      paramLabel = "K",
      defaultValue = "" + DisclosurePolicy.DEFAULT_FLOOR,
      description =
          "The smallest group a researcher, an ambassador or the workshop page can be shown; a"
              + " request may ask for more, never for less (default ${DEFAULT-VALUE}).")
  int kMinFloor = DisclosurePolicy.DEFAULT_FLOOR;

  @Option(
      names = "--demo",
      description =
          "Demo mode: loads the pilot scenarios (synthetic data) unless the store has them,"
              + " prints a fresh key per role and generates a pseudonym secret.")
  boolean demo;

  /** The read-only key printed for the workshop page in demo mode. */
  private Optional<String> pageKey = Optional.empty();

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    Running running;
    try {
      running = start(System.getenv());
    } catch (CohesionException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("cohesion serve: " + e.getMessage());
      return 2;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "cohesion-serve-stop"));
    stopped.await();
    return 0;
  }

  /** Opens the store and starts the API; {@link Running#close()} stops both. */
  Running start(Map<String, String> environment) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SecureRandom random = new SecureRandom();
    StoreConfig config = StoreConfig.of(dataDir, jdbcUrl);
    PseudonymConfig pseudonyms =
        new PseudonymConfig(
            !demo, Optional.ofNullable(environment.get(PseudonymConfig.ENVIRONMENT_VARIABLE)));
    ApiKeys keys = keys(environment, random, out);
    // The API's settings are checked before the store is opened: a bad one is refused at once.
    ApiConfig apiConfig =
        ApiConfig.defaults(keys).withCorsOrigins(corsOrigins).withTrustedProxies(trustedProxies);
    if (publicUrl != null && publicUrl.isPresent()) {
      apiConfig = apiConfig.withPublicBaseUrl(publicUrl.get());
    }
    Stores stores = Stores.open(config);
    try {
      Cohesion cohesion =
          Cohesion.builder(stores, Clock.systemUTC())
              .disclosure(new DisclosurePolicy(kMinFloor))
              .random(random)
              .invitationSecret(pseudonyms.secret(random, err::println))
              .build();
      String kind = kind(config);
      if (demo) {
        out.println("Demo data (synthetic pilot scenarios):");
        // Nodes started together on one database load the pilots one after the other: the second
        // finds them there and adds nothing.
        stores.exclusively("demo data", () -> DemoData.load(cohesion, out));
        out.flush();
      }
      CohesionApi api =
          CohesionApi.builder(apiConfig, cohesion)
              .frameAncestors(frameAncestors)
              .health(
                  () -> {
                    try {
                      cohesion.scales().list(PageRequest.first());
                      return new StoreHealth.Status(true, kind);
                    } catch (RuntimeException e) {
                      return new StoreHealth.Status(false, kind);
                    }
                  })
              .build()
              .start(host, port);
      out.printf(
          "Cohesion API on http://%s:%d/api/v1 (%s store, docs at /api/v1/docs)%n",
          host, api.port(), kind);
      String page = "http://" + host + ":" + api.port() + "/";
      pageKey.ifPresentOrElse(
          key ->
              out.printf(
                  "Workshop page (read-only researcher key in the fragment): %s#key=%s%n",
                  page, key),
          () -> out.printf("Workshop page: %s (enter a researcher key)%n", page));
      out.flush();
      return new Running(api, stores, stopped);
    } catch (RuntimeException e) {
      stores.close();
      throw e;
    }
  }

  private ApiKeys keys(Map<String, String> environment, SecureRandom random, PrintWriter out) {
    List<String> entries = new ArrayList<>();
    keysFile.ifPresentOrElse(
        file -> entries.add(readKeys(file)),
        () -> {
          String configured = environment.get(ApiKeys.ENVIRONMENT_VARIABLE);
          if (configured != null && !configured.isBlank()) {
            entries.add(configured);
          }
        });
    if (demo) {
      out.println("Demo keys (valid until this server stops):");
      for (Role role : Role.values()) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = "demo-" + role.key() + "-" + HexFormat.of().formatHex(bytes);
        entries.add(token + "=" + role.key());
        out.printf("  %-11s %s%n", role.key(), token);
        if (role == Role.RESEARCHER) {
          pageKey = Optional.of(token);
        }
      }
    }
    return entries.isEmpty() ? ApiKeys.none() : ApiKeys.parse(String.join("\n", entries));
  }

  private static String readKeys(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read the keys file " + file);
    }
  }

  private static String kind(StoreConfig config) {
    if (config instanceof StoreConfig.Postgres) {
      return "postgresql";
    }
    return config instanceof StoreConfig.Sqlite ? "sqlite" : "memory";
  }

  /** A running server and its store. */
  static final class Running implements AutoCloseable {
    private final CohesionApi api;
    private final Stores stores;
    private final CountDownLatch stopped;

    Running(CohesionApi api, Stores stores, CountDownLatch stopped) {
      this.api = api;
      this.stores = stores;
      this.stopped = stopped;
    }

    int port() {
      return api.port();
    }

    @Override
    public void close() {
      try {
        api.stop();
      } finally {
        stores.close();
        stopped.countDown();
      }
    }
  }
}
