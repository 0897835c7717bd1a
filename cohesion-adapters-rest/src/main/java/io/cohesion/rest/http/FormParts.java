package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The named parts of a {@code multipart/form-data} body (RFC 7578), read from the bytes {@link
 * Bodies#bytes} bounds: each part's name, its {@code Content-Type} and its content. The body is
 * small (at most the configured limit) and parsed whole; anything that does not follow the format
 * is a 400 that says what.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class FormParts {
  /** The media type of a form with parts. */
  public static final String MULTIPART = "multipart/form-data";

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i);\\s*boundary=(\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final byte[] CRLF = {'\r', '\n'};

  /**
   * One part.
   *
   * @param contentType the part's media type, lower case without parameters, if it has one
   * @param content the part's bytes
   */
  public record Part(Optional<String> contentType, byte[] content) {}

  private final Map<String, Part> parts;
  private final String[] expected;

  private FormParts(Map<String, Part> parts, String[] expected) {
    this.parts = parts;
    this.expected = expected;
  }

  /** The part named {@code name}, or a 400 saying the form needs it. */
  public Part require(String name) {
    Part part = parts.get(name);
    if (part == null) {
      throw ProblemException.invalid(
          name, "missing: the form needs the parts " + String.join(" and ", expected));
    }
    return part;
  }

  /**
   * The parts of the request's body, which must be exactly those named {@code names}.
   *
   * @throws ProblemException (400) for a body that is not a form, a part twice, or another part
   */
  public static FormParts read(Context ctx, Bodies bodies, String... names) {
    String type = ctx.header("Content-Type");
    Matcher boundary = BOUNDARY.matcher(type == null ? "" : type);
    if (!boundary.find()) {
      throw ProblemException.badRequest(
          "a multipart/form-data body names its boundary in Content-Type");
    }
    String value = boundary.group(2) != null ? boundary.group(2) : boundary.group(3);
    return new FormParts(parse(bodies.bytes(ctx), value, names), names.clone());
  }

  private static Map<String, Part> parse(byte[] body, String boundary, String[] names) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(body, delimiter, 0);
    if (at < 0 || (at > 0 && !endsWithCrlf(body, at))) {
      throw ProblemException.badRequest("the multipart body does not start with its boundary");
    }
    Map<String, Part> parts = new LinkedHashMap<>();
    byte[] next = concat(CRLF, delimiter);
    int position = at + delimiter.length;
    while (true) {
      if (startsWith(body, position, new byte[] {'-', '-'})) {
        return parts; // the closing delimiter
      }
      position = skipLine(body, position);
      int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, position);
      if (headersEnd < 0) {
        throw ProblemException.badRequest("a part of the multipart body has no end of headers");
      }
      String headers = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int contentEnd = indexOf(body, next, contentStart);
      if (contentEnd < 0) {
        throw ProblemException.badRequest("the multipart body does not end with its boundary");
      }
      String name =
          header(headers, "content-disposition")
              .flatMap(FormParts::name)
              .orElseThrow(
                  () -> ProblemException.badRequest("a part of the multipart body has no name"));
      if (!Arrays.asList(names).contains(name)) {
        throw ProblemException.invalid(
            name, "not a part of this form; it takes " + String.join(" and ", names));
      }
      Optional<String> contentType =
          header(headers, "content-type")
              .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
      if (parts.put(name, new Part(contentType, Arrays.copyOfRange(body, contentStart, contentEnd)))
          != null) {
        throw ProblemException.invalid(name, "the form has this part twice");
      }
      position = contentEnd + next.length;
    }
  }

  private static Optional<String> header(String headers, String name) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return Optional.of(line.substring(colon + 1).strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> name(String disposition) {
    Matcher name = NAME.matcher(disposition);
    return name.find() ? Optional.of(name.group(1)) : Optional.empty();
  }

  private static int skipLine(byte[] body, int from) {
    int end = indexOf(body, CRLF, from);
    if (end < 0) {
      throw ProblemException.badRequest("the multipart body ends inside a boundary line");
    }
    return end + 2;
  }

  private static boolean endsWithCrlf(byte[] body, int at) {
    return at >= 2 && body[at - 2] == '\r' && body[at - 1] == '\n';
  }

  private static boolean startsWith(byte[] body, int at, byte[] prefix) {
    if (at + prefix.length > body.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (body[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] wanted, int from) {
    for (int i = Math.max(from, 0); i + wanted.length <= body.length; i++) {
      if (startsWith(body, i, wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
