package io.cohesion.rest;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.rest.http.ClientAddress;
import io.cohesion.rest.letters.InvitationLetters;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How the server behaves towards its callers.
 *
 * @param keys the API keys and their roles
 * @param corsOrigins origins (such as {@code https://app.example.org}) whose browser pages may call
 *     the API; empty means none
 * @param maxBodyBytes the largest request body accepted, at least 1 KiB
 * @param residentSubmissionsPerMinute how many submissions with an invitation code one client
 *     address may make per minute
 * @param analysisBudget the most work one request for the red thread may ask for, counted as
 *     bootstrap resamples × (1 + segment columns) × respondents (docs/api.md, "Bounds on
 *     requests"); at least 1
 * @param failedAuthenticationsPerMinute how many unknown keys one client address may send per
 *     minute; beyond that every call of that address with a key is a 429 until the minute is over
 * @param publicBaseUrl where residents reach this site, such as {@code https://wijk.example.org}:
 *     the invitation letters link to {@code <publicBaseUrl>/form/<CODE>}; empty to take the scheme
 *     and host of the request that issues the letters (docs/api.md#invitation-letters)
 * @param trustedProxies the proxies in front of the server whose {@code X-Forwarded-For} names the
 *     client address the limits count (docs/configuration.md#behind-a-proxy): IPv4 or IPv6
 *     addresses and CIDR ranges such as {@code 10.0.0.0/8}; empty (the default) to count every
 *     request under the address it came from and ignore the header
 */
@API(status = STABLE, since = "0.1.0")
public record ApiConfig(
    ApiKeys keys,
    List<String> corsOrigins,
    long maxBodyBytes,
    int residentSubmissionsPerMinute,
    long analysisBudget,
    int failedAuthenticationsPerMinute,
    Optional<URI> publicBaseUrl,
    @API(status = EXPERIMENTAL, since = "0.3.0") List<String> trustedProxies) {

  /** The default body limit: large enough for a CSV of some thousands of responses. */
  public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;

  /** The default rate of resident submissions per client address and minute. */
  public static final int DEFAULT_RESIDENT_SUBMISSIONS_PER_MINUTE = 30;

  /**
   * The default analysis budget: the default 1000 resamples with two segment columns over 20,000
   * respondents, some seconds of one core.
   */
  public static final long DEFAULT_ANALYSIS_BUDGET = 60_000_000L;

  /**
   * The default number of failed authentications per client address and minute: enough for a
   * mistyped key or two, far too few to guess one.
   */
  public static final int DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE = 20;

  public ApiConfig {
    requireNonNull(keys, "keys");
    corsOrigins = List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
        throw new IllegalArgumentException(
            "a CORS origin is scheme://host[:port] without a path, got '" + origin + "'");
      }
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + maxBodyBytes);
    }
    if (residentSubmissionsPerMinute < 1) {
      throw new IllegalArgumentException(
          "residentSubmissionsPerMinute must be at least 1, got " + residentSubmissionsPerMinute);
    }
    if (analysisBudget < 1) {
      throw new IllegalArgumentException(
          "analysisBudget must be at least 1, got " + analysisBudget);
    }
    if (failedAuthenticationsPerMinute < 1) {
      throw new IllegalArgumentException(
          "failedAuthenticationsPerMinute must be at least 1, got "
              + failedAuthenticationsPerMinute);
    }
    requireNonNull(publicBaseUrl, "publicBaseUrl");
    publicBaseUrl = publicBaseUrl.map(url -> InvitationLetters.base(url.toString()));
    trustedProxies = trustedProxies.stream().map(String::strip).toList();
    ClientAddress.trusting(trustedProxies);
  }

  /** The configuration of release 0.2.0, which trusts no proxy. */
  public ApiConfig(
      ApiKeys keys,
      List<String> corsOrigins,
      long maxBodyBytes,
      int residentSubmissionsPerMinute,
      long analysisBudget,
      int failedAuthenticationsPerMinute,
      Optional<URI> publicBaseUrl) {
    this(
        keys,
        corsOrigins,
        maxBodyBytes,
        residentSubmissionsPerMinute,
        analysisBudget,
        failedAuthenticationsPerMinute,
        publicBaseUrl,
        List.of());
  }

  /**
   * Defaults for everything but the keys: no CORS origins, 8 MiB bodies, 30 submissions/min, {@link
   * #DEFAULT_ANALYSIS_BUDGET}, 20 failed authentications per address and minute, and no trusted
   * proxy.
   */
  public static ApiConfig defaults(ApiKeys keys) {
    return new ApiConfig(
        keys,
        List.of(),
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_RESIDENT_SUBMISSIONS_PER_MINUTE,
        DEFAULT_ANALYSIS_BUDGET,
        DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE,
        Optional.empty(),
        List.of());
  }

  /** The same configuration with other CORS origins. */
  public ApiConfig withCorsOrigins(List<String> origins) {
    return new ApiConfig(
        keys,
        origins,
        maxBodyBytes,
        residentSubmissionsPerMinute,
        analysisBudget,
        failedAuthenticationsPerMinute,
        publicBaseUrl,
        trustedProxies);
  }

  /** The same configuration with another body limit. */
  public ApiConfig withMaxBodyBytes(long bytes) {
    return new ApiConfig(
        keys,
        corsOrigins,
        bytes,
        residentSubmissionsPerMinute,
        analysisBudget,
        failedAuthenticationsPerMinute,
        publicBaseUrl,
        trustedProxies);
  }

  /** The same configuration with another resident submission rate. */
  public ApiConfig withResidentSubmissionsPerMinute(int perMinute) {
    return new ApiConfig(
        keys,
        corsOrigins,
        maxBodyBytes,
        perMinute,
        analysisBudget,
        failedAuthenticationsPerMinute,
        publicBaseUrl,
        trustedProxies);
  }

  /** The same configuration with another analysis budget. */
  public ApiConfig withAnalysisBudget(long budget) {
    return new ApiConfig(
        keys,
        corsOrigins,
        maxBodyBytes,
        residentSubmissionsPerMinute,
        budget,
        failedAuthenticationsPerMinute,
        publicBaseUrl,
        trustedProxies);
  }

  /**
   * The same configuration with {@code url} as where residents reach this site (the base of the
   * links on invitation letters).
   *
   * @throws IllegalArgumentException when it is not an http(s) URL without query or fragment
   */
  public ApiConfig withPublicBaseUrl(URI url) {
    return new ApiConfig(
        keys,
        corsOrigins,
        maxBodyBytes,
        residentSubmissionsPerMinute,
        analysisBudget,
        failedAuthenticationsPerMinute,
        Optional.of(url),
        trustedProxies);
  }

  /** The same configuration with another limit of failed authentications per address. */
  public ApiConfig withFailedAuthenticationsPerMinute(int perMinute) {
    return new ApiConfig(
        keys,
        corsOrigins,
        maxBodyBytes,
        residentSubmissionsPerMinute,
        analysisBudget,
        perMinute,
        publicBaseUrl,
        trustedProxies);
  }

  /**
   * The same configuration with {@code proxies} as the trusted proxies: each an IPv4 or IPv6
   * address or a CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}). A request from one of them is
   * counted under the client address its {@code X-Forwarded-For} names, read from the right; a
   * request from any other address under that address, whatever its headers say.
   *
   * @throws IllegalArgumentException when an entry is not an address or a range, or is a range of
   *     prefix 0
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  public ApiConfig withTrustedProxies(List<String> proxies) {
    return new ApiConfig(
        keys,
        corsOrigins,
        maxBodyBytes,
        residentSubmissionsPerMinute,
        analysisBudget,
        failedAuthenticationsPerMinute,
        publicBaseUrl,
        proxies);
  }
}
