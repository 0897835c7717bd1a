package io.cohesion.rest.letters;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.IssuedBatch;
import io.cohesion.rest.http.Html;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The printable letters of a batch of invitation codes: one HTML document, one A4 page per code,
 * each with a short text, the code in groups of four, the link {@code <base>/form/<CODE>} to the
 * resident's form and a QR code of that link (docs/api.md#invitation-letters).
 *
 * <p>The document is made from the batch just issued and kept nowhere: whoever asks for it sends it
 * on and drops it, so no code outlives its printing. It needs no script, no font and no image
 * source; its one style sheet is inline and allowed by its hash in {@link
 * #CONTENT_SECURITY_POLICY}.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class InvitationLetters {

  /** The language a batch's letters are written in. */
  public enum Language {
    /** Dutch, the default. */
    NL,
    /** English. */
    EN;

    /** The language with this code ({@code nl}, {@code en}), ignoring case. */
    public static Optional<Language> of(String code) {
      for (Language language : values()) {
        if (language.code().equalsIgnoreCase(code.strip())) {
          return Optional.of(language);
        }
      }
      return Optional.empty();
    }

    /** The language code, {@code nl} or {@code en}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final String STYLE =
      "@page{size:A4;margin:18mm 20mm}"
          + "html{background:#fff;color:#111}"
          + "body{margin:0;font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;font-size:11.5pt;"
          + "line-height:1.45}"
          + ".letter{box-sizing:border-box;max-width:170mm;margin:0 auto;padding:8mm 0;"
          + "break-after:page;page-break-after:always}"
          + ".letter:last-child{break-after:auto;page-break-after:auto}"
          + "h1{font-size:19pt;margin:0 0 6mm}"
          + "h2{font-size:13.5pt;margin:7mm 0 3mm}"
          + "p{margin:0 0 3mm}"
          + ".join{display:flex;gap:10mm;align-items:flex-start;margin-top:4mm}"
          + ".qr{width:42mm;height:42mm;flex:none}"
          + ".code{font-family:'DejaVu Sans Mono','Courier New',monospace;font-size:20pt;"
          + "font-weight:bold;letter-spacing:1pt;margin:1mm 0 4mm}"
          + ".link{font-family:'DejaVu Sans Mono','Courier New',monospace;font-size:10.5pt;"
          + "white-space:nowrap}"
          + ".delivered{margin-top:10mm;font-size:9.5pt;color:#333}";

  /**
   * The policy the letters are served under: nothing but their own inline style sheet (by its hash)
   * and {@code data:} images; no script, no request to anywhere.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '"
          + styleHash()
          + "'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private InvitationLetters() {}

  private static String styleHash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(STYLE.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * {@code base} as the root the residents' links start from: an absolute {@code http} or {@code
   * https} URL without query or fragment; a trailing slash is dropped.
   *
   * @throws IllegalArgumentException when it is not such a URL
   */
  public static URI base(String base) {
    requireNonNull(base, "base");
    URI uri;
    try {
      uri = new URI(base.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: '" + base + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "the base of the residents' links is an http(s) URL without user, query or fragment,"
              + " got '"
              + base
              + "'");
    }
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  /** The link to the resident's form for {@code code}: {@code <base>/form/<CODE>}. */
  public static String formLink(URI base, InvitationCode code) {
    return requireNonNull(base, "base") + "/form/" + requireNonNull(code, "code").value();
  }

  /** The letters of {@code batch}, linking to forms under {@code base}, in {@code language}. */
  public static String render(IssuedBatch batch, URI base, Language language) {
    requireNonNull(batch, "batch");
    requireNonNull(language, "language");
    Words words = Words.of(language);
    StringBuilder html = new StringBuilder(4096 + batch.codes().size() * 6144);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.code())
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(Html.escape(words.title()))
        .append("</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"robots\" content=\"noindex\"><style>")
        .append(STYLE)
        .append("</style></head><body><main>");
    for (InvitationCode code : batch.codes()) {
      String link = formLink(base, code);
      html.append("<article class=\"letter\"><h1>")
          .append(Html.escape(words.heading()))
          .append("</h1>");
      for (String paragraph : words.paragraphs()) {
        html.append("<p>").append(Html.escape(paragraph)).append("</p>");
      }
      html.append("<h2>").append(Html.escape(words.howTo())).append("</h2>");
      html.append("<div class=\"join\">")
          .append(QrCodeSvg.of(link, words.qrLabel()))
          .append("<div><p>")
          .append(Html.escape(words.scan()))
          .append("</p><p class=\"link\">")
          .append(Html.escape(link))
          .append("</p><p>")
          .append(Html.escape(words.yourCode()))
          .append("</p><p class=\"code\">")
          .append(Html.escape(code.grouped()))
          .append("</p></div></div><p>")
          .append(Html.escape(words.keep()))
          .append("</p>");
      batch
          .label()
          .ifPresent(
              label ->
                  html.append("<p class=\"delivered\">")
                      .append(Html.escape(words.deliveredTo()))
                      .append(' ')
                      .append(Html.escape(label))
                      .append("</p>"));
      html.append("</article>");
    }
    return html.append("</main></body></html>\n").toString();
  }

  /** The words of a letter in one language. */
  private record Words(
      String title,
      String heading,
      List<String> paragraphs,
      String howTo,
      String scan,
      String qrLabel,
      String yourCode,
      String keep,
      String deliveredTo) {

    static Words of(Language language) {
      return switch (language) {
        case NL ->
            new Words(
                "Uitnodigingen voor de wensenkaart",
                "Wat wenst u voor uw buurt?",
                List.of(
                    "Beste buurtbewoner,",
                    "Samen met de buurt maken we een wensenkaart: wat vindt u belangrijk, wat gaat"
                        + " goed en wat kan beter? Wat de buurt het belangrijkst vindt, wordt het"
                        + " begin van activiteiten die bij uw buurt passen. Meedoen duurt ongeveer"
                        + " tien minuten.",
                    "Wat gebeurt er met uw antwoorden? Ze worden alleen samen met die van andere"
                        + " huishoudens bekeken. Uitkomsten worden pas getoond als genoeg"
                        + " huishoudens hebben meegedaan, en nooit met uw naam of adres: niemand"
                        + " kan zien wat u hebt ingevuld. Met dezelfde code kunt u uw antwoorden"
                        + " later opvragen of laten wissen."),
                "Zo doet u mee",
                "Scan de QR-code met de camera van uw telefoon, of typ deze link in uw browser:",
                "QR-code met de link naar uw vragenlijst",
                "Uw persoonlijke code:",
                "Deze code is voor één huishouden en werkt één keer per ronde. Bewaar deze brief:"
                    + " bij een volgende ronde gebruikt u dezelfde code.",
                "Bezorgd in:");
        case EN ->
            new Words(
                "Invitations to the wish map",
                "What do you wish for your neighbourhood?",
                List.of(
                    "Dear neighbour,",
                    "Together with the neighbourhood we are making a wish map: what matters to you,"
                        + " what goes well and what could be better? What the neighbourhood finds"
                        + " most important becomes the start of activities that suit it. Taking"
                        + " part takes about ten minutes.",
                    "What happens with your answers? They are only looked at together with those"
                        + " of other households. Results are shown only once enough households"
                        + " have taken part, and never with your name or address: no one can see"
                        + " what you answered. With the same code you can later ask for your"
                        + " answers or have them erased."),
                "How to take part",
                "Scan the QR code with your phone's camera, or type this link into your browser:",
                "QR code with the link to your questionnaire",
                "Your personal code:",
                "This code is for one household and works once per round. Keep this letter: in a"
                    + " next round you use the same code.",
                "Delivered in:");
      };
    }
  }
}
