package io.cohesion.examples.cli;

/** Input the command cannot work with; the command line prints its message and exits with 2. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
