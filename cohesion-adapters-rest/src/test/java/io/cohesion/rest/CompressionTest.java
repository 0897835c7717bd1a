package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.persistence.memory.InMemoryStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers are compressed with gzip when the client accepts it and the answer is large enough; small
 * answers are not.
 */
class CompressionTest {
  private static TestServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = TestServer.start(FullApi.builder(new InMemoryStores()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String path, String accept) {
    try {
      return CLIENT.send(
          server
              .request(path)
              .header("Accept-Encoding", "gzip")
              .header("Accept", accept)
              .header("Authorization", "Bearer " + TestServer.COORDINATOR)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLargeJsonAnswerIsGzippedAndASmallOneIsNot() throws IOException {
    HttpResponse<byte[]> document = get("/api/v1/openapi.json", "application/json");
    HttpResponse<byte[]> health = get("/api/v1/health", "application/json");

    assertThat(document.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(document.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(gunzip(document.body())).startsWith("{").contains("\"openapi\"");
    assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(health.body(), StandardCharsets.UTF_8)).startsWith("{");
  }
}
