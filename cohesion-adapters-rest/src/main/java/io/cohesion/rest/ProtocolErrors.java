package io.cohesion.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.rest.http.Problem;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests the HTTP layer refuses before any route sees them (a malformed URI, headers
 * too large): a problem like every other error, with the headers every answer carries, instead of
 * the server's HTML page.
 */
final class ProtocolErrors extends ErrorHandler {
  private final ObjectMapper json;
  private final Map<String, String> headers;

  ProtocolErrors(ObjectMapper json, Map<String, String> headers) {
    this.json = json;
    this.headers = Map.copyOf(headers);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    headers.forEach((name, value) -> response.getHeaders().put(name, value));
    return super.handle(request, response, callback);
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true; // a problem body for every method, not only GET, POST and HEAD
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=utf-8");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=utf-8");
    return ByteBuffer.wrap(body(status));
  }

  /** The problem for {@code status}; the server's own message is not passed on. */
  private byte[] body(int status) {
    int code = status >= 400 && status <= 599 ? status : 400;
    String title = HttpStatus.getMessage(code);
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String detail =
        switch (code) {
          case 400 -> "the request is not valid HTTP, or its URI cannot be read";
          case 414 -> "the URI is too long";
          case 431 -> "the request headers are too large";
          default -> "the server cannot read this request";
        };
    try {
      return json.writeValueAsBytes(Problem.of(code, slug, title, detail));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
