package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Which page of a listing to return.
 *
 * @param page the page number, starting at 1
 * @param pageSize how many items a page holds, 1–500
 */
@API(status = STABLE, since = "0.1.0")
public record PageRequest(int page, int pageSize) {
  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 500;

  /** The page size when a caller does not say. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  public PageRequest {
    if (page < 1) {
      throw ValidationException.of("page", "must be at least 1, got " + page);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw ValidationException.of(
          "pageSize", "must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
    }
  }

  /** The first page with the default size. */
  public static PageRequest first() {
    return new PageRequest(1, DEFAULT_PAGE_SIZE);
  }

  /** The number of items before this page. */
  public long offset() {
    return (long) (page - 1) * pageSize;
  }
}
