package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.rest.mapping.CsvFormat;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reads request bodies: never more than the configured limit, only in the media types a route
 * takes, JSON strictly (see {@link Json}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Bodies {
  /** The JSON media type. */
  public static final String JSON = "application/json";

  /** The CSV media type. */
  public static final String CSV = "text/csv";

  private static final String CACHE = "cohesion.body";

  private final ObjectMapper json;
  private final long maxBytes;

  /** Bodies read with {@code json}, at most {@code maxBytes} long. */
  public Bodies(ObjectMapper json, long maxBytes) {
    this.json = json;
    this.maxBytes = maxBytes;
  }

  /** The largest body accepted. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The mapper used for bodies. */
  public ObjectMapper mapper() {
    return json;
  }

  /** The JSON body as {@code type}; 415 for another media type, 400 naming what is wrong. */
  public <T> T json(Context ctx, Class<T> type) throws JsonProcessingException {
    requireMediaType(ctx, List.of(JSON));
    return json(bytes(ctx), type);
  }

  /**
   * {@code body} read as {@code type} with the strict mapper, as {@link #json(Context, Class)}
   * reads a request body once it has the bytes.
   *
   * @throws JsonProcessingException naming what is wrong with the JSON
   * @throws ProblemException (400) for an empty body, a body of JSON {@code null} or one that is
   *     not readable as text
   */
  public <T> T json(byte[] body, Class<T> type) throws JsonProcessingException {
    if (body.length == 0) {
      throw ProblemException.badRequest("the request needs a JSON body");
    }
    try {
      T value = json.readValue(body, type);
      if (value == null) {
        // Jackson reads a body of `null` as no object at all; no route takes that.
        throw ProblemException.badRequest("the body is JSON null; this route takes a JSON object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw ProblemException.badRequest("the JSON body could not be read");
    }
  }

  /** The body as UTF-8 text; 400 when it is not valid UTF-8. */
  public String text(Context ctx) {
    byte[] body = bytes(ctx);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ProblemException.badRequest("the body is not valid UTF-8");
    }
  }

  /** The media type of the body without parameters, lower case, or empty. */
  public static String mediaType(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The {@code charset} parameter of the body's media type, lower case and unquoted, or empty. */
  public static Optional<String> charset(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null) {
      return Optional.empty();
    }
    String[] parts = type.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
        String value = parameter[1].strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return Optional.of(value.toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  /**
   * How a CSV body is written (docs/api.md#uploading-responses-as-csv): the separator is always
   * detected from its header line; the encoding is the {@code charset} of {@code Content-Type}
   * ({@code utf-8} or {@code windows-1252}), detected when there is none.
   *
   * @throws ProblemException (415) for another charset
   */
  public static CsvFormat csvFormat(Context ctx) {
    CsvFormat format =
        CsvFormat.detected().advising(null, "send Content-Type: text/csv; charset=%s");
    Optional<String> charset = charset(ctx);
    if (charset.isEmpty()) {
      return format;
    }
    try {
      return format.withEncoding(CsvFormat.encodingNamed(charset.get()));
    } catch (IllegalArgumentException e) {
      throw ProblemException.unsupportedMediaType(
          ctx.header("Content-Type"),
          List.of(CSV + "; charset=utf-8", CSV + "; charset=windows-1252"));
    }
  }

  /** 415 unless the body is in one of {@code accepted} (JSON also as {@code +json}). */
  public static String requireMediaType(Context ctx, List<String> accepted) {
    String type = mediaType(ctx);
    for (String candidate : accepted) {
      if (type.equals(candidate) || (candidate.equals(JSON) && type.endsWith("+json"))) {
        return candidate;
      }
    }
    throw ProblemException.unsupportedMediaType(ctx.header("Content-Type"), accepted);
  }

  /** The raw body, read once and at most {@link #maxBytes()} long (413 beyond). */
  public byte[] bytes(Context ctx) {
    byte[] cached = ctx.attribute(CACHE);
    if (cached != null) {
      return cached;
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw ProblemException.tooLarge(maxBytes);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        throw ProblemException.tooLarge(maxBytes);
      }
      ctx.attribute(CACHE, body);
      return body;
    } catch (IOException e) {
      throw ProblemException.badRequest("the request body could not be read completely");
    }
  }
}
