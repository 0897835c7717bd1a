package io.cohesion.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * One page of a listing.
 *
 * @param items the items on this page
 * @param request the request that produced the page
 * @param totalItems how many items the whole listing holds
 */
@API(status = STABLE, since = "0.1.0")
public record Page<T>(List<T> items, PageRequest request, long totalItems) {
  public Page {
    items = List.copyOf(items);
    requireNonNull(request, "request");
    if (totalItems < items.size()) {
      throw new IllegalArgumentException(
          "totalItems " + totalItems + " is less than the " + items.size() + " items on the page");
    }
  }

  /** How many pages the listing has (at least 1, an empty first page). */
  public long totalPages() {
    return Math.max(1, (totalItems + request.pageSize() - 1) / request.pageSize());
  }

  /** Whether a later page exists. */
  public boolean hasNext() {
    return request.page() < totalPages();
  }

  /**
   * Every item of a listing, read page by page with the largest page size. For listings known to be
   * small, such as the buildings of one neighbourhood.
   *
   * @param listing returns the page for a request
   */
  public static <T> List<T> collectAll(Function<PageRequest, Page<T>> listing) {
    List<T> all = new ArrayList<>();
    int number = 1;
    Page<T> page;
    do {
      page = listing.apply(new PageRequest(number++, PageRequest.MAX_PAGE_SIZE));
      all.addAll(page.items());
    } while (page.hasNext() && !page.items().isEmpty());
    return all;
  }

  /** The same page with every item mapped. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), request, totalItems);
  }
}
