package io.cohesion.rest.resource;

import static io.cohesion.rest.Role.AMBASSADOR;
import static io.cohesion.rest.Role.COORDINATOR;
import static io.cohesion.rest.Role.RESEARCHER;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.cohesion.core.Page;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.wishmap.CodeWishes;
import io.cohesion.core.wishmap.WishCoding;
import io.cohesion.core.wishmap.WishId;
import io.cohesion.core.wishmap.WishKeywords;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishTallies;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Audiences;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Negotiation;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.mapping.CsvTable;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * {@code /wish-maps/{id}/wishes}, {@code /wish-keywords} and {@code /wish-tallies}: a coordinator
 * reads the free-text wishes with suggested values and codes each one; the tallies of coded wishes
 * per value and group are released like every other count (docs/api.md#coding-wishes). The text of
 * a wish is served on the coordinator's routes only.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class WishCodeResource implements ApiResource {
  /** The columns of the tallies as CSV. */
  public static final List<String> TALLY_COLUMNS =
      List.of("value", "column", "key", "n", "suppressed", "reason");

  private final CodeWishes coding;
  private final DisclosurePolicy disclosure;
  private Bodies bodies;

  /** The routes over {@code coding}; {@code disclosure} says who is bound. */
  public WishCodeResource(CodeWishes coding, DisclosurePolicy disclosure) {
    this.coding = coding;
    this.disclosure = disclosure;
  }

  /** {@code WishSuggestion}: a value a wish's words suggest, with the keywords that matched. */
  record SuggestionBody(String value, List<String> keywords) {}

  /** {@code Wish}: one wish with its coding; {@code version} is its coding's version. */
  record WishBody(
      String id,
      String text,
      List<String> values,
      boolean coded,
      long version,
      List<SuggestionBody> suggestions) {}

  /** The values a wish is coded to. */
  record CodingRequest(List<String> values) {}

  /** {@code WishCoding}: a wish's coding as stored. */
  record CodingBody(String id, List<String> values, boolean coded, long version) {}

  /** {@code WishKeywords}: the keywords declared per value code. */
  record KeywordsBody(Map<String, List<String>> keywords) {}

  /** {@code WishTallies}: the tallies, or {@code {n: null, suppressed: true, reason}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"n", "suppressed", "reason", "uncoded", "values"})
  record TalliesBody(
      Integer n, Boolean suppressed, String reason, Integer uncoded, List<ValueTallyBody> values) {}

  /**
   * {@code ValueTally}: a value's tally; a withheld one has {@code suppressed} and no {@code n}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"value", "n", "suppressed", "segments"})
  record ValueTallyBody(
      String value, Integer n, boolean suppressed, List<SegmentTallyBody> segments) {}

  /** {@code SegmentTally}: a group's tally; a withheld one shows only its declared keys. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"column", "value", "n", "suppressed"})
  record SegmentTallyBody(String column, String value, Integer n, boolean suppressed) {}

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    routes.getRaw("/wish-maps/{id}/wishes", Access.roles(COORDINATOR), this::wishes);
    routes.put("/wish-maps/{id}/wishes/{wishId}/values", Access.roles(COORDINATOR), this::code);
    routes.get("/wish-maps/{id}/wish-keywords", Access.roles(COORDINATOR), this::keywords);
    routes.put("/wish-maps/{id}/wish-keywords", Access.roles(COORDINATOR), this::declare);
    routes.getTable(
        "/wish-maps/{id}/wish-tallies",
        Access.roles(COORDINATOR, AMBASSADOR, RESEARCHER),
        this::tallies);
  }

  private static WishMapId id(Context ctx) {
    return Params.id(ctx, "id", WishMapId::new);
  }

  private void wishes(Context ctx) {
    Page<CodeWishes.Wish> page = coding.wishes(id(ctx), Paging.request(ctx));
    ctx.json(Paging.body(ctx, page, page.items().stream().map(WishCodeResource::view).toList()));
  }

  private static WishBody view(CodeWishes.Wish wish) {
    return new WishBody(
        wish.id().value(),
        wish.text(),
        wish.values(),
        wish.coded(),
        wish.version(),
        wish.suggestions().stream().map(s -> new SuggestionBody(s.value(), s.keywords())).toList());
  }

  private void code(Context ctx) throws Exception {
    WishMapId map = id(ctx);
    WishId wish = WishId.parse(ctx.pathParam("wishId"));
    CodingRequest request = bodies.json(ctx, CodingRequest.class);
    List<String> values = Nulls.list("values", request.values());
    Versioned<WishCoding> stored =
        Preconditions.update(ctx, v -> coding.code(map, wish, values, v));
    ctx.json(
        new CodingBody(
            stored.value().wish().value(), stored.value().values(), true, stored.version()));
  }

  private void keywords(Context ctx) {
    Versioned<WishKeywords> keywords = coding.keywords(id(ctx));
    if (!Preconditions.tag(ctx, keywords)) {
      ctx.json(new KeywordsBody(keywords.value().keywords()));
    }
  }

  private void declare(Context ctx) throws Exception {
    WishMapId map = id(ctx);
    KeywordsBody request = bodies.json(ctx, KeywordsBody.class);
    Map<String, List<String>> given = Nulls.map("keywords", request.keywords());
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    given.forEach((code, words) -> keywords.put(code, Nulls.list("keywords." + code, words)));
    WishKeywords declared;
    try {
      declared = new WishKeywords(map, keywords);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("keywords", String.valueOf(e.getMessage()));
    }
    Versioned<WishKeywords> stored = Preconditions.update(ctx, v -> coding.declare(declared, v));
    ctx.json(new KeywordsBody(stored.value().keywords()));
  }

  private void tallies(Context ctx) {
    WishMapId map = id(ctx);
    WishTallies tallies = coding.tallies(map, Audiences.of(ctx, disclosure));
    if (Negotiation.wants(ctx, Bodies.CSV)) {
      Negotiation.sendCsv(ctx, "wish-tallies-" + map.value() + ".csv", table(tallies).toCsv());
      return;
    }
    ctx.json(body(tallies));
  }

  static TalliesBody body(WishTallies tallies) {
    if (tallies.withheld().isPresent()) {
      return new TalliesBody(null, true, tallies.withheld().get(), null, null);
    }
    List<ValueTallyBody> values = new ArrayList<>();
    for (WishTallies.ValueTally value : tallies.values()) {
      values.add(
          new ValueTallyBody(
              value.value(),
              boxed(value.n()),
              value.suppressed(),
              value.segments().stream()
                  .map(s -> new SegmentTallyBody(s.column(), s.key(), boxed(s.n()), s.suppressed()))
                  .toList()));
    }
    return new TalliesBody(
        boxed(tallies.n()), null, null, boxed(tallies.uncoded()), List.copyOf(values));
  }

  /**
   * The tallies as a table: per value a row with empty {@code column} and {@code key}, then a row
   * per group; a withheld release is one row with {@code suppressed} and the reason.
   */
  static CsvTable table(WishTallies tallies) {
    CsvTable table = new CsvTable(TALLY_COLUMNS);
    if (tallies.withheld().isPresent()) {
      table.row().empty(4).flag(true).text(tallies.withheld().get());
      return table;
    }
    for (WishTallies.ValueTally value : tallies.values()) {
      row(table, value.value(), null, null, value.n());
      for (WishTallies.SegmentTally segment : value.segments()) {
        row(table, value.value(), segment.column(), segment.key(), segment.n());
      }
    }
    return table;
  }

  private static void row(CsvTable table, String value, String column, String key, OptionalInt n) {
    CsvTable.Row row = table.row().text(value).text(column).text(key);
    if (n.isPresent()) {
      row.count(n.getAsInt()).flag(false).empty();
    } else {
      row.empty().flag(true).empty();
    }
  }

  private static Integer boxed(OptionalInt n) {
    return n.isPresent() ? Integer.valueOf(n.getAsInt()) : null;
  }
}
