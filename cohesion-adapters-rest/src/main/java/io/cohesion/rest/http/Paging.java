package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Paging as the NLGov API Design Rules describe it: {@code page} and {@code pageSize} query
 * parameters, the items with their totals, and links to the first, previous, next and last page.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Paging {
  private Paging() {}

  /** The page the caller asked for; 400 naming the parameter when it is not a valid number. */
  public static PageRequest request(Context ctx) {
    int page = intParam(ctx, "page", 1);
    int size = intParam(ctx, "pageSize", PageRequest.DEFAULT_PAGE_SIZE);
    return new PageRequest(page, size);
  }

  /**
   * The body of a listing: {@code {items, page, pageSize, totalItems, totalPages, _links}}, the
   * {@code …Page} schemas of the OpenAPI document.
   *
   * @param <T> the body of one item
   * @param items the items of this page
   * @param page this page, from 1
   * @param pageSize items per page
   * @param totalItems items on all pages
   * @param totalPages the number of pages
   * @param links where the other pages are
   */
  @API(status = INTERNAL, since = "0.1.0")
  public record PageBody<T>(
      List<T> items,
      int page,
      int pageSize,
      long totalItems,
      long totalPages,
      @JsonProperty("_links") LinksBody links) {}

  /**
   * Where the other pages are: the {@code Links} schema; {@code prev} is absent on the first page
   * and {@code next} on the last.
   *
   * @param self this page
   * @param first the first page
   * @param prev the page before this one
   * @param next the page after this one
   * @param last the last page
   */
  @API(status = INTERNAL, since = "0.1.0")
  public record LinksBody(
      LinkBody self,
      LinkBody first,
      @JsonInclude(Include.NON_ABSENT) Optional<LinkBody> prev,
      @JsonInclude(Include.NON_ABSENT) Optional<LinkBody> next,
      LinkBody last) {}

  /**
   * One link of {@link LinksBody}.
   *
   * @param href the address, with the query of the request
   */
  @API(status = INTERNAL, since = "0.1.0")
  public record LinkBody(String href) {}

  /**
   * The body of a listing of {@code items}, the page {@code page} holds. Sets {@code X-Total-Count}
   * too.
   */
  public static <T> PageBody<T> body(Context ctx, Page<?> page, List<T> items) {
    PageRequest request = page.request();
    long last = page.totalPages();
    LinksBody links =
        new LinksBody(
            link(ctx, request.page(), request.pageSize()),
            link(ctx, 1, request.pageSize()),
            request.page() > 1
                ? Optional.of(
                    link(ctx, (int) Math.min(request.page() - 1, last), request.pageSize()))
                : Optional.empty(),
            page.hasNext()
                ? Optional.of(link(ctx, request.page() + 1, request.pageSize()))
                : Optional.empty(),
            link(ctx, (int) last, request.pageSize()));
    ctx.header("X-Total-Count", Long.toString(page.totalItems()));
    return new PageBody<>(
        items, request.page(), request.pageSize(), page.totalItems(), last, links);
  }

  private static LinkBody link(Context ctx, int page, int pageSize) {
    StringBuilder href = new StringBuilder(ctx.path()).append('?');
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      if (param.getKey().equals("page") || param.getKey().equals("pageSize")) {
        continue;
      }
      for (String value : param.getValue()) {
        href.append(encode(param.getKey())).append('=').append(encode(value)).append('&');
      }
    }
    href.append("page=").append(page).append("&pageSize=").append(pageSize);
    return new LinkBody(href.toString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** An optional whole-number query parameter; 400 naming it when it is not a whole number. */
  public static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ValidationException.of(name, "must be a whole number, got '" + value + "'");
    }
  }

  /** An optional long query parameter; 400 naming it when it is not a whole number. */
  public static long longParam(Context ctx, String name, long fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ValidationException.of(name, "must be a whole number, got '" + value + "'");
    }
  }
}
