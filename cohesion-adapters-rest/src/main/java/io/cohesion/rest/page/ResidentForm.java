package io.cohesion.rest.page;

import static io.cohesion.rest.http.Html.escape;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.ConflictException;
import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.resident.ResidentData;
import io.cohesion.core.trust.ManageMeasurements;
import io.cohesion.core.trust.ManageScales;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementAnswer;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.wishmap.ManageWishMaps;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.rest.http.ClientAddress;
import io.cohesion.rest.http.Guard;
import io.cohesion.rest.http.ProblemException;
import io.cohesion.rest.http.RateLimiter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The resident's form at {@code /form} and the paper forms at {@code /form/print/…}
 * (docs/resident-form.md): server-rendered pages without an API key and without scripts.
 *
 * <ul>
 *   <li>{@code GET /form}: where a code is typed in; {@code POST /form} leads on to {@code
 *       /form/{code}}, the link the invitation letters print.
 *   <li>{@code GET /form/{code}}: the open wish maps and measurements, each marked when its answers
 *       are in.
 *   <li>{@code GET|POST /form/{code}/wish-maps/{id}} and {@code …/measurements/{id}}: the form and
 *       its submission, through the same use case as the JSON route; a wave answered already shows
 *       that instead of a form.
 *   <li>{@code POST /form/{code}/answers} and {@code …/erasure}: the resident's own answers, shown
 *       or erased (after a confirmation) through the same use case as the JSON routes.
 *   <li>{@code GET /form/print/wish-maps/{id}} and {@code …/measurements/{id}}: the paper form, the
 *       same questions in the same order, for A4.
 * </ul>
 *
 * <p>Every page answers with {@code Cache-Control: no-store} and a policy that allows its own style
 * sheet only. The form pages allow posting to this server ({@code form-action 'self'}), which the
 * API's page policy forbids: their forms are the whole point, and they post nowhere else. Calls
 * that carry a code count against the same per-address limit as keyless API submissions.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class ResidentForm {
  /** The policy of the online pages: no script at all, posts to this server only. */
  public static final String FORM_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'self'";

  /** The policy of the paper forms: as the page policy, with no form at all. */
  public static final String PRINT_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'";

  /** The root of the form's pages. */
  public static final String ROOT = "/form";

  private static final String FOLDER = "/io/cohesion/rest/form/";
  private static final Map<String, byte[]> FILES =
      Map.of("form.css", read("form.css"), "print.css", read("print.css"));

  private final ManageWishMaps wishMaps;
  private final ManageMeasurements measurements;
  private final ManageScales scales;
  private final ReleaseWaves releases;
  private final Optional<ResidentData> residentData;
  private final RateLimiter limiter;
  private final ClientAddress clients;
  private final FormTokens tokens = new FormTokens();

  /**
   * The pages over these use cases; {@code residentData} is empty when the server issues no
   * invitation codes, and then only the paper forms are served. {@code limiter} counts every call
   * that carries a code, per client address as {@code clients} tells it.
   */
  public ResidentForm(
      ManageWishMaps wishMaps,
      ManageMeasurements measurements,
      ManageScales scales,
      ReleaseWaves releases,
      Optional<ResidentData> residentData,
      RateLimiter limiter,
      ClientAddress clients) {
    this.wishMaps = wishMaps;
    this.measurements = measurements;
    this.scales = scales;
    this.releases = releases;
    this.residentData = residentData;
    this.limiter = limiter;
    this.clients = clients;
  }

  /** Adds the pages' routes; they are open, like the workshop page. */
  public void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, ROOT + "/files/{file}", this::file);
    routes.addHttpHandler(
        HandlerType.GET, ROOT + "/print/wish-maps/{id}", ctx -> page(ctx, this::printWishMap));
    routes.addHttpHandler(
        HandlerType.GET,
        ROOT + "/print/measurements/{id}",
        ctx -> page(ctx, this::printMeasurement));
    if (residentData.isEmpty()) {
      return;
    }
    routes.addHttpHandler(HandlerType.GET, ROOT, ctx -> page(ctx, this::start));
    routes.addHttpHandler(HandlerType.POST, ROOT, ctx -> page(ctx, this::enter));
    routes.addHttpHandler(HandlerType.GET, ROOT + "/{code}", ctx -> page(ctx, this::choose));
    routes.addHttpHandler(
        HandlerType.GET, ROOT + "/{code}/wish-maps/{id}", ctx -> page(ctx, this::wishMapForm));
    routes.addHttpHandler(
        HandlerType.POST, ROOT + "/{code}/wish-maps/{id}", ctx -> page(ctx, this::submitWishMap));
    routes.addHttpHandler(
        HandlerType.GET,
        ROOT + "/{code}/measurements/{id}",
        ctx -> page(ctx, this::measurementForm));
    routes.addHttpHandler(
        HandlerType.POST,
        ROOT + "/{code}/measurements/{id}",
        ctx -> page(ctx, this::submitMeasurement));
    routes.addHttpHandler(HandlerType.POST, ROOT + "/{code}/answers", ctx -> page(ctx, this::see));
    routes.addHttpHandler(
        HandlerType.POST, ROOT + "/{code}/erasure", ctx -> page(ctx, this::erase));
  }

  /** What a handler answers: a status and a whole page. */
  private record Answer(int status, String html) {}

  @FunctionalInterface
  private interface Handler {
    Answer handle(Context ctx, Lang lang);
  }

  /**
   * Runs {@code handler} with the page's headers, turning the expected failures into pages: an
   * unknown wave is a 404 page, too many calls a 429 page.
   */
  private void page(Context ctx, Handler handler) {
    Lang lang = Lang.of(ctx.queryParam("lang"));
    boolean print = ctx.path().startsWith(ROOT + "/print/");
    ctx.header("Content-Security-Policy", print ? PRINT_POLICY : FORM_POLICY);
    ctx.header("Cache-Control", "no-store");
    Answer answer;
    try {
      answer = handler.handle(ctx, lang);
    } catch (NotFoundException | IllegalArgumentException e) {
      answer =
          new Answer(
              404,
              simple(
                  lang,
                  ROOT,
                  Messages.in(lang, "notfound.title"),
                  Messages.in(lang, "notfound.text")));
    } catch (ProblemException e) {
      if (e.problem().status() != 429) {
        throw e;
      }
      e.headers().forEach(ctx::header);
      answer =
          new Answer(
              429,
              simple(lang, ROOT, Messages.in(lang, "busy.title"), Messages.in(lang, "busy.text")));
    }
    ctx.status(answer.status()).contentType("text/html;charset=utf-8").result(answer.html());
  }

  private static String simple(Lang lang, String here, String title, String text) {
    return Pages.page(
        lang,
        title,
        here,
        Pages.FORM_CSS,
        Pages.text(title, text) + Pages.link(ROOT + "?lang=" + lang.code(), back(lang)));
  }

  private static String back(Lang lang) {
    return Messages.in(lang, "back.start");
  }

  private void file(Context ctx) {
    byte[] body = FILES.get(ctx.pathParam("file"));
    if (body == null) {
      throw new NotFoundResponse("no such file");
    }
    ctx.contentType("text/css;charset=utf-8").result(body);
  }

  // The paper forms.

  private Answer printWishMap(Context ctx, Lang lang) {
    WishMap map = wishMaps.get(new WishMapId(ctx.pathParam("id"))).value();
    return paper(lang, ctx.path(), Questionnaire.of(map));
  }

  private Answer printMeasurement(Context ctx, Lang lang) {
    Measurement m = measurements.find(new MeasurementId(ctx.pathParam("id"))).value();
    return paper(lang, ctx.path(), Questionnaire.of(m, scales.find(m.scale()).value()));
  }

  private static Answer paper(Lang lang, String here, Questionnaire q) {
    String title = lang.of(q.title());
    return new Answer(200, Pages.page(lang, title, here, Pages.PRINT_CSS, Pages.paper(lang, q)));
  }

  // Entering a code.

  private Answer start(Context ctx, Lang lang) {
    return startPage(ctx, lang, null, 200, "");
  }

  private Answer startPage(Context ctx, Lang lang, String error, int status, String typed) {
    String title = Messages.in(lang, "start.title");
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(title)).append("</h1>");
    if (error != null) {
      body.append(
          Pages.summary(
              lang,
              Map.of("code", new Text(error, error)),
              Map.of("code", "code"),
              Map.of("code", Messages.text("start.code"))));
    }
    body.append("<p>").append(escape(Messages.in(lang, "start.intro"))).append("</p>");
    body.append("<form method=\"post\" action=\"")
        .append(ROOT)
        .append("?lang=")
        .append(lang.code())
        .append("\" novalidate>");
    body.append(Pages.token(tokens.issue(ctx, ROOT)));
    String described = "code-hint" + (error == null ? "" : " code-error");
    body.append("<div class=\"question text\"><label for=\"code\">")
        .append(escape(Messages.in(lang, "start.code")))
        .append("</label><p class=\"hint\" id=\"code-hint\">")
        .append(escape(Messages.in(lang, "start.code.hint")))
        .append("</p>");
    if (error != null) {
      body.append("<p class=\"error\" id=\"code-error\">").append(escape(error)).append("</p>");
    }
    body.append("<input type=\"text\" id=\"code\" name=\"code\" class=\"code\"")
        .append(" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\"")
        .append(" maxlength=\"64\" value=\"")
        .append(escape(typed))
        .append("\" aria-describedby=\"")
        .append(described)
        .append("\"")
        .append(error == null ? "" : " aria-invalid=\"true\"")
        .append("></div><button type=\"submit\">")
        .append(escape(Messages.in(lang, "start.send")))
        .append("</button></form>");
    return new Answer(status, Pages.page(lang, title, ROOT, Pages.FORM_CSS, body.toString()));
  }

  private Answer enter(Context ctx, Lang lang) {
    limiter.acquire(clients.countedUnder(ctx));
    String typed = Optional.ofNullable(ctx.formParam("code")).orElse("").strip();
    if (tokens.check(ctx, ROOT).isEmpty()) {
      return startPage(ctx, lang, expired(ctx, lang), 400, typed);
    }
    if (typed.isEmpty()) {
      return startPage(ctx, lang, Messages.in(lang, "code.missing"), 400, typed);
    }
    InvitationCode code;
    try {
      code = InvitationCode.parse(typed);
    } catch (IllegalArgumentException e) {
      return startPage(ctx, lang, Messages.in(lang, "code.invalid"), 400, typed);
    }
    try {
      residentData.orElseThrow().export(code);
    } catch (ForbiddenException e) {
      return startPage(ctx, lang, Messages.in(lang, "code.unknown"), 403, typed);
    }
    // The target is built from the code's own alphabet: never a place the request names.
    ctx.header("Location", ROOT + "/" + code.value() + "?lang=" + lang.code());
    return new Answer(303, "");
  }

  private String expired(Context ctx, Lang lang) {
    return Messages.in(lang, tokens.hasSecret(ctx) ? "error.expired" : "error.cookies");
  }

  /**
   * The code in the path, with what is stored under it; a code that is not one, or not known, is
   * answered with the start page and its error.
   */
  private sealed interface Resident {}

  private record Known(InvitationCode code, ResidentData.Export export) implements Resident {}

  private record Refused(Answer answer) implements Resident {}

  private Resident resident(Context ctx, Lang lang) {
    limiter.acquire(clients.countedUnder(ctx));
    InvitationCode code;
    try {
      code = InvitationCode.parse(ctx.pathParam("code"));
    } catch (IllegalArgumentException e) {
      return new Refused(startPage(ctx, lang, Messages.in(lang, "code.invalid"), 400, ""));
    }
    try {
      return new Known(code, residentData.orElseThrow().export(code));
    } catch (ForbiddenException e) {
      return new Refused(startPage(ctx, lang, Messages.in(lang, "code.unknown"), 403, ""));
    }
  }

  private static String home(InvitationCode code) {
    return ROOT + "/" + code.value();
  }

  // Choosing a wave.

  private Answer choose(Context ctx, Lang lang) {
    Resident resident = resident(ctx, lang);
    if (resident instanceof Refused refused) {
      return refused.answer();
    }
    Known known = (Known) resident;
    String home = home(known.code());
    String title = Messages.in(lang, "choose.title");
    StringBuilder body = new StringBuilder(Pages.text(title));
    StringBuilder list = new StringBuilder();
    for (Versioned<WishMap> v : Page.collectAll(wishMaps::list)) {
      WishMap map = v.value();
      if (open(WaveId.wishMap(map.id().value()))) {
        boolean answered = known.export().wishMapResponses().containsKey(map.id());
        String name = lang.of(Questionnaire.of(map).title()) + " (" + map.id().value() + ")";
        list.append(item(lang, home + "/wish-maps/" + map.id().value(), name, answered));
      }
    }
    for (Versioned<Measurement> v : Page.collectAll(measurements::list)) {
      Measurement m = v.value();
      if (open(WaveId.measurement(m.id().value()))) {
        boolean answered = known.export().measurementResponses().containsKey(m.id());
        Questionnaire q = Questionnaire.of(m, scales.find(m.scale()).value());
        String name = lang.of(q.title()) + " (" + m.wave() + ")";
        list.append(item(lang, home + "/measurements/" + m.id().value(), name, answered));
      }
    }
    if (list.isEmpty()) {
      body.append("<p>").append(escape(Messages.in(lang, "choose.none"))).append("</p>");
    } else {
      body.append("<p>").append(escape(Messages.in(lang, "choose.intro"))).append("</p>");
      body.append("<ul class=\"waves\">").append(list).append("</ul>");
    }
    body.append(own(ctx, lang, known.code()));
    return new Answer(200, Pages.page(lang, title, home, Pages.FORM_CSS, body.toString()));
  }

  private boolean open(WaveId wave) {
    return !releases.status(wave).value().closed();
  }

  private static String item(Lang lang, String href, String name, boolean answered) {
    StringBuilder out = new StringBuilder("<li><a href=\"");
    out.append(escape(href + "?lang=" + lang.code()))
        .append("\">")
        .append(escape(name))
        .append("</a>");
    if (answered) {
      out.append(" — ").append(escape(Messages.in(lang, "choose.received")));
    }
    return out.append("</li>").toString();
  }

  /** The section with the forms that show or erase the resident's answers. */
  private String own(Context ctx, Lang lang, InvitationCode code) {
    String home = home(code);
    return "<section aria-labelledby=\"own\" class=\"own\"><h2 id=\"own\">"
        + escape(Messages.in(lang, "own.heading"))
        + "</h2><p>"
        + escape(Messages.in(lang, "own.text"))
        + "</p>"
        + button(ctx, lang, home + "/answers", "own.see", "")
        + button(ctx, lang, home + "/erasure", "own.erase", "")
        + "</section>";
  }

  private String button(Context ctx, Lang lang, String action, String label, String hidden) {
    return "<form method=\"post\" class=\"inline\" action=\""
        + escape(action + "?lang=" + lang.code())
        + "\">"
        + Pages.token(tokens.issue(ctx, action))
        + hidden
        + "<button type=\"submit\">"
        + escape(Messages.in(lang, label))
        + "</button></form>";
  }

  // One wave's form.

  /** A wave as the form needs it: its questions, its path, and whether the code answered it. */
  private record Wave(Questionnaire questionnaire, WaveId id, String path, boolean answered) {}

  private Wave wishMapWave(Known known, Context ctx) {
    WishMap map = wishMaps.get(new WishMapId(ctx.pathParam("id"))).value();
    String path = home(known.code()) + "/wish-maps/" + map.id().value();
    return new Wave(
        Questionnaire.of(map),
        WaveId.wishMap(map.id().value()),
        path,
        known.export().wishMapResponses().containsKey(map.id()));
  }

  private Wave measurementWave(Known known, Context ctx) {
    Measurement m = measurements.find(new MeasurementId(ctx.pathParam("id"))).value();
    String path = home(known.code()) + "/measurements/" + m.id().value();
    return new Wave(
        Questionnaire.of(m, scales.find(m.scale()).value()),
        WaveId.measurement(m.id().value()),
        path,
        known.export().measurementResponses().containsKey(m.id()));
  }

  private Answer wishMapForm(Context ctx, Lang lang) {
    return form(ctx, lang, known -> wishMapWave(known, ctx));
  }

  private Answer measurementForm(Context ctx, Lang lang) {
    return form(ctx, lang, known -> measurementWave(known, ctx));
  }

  private Answer form(Context ctx, Lang lang, Function<Known, Wave> waveOf) {
    Resident resident = resident(ctx, lang);
    if (resident instanceof Refused refused) {
      return refused.answer();
    }
    Known known = (Known) resident;
    Wave wave = waveOf.apply(known);
    if (wave.answered()) {
      return done(ctx, lang, known.code(), wave, "received.title", "received.intro");
    }
    if (!open(wave.id())) {
      return closed(lang, known.code(), wave);
    }
    return formPage(ctx, lang, wave, Answers.none(wave.questionnaire()), 200);
  }

  private Answer formPage(Context ctx, Lang lang, Wave wave, Answers answers, int status) {
    String body =
        Pages.form(
            lang, wave.questionnaire(), answers, wave.path(), tokens.issue(ctx, wave.path()));
    String title = lang.of(wave.questionnaire().title());
    return new Answer(status, Pages.page(lang, title, wave.path(), Pages.FORM_CSS, body));
  }

  private Answer closed(Lang lang, InvitationCode code, Wave wave) {
    String title = Messages.in(lang, "closed.title");
    String body =
        Pages.text(title, Messages.in(lang, "closed.text"))
            + Pages.link(home(code) + "?lang=" + lang.code(), Messages.in(lang, "back.choose"));
    return new Answer(409, Pages.page(lang, title, wave.path(), Pages.FORM_CSS, body));
  }

  /** The page after answering, or on coming back: what happens next, and one's own answers. */
  private Answer done(
      Context ctx, Lang lang, InvitationCode code, Wave wave, String title, String intro) {
    String heading = Messages.in(lang, title);
    StringBuilder body = new StringBuilder("<h1>").append(escape(heading)).append("</h1>");
    if (intro != null) {
      body.append("<p>").append(escape(Messages.in(lang, intro))).append("</p>");
    }
    body.append("<h2>").append(escape(Messages.in(lang, "next.heading"))).append("</h2><p>");
    body.append(escape(Messages.in(lang, "next.text"))).append("</p>");
    body.append(own(ctx, lang, code));
    body.append(Pages.link(home(code) + "?lang=" + lang.code(), Messages.in(lang, "back.choose")));
    return new Answer(200, Pages.page(lang, heading, wave.path(), Pages.FORM_CSS, body.toString()));
  }

  private Answer submitWishMap(Context ctx, Lang lang) {
    return submit(
        ctx,
        lang,
        known -> wishMapWave(known, ctx),
        (wave, answers, answerer, key) -> {
          ManageWishMaps.Submitted submitted =
              wishMaps.submit(
                  new WishMapId(ctx.pathParam("id")),
                  answers.wishMapSubmission(answerer),
                  Optional.of(key));
          return !submitted.keyReusedForOtherAnswers();
        });
  }

  private Answer submitMeasurement(Context ctx, Lang lang) {
    return submit(
        ctx,
        lang,
        known -> measurementWave(known, ctx),
        (wave, answers, answerer, key) -> {
          MeasurementAnswer answer = answers.measurementAnswer();
          StoredResponse<MeasurementResponse> stored =
              measurements.submit(
                  new MeasurementId(ctx.pathParam("id")), answerer, answer, Optional.of(key));
          return answer.by(stored.response().respondent()).equals(stored.response());
        });
  }

  /** Stores a wave's answers; true when these answers were stored, false for earlier ones. */
  @FunctionalInterface
  private interface Submit {
    boolean submit(Wave wave, Answers answers, Answerer answerer, IdempotencyKey key);
  }

  private Answer submit(Context ctx, Lang lang, Function<Known, Wave> waveOf, Submit submit) {
    Resident resident = resident(ctx, lang);
    if (resident instanceof Refused refused) {
      return refused.answer();
    }
    Known known = (Known) resident;
    Wave wave = waveOf.apply(known);
    Answers answers = Answers.read(wave.questionnaire(), ctx.formParamMap());
    Optional<String> token = tokens.check(ctx, wave.path());
    if (token.isEmpty()) {
      answers.general(new Text(expired(ctx, Lang.NL), expired(ctx, Lang.EN)));
    }
    if (!answers.errors().isEmpty()) {
      return formPage(ctx, lang, wave, answers, 400);
    }
    // The token keys the submission, scoped to the code as the JSON route scopes its keys: a
    // second click repeats the first request and gets its answer, not a conflict.
    IdempotencyKey key =
        new IdempotencyKey(Guard.shortHash(known.code().value()) + ":" + token.get());
    Answerer answerer = new Answerer.Invited(known.code());
    try {
      boolean stored = submit.submit(wave, answers, answerer, key);
      return stored
          ? done(ctx, lang, known.code(), wave, "thanks.title", null)
          : done(ctx, lang, known.code(), wave, "received.title", "received.intro");
    } catch (ValidationException e) {
      answers.add(e.errors());
      return formPage(ctx, lang, wave, answers, 400);
    } catch (ConflictException e) {
      // Answered meanwhile (another tab, another device), or closed since the form was shown.
      Known now = new Known(known.code(), residentData.orElseThrow().export(known.code()));
      return waveOf.apply(now).answered()
          ? done(ctx, lang, known.code(), wave, "received.title", "received.intro")
          : closed(lang, known.code(), wave);
    } catch (ForbiddenException e) {
      return startPage(ctx, lang, Messages.in(lang, "code.unknown"), 403, "");
    }
  }

  // One's own answers.

  private Answer see(Context ctx, Lang lang) {
    Resident resident = resident(ctx, lang);
    if (resident instanceof Refused refused) {
      return refused.answer();
    }
    Known known = (Known) resident;
    String home = home(known.code());
    if (tokens.check(ctx, home + "/answers").isEmpty()) {
      return expiredPage(ctx, lang, known.code());
    }
    String title = Messages.in(lang, "answers.title");
    StringBuilder body = new StringBuilder(Pages.text(title));
    ResidentData.Export export = known.export();
    if (export.wishMapResponses().isEmpty() && export.measurementResponses().isEmpty()) {
      body.append("<p>").append(escape(Messages.in(lang, "answers.none"))).append("</p>");
    }
    export
        .wishMapResponses()
        .forEach(
            (id, response) -> {
              Questionnaire q = Questionnaire.of(wishMaps.get(id).value());
              body.append(Pages.answers(lang, q, Answers.of(q, response)));
            });
    export
        .measurementResponses()
        .forEach(
            (id, response) -> {
              Measurement m = measurements.find(id).value();
              Questionnaire q = Questionnaire.of(m, scales.find(m.scale()).value());
              body.append(Pages.answers(lang, q, Answers.of(q, response)));
            });
    body.append(HouseholdRecord.html(lang, export));
    body.append(Pages.link(home + "?lang=" + lang.code(), Messages.in(lang, "back.choose")));
    return new Answer(200, Pages.page(lang, title, home, Pages.FORM_CSS, body.toString()));
  }

  private Answer erase(Context ctx, Lang lang) {
    Resident resident = resident(ctx, lang);
    if (resident instanceof Refused refused) {
      return refused.answer();
    }
    Known known = (Known) resident;
    String home = home(known.code());
    String action = home + "/erasure";
    if (tokens.check(ctx, action).isEmpty()) {
      return expiredPage(ctx, lang, known.code());
    }
    if (!"yes".equals(ctx.formParam("confirm"))) {
      String title = Messages.in(lang, "erase.title");
      String body =
          Pages.text(title, Messages.in(lang, "erase.text"))
              + button(
                  ctx,
                  lang,
                  action,
                  "erase.confirm",
                  "<input type=\"hidden\" name=\"confirm\" value=\"yes\">")
              + Pages.link(home + "?lang=" + lang.code(), Messages.in(lang, "erase.cancel"));
      return new Answer(200, Pages.page(lang, title, home, Pages.FORM_CSS, body));
    }
    ResidentData.Erasure erased = residentData.orElseThrow().erase(known.code());
    String title = Messages.in(lang, "erased.title");
    int count = erased.wishMapResponses() + erased.measurementResponses();
    String body =
        Pages.text(title, Messages.in(lang, "erased.text", count))
            + Pages.link(home + "?lang=" + lang.code(), Messages.in(lang, "back.choose"));
    return new Answer(200, Pages.page(lang, title, home, Pages.FORM_CSS, body));
  }

  private Answer expiredPage(Context ctx, Lang lang, InvitationCode code) {
    String title = Messages.in(lang, "errors.title");
    String body =
        Pages.text(title, expired(ctx, lang))
            + Pages.link(home(code) + "?lang=" + lang.code(), Messages.in(lang, "back.choose"));
    return new Answer(400, Pages.page(lang, title, home(code), Pages.FORM_CSS, body));
  }

  private static byte[] read(String name) {
    try (InputStream in = ResidentForm.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
