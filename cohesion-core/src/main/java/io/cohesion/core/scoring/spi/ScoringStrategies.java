package io.cohesion.core.scoring.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Finds scoring strategies through {@link ServiceLoader} and selects them by name. Built-in and
 * researchers' strategies are registered the same way: a file {@code META-INF/services/<interface
 * name>} listing the implementing classes, each with a public no-argument constructor.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ScoringStrategies {

  private final ClassLoader loader;

  private ScoringStrategies(ClassLoader loader) {
    this.loader = loader;
  }

  /** Strategies visible to the current thread's context class loader. */
  public static ScoringStrategies load() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return new ScoringStrategies(
        context != null ? context : ScoringStrategies.class.getClassLoader());
  }

  /** Strategies visible to {@code loader}. */
  public static ScoringStrategies load(ClassLoader loader) {
    return new ScoringStrategies(requireNonNull(loader, "class loader"));
  }

  /** Every registered strategy of {@code kind}, by name. */
  public <S extends ScoringStrategy> List<S> all(Class<S> kind) {
    List<S> found = new ArrayList<>();
    for (S strategy : ServiceLoader.load(kind, loader)) {
      found.add(strategy);
    }
    found.sort(Comparator.comparing(ScoringStrategy::name));
    return List.copyOf(found);
  }

  /** The names of every registered strategy of {@code kind}, sorted. */
  public List<String> names(Class<? extends ScoringStrategy> kind) {
    return all(kind).stream().map(ScoringStrategy::name).toList();
  }

  /**
   * The strategy of {@code kind} named {@code name}.
   *
   * @throws ValidationException naming the available strategies when none or more than one has that
   *     name
   */
  public <S extends ScoringStrategy> S find(Class<S> kind, String name) {
    requireNonNull(name, "strategy name");
    List<S> available = all(kind);
    List<S> matching = available.stream().filter(s -> s.name().equals(name)).toList();
    String field = "strategy." + kind.getSimpleName();
    if (matching.isEmpty()) {
      throw ValidationException.of(
          field,
          "unknown "
              + describe(kind)
              + " '"
              + name
              + "'; available: "
              + (available.isEmpty()
                  ? "none"
                  : available.stream()
                      .map(ScoringStrategy::name)
                      .collect(Collectors.joining(", "))));
    }
    if (matching.size() > 1) {
      throw ValidationException.of(
          field,
          "more than one "
              + describe(kind)
              + " is named '"
              + name
              + "': "
              + matching.stream()
                  .map(s -> s.getClass().getName())
                  .collect(Collectors.joining(", ")));
    }
    return matching.get(0);
  }

  /** The urgency strategy named {@code name}. */
  public UrgencyStrategy urgency(String name) {
    return find(UrgencyStrategy.class, name);
  }

  /** The activity-fit strategy named {@code name}. */
  public ActivityFitStrategy activityFit(String name) {
    return find(ActivityFitStrategy.class, name);
  }

  /** The scale-score strategy named {@code name}. */
  public ScaleScoreStrategy scaleScore(String name) {
    return find(ScaleScoreStrategy.class, name);
  }

  private static String describe(Class<?> kind) {
    // UrgencyStrategy -> "urgency strategy", ActivityFitStrategy -> "activity fit strategy"
    return kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
