package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * The body of a listing: {@code {items, page, pageSize, totalItems, totalPages, _links}}. Sets
   * {@code X-Total-Count} too.
   */
  public static Map<String, Object> body(Context ctx, Page<?> page, List<?> items) {
    PageRequest request = page.request();
    long last = page.totalPages();
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(ctx, request.page(), request.pageSize()));
    links.put("first", link(ctx, 1, request.pageSize()));
    if (request.page() > 1) {
      links.put("prev", link(ctx, (int) Math.min(request.page() - 1, last), request.pageSize()));
    }
    if (page.hasNext()) {
      links.put("next", link(ctx, request.page() + 1, request.pageSize()));
    }
    links.put("last", link(ctx, (int) last, request.pageSize()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("page", request.page());
    body.put("pageSize", request.pageSize());
    body.put("totalItems", page.totalItems());
    body.put("totalPages", last);
    body.put("_links", links);
    ctx.header("X-Total-Count", Long.toString(page.totalItems()));
    return body;
  }

  private static Map<String, String> link(Context ctx, int page, int pageSize) {
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
    return Map.of("href", href.toString());
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
