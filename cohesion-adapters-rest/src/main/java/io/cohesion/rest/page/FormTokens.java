package io.cohesion.rest.page;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-render token of every form post, bound to the browser by a cookie (a double-submit check
 * that needs no state on the server, so several servers can answer one resident).
 *
 * <p>The browser holds a random secret in a {@code SameSite=Lax}, {@code HttpOnly} cookie. Each
 * rendered form carries a fresh random token and its HMAC under that secret and the path the form
 * posts to. A page of another site can neither read the cookie nor make the HMAC, and its posts do
 * not carry a {@code Lax} cookie at all, so a post without a matching pair is refused. The token is
 * also the submission's idempotency key: a second click on Send repeats the first request, and the
 * use case answers it with the answer it stored.
 */
final class FormTokens {
  /** The cookie's name. */
  static final String COOKIE = "cohesion-form";

  /** The hidden field of the token. */
  static final String TOKEN = "token";

  /** The hidden field of the token's HMAC. */
  static final String PROOF = "proof";

  private static final HexFormat HEX = HexFormat.of();

  private final SecureRandom random = new SecureRandom();

  /** A token and its proof for a form that posts to {@code path}. */
  record Token(String token, String proof) {}

  /**
   * A fresh token for a form on this page that posts to {@code path}; sets the browser's secret
   * first when it has none (or none that could be one).
   */
  Token issue(Context ctx, String path) {
    String secret = secret(ctx).orElse(null);
    if (secret == null) {
      secret = hex(32);
      StringBuilder cookie =
          new StringBuilder(COOKIE + "=" + secret + "; Path=/form; HttpOnly; SameSite=Lax");
      if ("https".equalsIgnoreCase(ctx.scheme())) {
        cookie.append("; Secure");
      }
      ctx.res().addHeader("Set-Cookie", cookie.toString());
      // Later forms of the same page use the secret just set.
      ctx.attribute(COOKIE, secret);
    }
    String token = hex(18);
    return new Token(token, proof(secret, token, path));
  }

  /** The token of a post to {@code path} when its proof matches the browser's secret. */
  Optional<String> check(Context ctx, String path) {
    Optional<String> secret = secret(ctx);
    String token = ctx.formParam(TOKEN);
    String proof = ctx.formParam(PROOF);
    if (secret.isEmpty() || token == null || proof == null || !token.matches("[0-9a-f]{36}")) {
      return Optional.empty();
    }
    byte[] expected = proof(secret.get(), token, path).getBytes(StandardCharsets.US_ASCII);
    boolean same = MessageDigest.isEqual(expected, proof.getBytes(StandardCharsets.US_ASCII));
    return same ? Optional.of(token) : Optional.empty();
  }

  /** Whether the browser sent a secret at all: without one, it refuses cookies. */
  boolean hasSecret(Context ctx) {
    return secret(ctx).isPresent();
  }

  private static Optional<String> secret(Context ctx) {
    String set = ctx.attribute(COOKIE);
    if (set != null) {
      return Optional.of(set);
    }
    String sent = ctx.cookie(COOKIE);
    return sent != null && sent.matches("[0-9a-f]{64}") ? Optional.of(sent) : Optional.empty();
  }

  private String hex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HEX.formatHex(b);
  }

  private static String proof(String secret, String token, String path) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(HEX.parseHex(secret), "HmacSHA256"));
      return HEX.formatHex(mac.doFinal((token + "|" + path).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
