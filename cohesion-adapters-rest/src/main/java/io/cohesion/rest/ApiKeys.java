package io.cohesion.rest;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.engagement.AmbassadorId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The API keys the server accepts and what each one grants: a role, and for an ambassador's key
 * optionally the ambassador it belongs to ({@code token=ambassador:<ambassadorId>}), which confines
 * the key to that ambassador's building.
 *
 * <p>Keys are kept only as SHA-256 hashes and compared in constant time, so a heap dump or a timing
 * measurement does not give a key away.
 */
@API(status = STABLE, since = "0.1.0")
public final class ApiKeys {
  /**
   * The environment variable that holds keys as {@code token=role,token=role}; an ambassador's key
   * may name its ambassador, {@code token=ambassador:<ambassadorId>}.
   */
  public static final String ENVIRONMENT_VARIABLE = "COHESION_API_KEYS";

  /** The shortest key accepted: shorter ones are too easy to guess. */
  public static final int MIN_TOKEN_LENGTH = 16;

  /**
   * What a key grants.
   *
   * @param role the key's role
   * @param ambassador for an ambassador's key, the ambassador it belongs to; empty for a key that
   *     acts for every building (and for the other roles)
   */
  public record Grant(Role role, Optional<AmbassadorId> ambassador) {
    public Grant {
      requireNonNull(role, "role");
      requireNonNull(ambassador, "ambassador");
      if (ambassador.isPresent() && role != Role.AMBASSADOR) {
        throw new IllegalArgumentException(
            "only an ambassador's key names an ambassador, not a " + role.key() + "'s");
      }
    }

    /** A key with {@code role} and no binding. */
    public static Grant of(Role role) {
      return new Grant(role, Optional.empty());
    }

    /** An ambassador's key bound to {@code ambassador}. */
    public static Grant ambassador(AmbassadorId ambassador) {
      return new Grant(Role.AMBASSADOR, Optional.of(ambassador));
    }
  }

  private final Map<String, Grant> grantsByHash;

  private ApiKeys(Map<String, Grant> grantsByHash) {
    this.grantsByHash = Map.copyOf(grantsByHash);
  }

  /** No keys at all: every protected route answers 401. */
  public static ApiKeys none() {
    return new ApiKeys(Map.of());
  }

  /** Keys from a map of token to role, none bound to an ambassador. */
  public static ApiKeys of(Map<String, Role> tokens) {
    Map<String, Grant> grants = new LinkedHashMap<>();
    tokens.forEach((token, role) -> grants.put(token, Grant.of(role)));
    return ofGrants(grants);
  }

  /** Keys from a map of token to what it grants. */
  public static ApiKeys ofGrants(Map<String, Grant> tokens) {
    Map<String, Grant> byHash = new LinkedHashMap<>();
    tokens.forEach(
        (token, grant) -> {
          checkToken(token, "key");
          byHash.put(hash(token), requireNonNull(grant, "grant"));
        });
    return new ApiKeys(byHash);
  }

  /**
   * Parses {@code token=role,token=role}, where an ambassador's role may name the ambassador the
   * key belongs to ({@code token=ambassador:amb-1}); whitespace around entries is ignored.
   *
   * @throws IllegalArgumentException naming the bad entry by position (never by its token)
   */
  public static ApiKeys parse(String spec) {
    Map<String, Grant> tokens = new LinkedHashMap<>();
    List<String> entries = new ArrayList<>();
    for (String entry : spec.split("[,\n]")) {
      if (!entry.isBlank() && !entry.strip().startsWith("#")) {
        entries.add(entry.strip());
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      String where = "key entry " + (i + 1);
      int eq = entry.lastIndexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new IllegalArgumentException(where + " must be written token=role");
      }
      String token = entry.substring(0, eq).strip();
      String grantSpec = entry.substring(eq + 1).strip();
      int colon = grantSpec.indexOf(':');
      String roleName = colon < 0 ? grantSpec : grantSpec.substring(0, colon).strip();
      Role role =
          Role.of(roleName)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          where
                              + " has unknown role '"
                              + roleName
                              + "'; roles are coordinator, ambassador, researcher"));
      Grant grant = Grant.of(role);
      if (colon >= 0) {
        if (role != Role.AMBASSADOR) {
          throw new IllegalArgumentException(
              where + ": only an ambassador's key names an ambassador (ambassador:<id>)");
        }
        String ambassador = grantSpec.substring(colon + 1).strip();
        try {
          grant = Grant.ambassador(new AmbassadorId(ambassador));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              where + " names an invalid ambassador id: " + e.getMessage(), e);
        }
      }
      checkToken(token, where);
      if (tokens.put(token, grant) != null) {
        throw new IllegalArgumentException(where + " repeats a key given before");
      }
    }
    return ofGrants(tokens);
  }

  /**
   * Reads a keys file: one {@code token=role} per line (or comma separated), {@code #} comments.
   */
  public static ApiKeys fromFile(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API keys file " + file, e);
    }
  }

  /** Keys from {@value #ENVIRONMENT_VARIABLE} in {@code environment}, or none. */
  public static ApiKeys fromEnvironment(Map<String, String> environment) {
    String spec = environment.get(ENVIRONMENT_VARIABLE);
    return spec == null || spec.isBlank() ? none() : parse(spec);
  }

  /** The role {@code token} grants, if it is a known key. */
  public Optional<Role> roleOf(String token) {
    return grantOf(token).map(Grant::role);
  }

  /** What {@code token} grants, if it is a known key. */
  public Optional<Grant> grantOf(String token) {
    byte[] candidate = hash(token).getBytes(StandardCharsets.US_ASCII);
    Grant found = null;
    for (Map.Entry<String, Grant> entry : grantsByHash.entrySet()) {
      // Visit every key so the time taken does not tell how far a guess got.
      if (MessageDigest.isEqual(entry.getKey().getBytes(StandardCharsets.US_ASCII), candidate)) {
        found = entry.getValue();
      }
    }
    return Optional.ofNullable(found);
  }

  /** How many keys are configured. */
  public int size() {
    return grantsByHash.size();
  }

  @Override
  public String toString() {
    return "ApiKeys[" + grantsByHash.size() + " keys]";
  }

  private static void checkToken(String token, String where) {
    if (token.length() < MIN_TOKEN_LENGTH
        || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ',' && c != '=')) {
      throw new IllegalArgumentException(
          where
              + ": a key must be at least "
              + MIN_TOKEN_LENGTH
              + " printable characters without spaces, ',' or '='");
    }
  }

  private static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
