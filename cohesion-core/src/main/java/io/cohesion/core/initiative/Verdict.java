package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a market option measures up to one principle. */
@API(status = STABLE, since = "0.1.0")
public enum Verdict {
  /** The option meets the principle. */
  MEETS,
  /** The option fails the principle. */
  FAILS,
  /** Not known yet: the option is not eligible until it is. */
  UNKNOWN
}
