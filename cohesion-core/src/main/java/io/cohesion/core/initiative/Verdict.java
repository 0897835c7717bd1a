package io.cohesion.core.initiative;

/** How a market option measures up to one principle. */
public enum Verdict {
  /** The option meets the principle. */
  MEETS,
  /** The option fails the principle. */
  FAILS,
  /** Not known yet: the option is not eligible until it is. */
  UNKNOWN
}
