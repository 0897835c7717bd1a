package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Content negotiation, in one place for every route (RFC 9110, section 12.5.1): a route names the
 * media types it serves, the first being its default; the {@code Accept} header picks one of them,
 * or the answer is a 406 problem naming them. Problems themselves are always {@code
 * application/problem+json}, whatever the request accepts.
 *
 * <p>A served type's quality is that of the most specific range of {@code Accept} that matches it
 * ({@code text/csv} before {@code text/*} before {@code *}{@code /*}); the type with the highest
 * quality above 0 wins, on a tie the one matched by the more specific range, then the route's
 * order. No {@code Accept} header, or {@code *}{@code /*}, gets the route's default. Parameters of
 * a range other than {@code q} are ignored; a range that cannot be read matches nothing.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Negotiation {
  /** The media type a CSV table is sent in (RFC 4180, always UTF-8). */
  public static final String CSV_CONTENT_TYPE = Bodies.CSV + "; charset=utf-8";

  private static final String CHOSEN = "cohesion.representation";

  private Negotiation() {}

  /**
   * {@code next}, run only when the request accepts one of {@code served}; the type chosen is what
   * {@link #wants} answers for. A route without a body to send ({@code served} empty) does not
   * negotiate.
   */
  public static Handler serving(List<String> served, Handler next) {
    List<String> types = List.copyOf(served);
    if (types.isEmpty()) {
      return next;
    }
    return ctx -> {
      String accept = accept(ctx);
      String chosen =
          choose(accept, types).orElseThrow(() -> ProblemException.notAcceptable(accept, types));
      ctx.attribute(CHOSEN, chosen);
      if (types.size() > 1) {
        // the answer depends on Accept: a cache must not hand the CSV to a JSON client
        ctx.res().addHeader("Vary", "Accept");
      }
      next.handle(ctx);
    };
  }

  /** Whether the request was negotiated to {@code mediaType}, such as {@link Bodies#CSV}. */
  public static boolean wants(Context ctx, String mediaType) {
    return mediaType.equals(ctx.attribute(CHOSEN));
  }

  /**
   * Sends {@code csv}, a whole table, as a download named {@code fileName} (letters, digits, {@code
   * . _ -} only, so that the header needs no escaping).
   */
  public static void sendCsv(Context ctx, String fileName, String csv) {
    if (!fileName.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("not a plain file name: '" + fileName + "'");
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .contentType(CSV_CONTENT_TYPE)
        .result(csv.getBytes(StandardCharsets.UTF_8));
  }

  /** Every {@code Accept} header of the request as one list, or null without any. */
  private static String accept(Context ctx) {
    List<String> headers = Collections.list(ctx.req().getHeaders("Accept"));
    return headers.isEmpty() ? null : String.join(", ", headers);
  }

  /**
   * The type of {@code served} that {@code accept} prefers, as described above; empty when it
   * accepts none of them.
   */
  static Optional<String> choose(String accept, List<String> served) {
    if (accept == null || accept.isBlank()) {
      return served.stream().findFirst();
    }
    List<Range> ranges =
        Arrays.stream(accept.split(",")).map(Range::parse).flatMap(Optional::stream).toList();
    String best = null;
    Range bestRange = null;
    for (String type : served) {
      Range match = null;
      for (Range range : ranges) {
        if (range.matches(type) && (match == null || range.specificity() > match.specificity())) {
          match = range;
        }
      }
      if (match == null || match.quality() <= 0) {
        continue;
      }
      if (bestRange == null
          || match.quality() > bestRange.quality()
          || (match.quality() == bestRange.quality()
              && match.specificity() > bestRange.specificity())) {
        best = type;
        bestRange = match;
      }
    }
    return Optional.ofNullable(best);
  }

  /** One media range of {@code Accept}: {@code type/subtype}, either part possibly {@code *}. */
  private record Range(String type, String subtype, double quality) {
    static Optional<Range> parse(String text) {
      String[] parts = text.split(";");
      String[] name = parts[0].strip().toLowerCase(Locale.ROOT).split("/", -1);
      if (name.length != 2 || !token(name[0]) || !token(name[1])) {
        return Optional.empty();
      }
      if (name[0].equals("*") && !name[1].equals("*")) {
        return Optional.empty();
      }
      double quality = 1;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
          String value = parameter.substring(2);
          if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
            return Optional.empty();
          }
          quality = Double.parseDouble(value);
        }
      }
      return Optional.of(new Range(name[0], name[1], quality));
    }

    private static boolean token(String part) {
      return part.matches("[a-z0-9!#$&^_.+-]+|\\*");
    }

    boolean matches(String mediaType) {
      String[] name = mediaType.split("/");
      return (type.equals("*") || type.equals(name[0]))
          && (subtype.equals("*") || subtype.equals(name[1]));
    }

    /** 3 for a full type, 2 for {@code type/*}, 1 for {@code *}{@code /*}. */
    int specificity() {
      return type.equals("*") ? 1 : subtype.equals("*") ? 2 : 3;
    }
  }
}
