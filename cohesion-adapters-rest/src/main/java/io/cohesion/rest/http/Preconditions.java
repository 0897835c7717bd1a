package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.ConflictException;
import io.cohesion.core.Versioned;
import io.javalin.http.Context;
import java.util.function.LongFunction;
import org.apiguardian.api.API;

/**
 * Entity tags and conditional requests: every read of a single resource carries an {@code ETag}
 * (its version), and every update must name the version it replaces in {@code If-Match} — 428 when
 * it does not, 412 when that version is no longer current.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Preconditions {
  private Preconditions() {}

  /**
   * Sets the {@code ETag} of {@code value}; returns whether the caller already holds this version
   * ({@code If-None-Match}), in which case the answer is 304 without a body.
   */
  public static boolean tag(Context ctx, Versioned<?> value) {
    ctx.header("ETag", value.etag());
    String noneMatch = ctx.header("If-None-Match");
    if (noneMatch != null && matches(noneMatch, value.version())) {
      ctx.status(304);
      return true;
    }
    return false;
  }

  /**
   * The version named by {@code If-Match}; 428 when absent, 412 when it names no version or is a
   * weak tag ({@code W/"1"}), which the strong comparison of {@code If-Match} never matches.
   */
  public static long expectedVersion(Context ctx) {
    String ifMatch = ctx.header("If-Match");
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ProblemException.preconditionRequired(
          "an update must name the version it replaces: If-Match: \"<version>\" from the ETag");
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      // If-Match compares strongly (RFC 9110, section 13.1.1): a weak tag never matches.
      throw ProblemException.preconditionFailed(
          "If-Match "
              + tag
              + " is a weak tag, which never matches an update; send the ETag as it was given: "
              + "\"<version>\"");
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      long version = Long.parseLong(tag);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // fall through: not one of our tags
    }
    throw ProblemException.preconditionFailed(
        "If-Match " + ifMatch.strip() + " names no version of this resource");
  }

  /**
   * Runs an update with the version from {@code If-Match}: a stale version is 412, and the new
   * version's {@code ETag} is set on success.
   */
  public static <T> Versioned<T> update(Context ctx, LongFunction<Versioned<T>> update) {
    long expected = expectedVersion(ctx);
    Versioned<T> updated;
    try {
      updated = update.apply(expected);
    } catch (ConflictException e) {
      throw ProblemException.preconditionFailed(
          "version " + expected + " is no longer current: " + e.getMessage());
    }
    ctx.header("ETag", updated.etag());
    return updated;
  }

  private static boolean matches(String header, long version) {
    if (header.strip().equals("*")) {
      return true;
    }
    String wanted = "\"" + version + "\"";
    for (String part : header.split(",")) {
      String tag = part.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
