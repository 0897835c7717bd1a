package io.cohesion.benchmarks;

import io.cohesion.core.engagement.FollowPhases;
import io.cohesion.core.engagement.FunnelSnapshot;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.engagement.MoveReason;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.PhaseMove;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.persistence.memory.InMemoryStores;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The funnel over time as released to a bound reader: {@link FollowPhases#funnelHistory} of one
 * neighbourhood of {@code households} households in 13 buildings whose moves were recorded over
 * {@code months} months. {@code first} is the first read of a fresh use case (every month cut);
 * {@code again} reads the history again from the same use case, as the next request does. The data
 * are generated once per fork from a fixed seed. The figures are in
 * docs/performance.md#the-funnel-over-time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FunnelHistoryBenchmark {
  static final NeighbourhoodId NEIGHBOURHOOD = new NeighbourhoodId("bench-funnel");

  @Param("500")
  int households;

  @Param("12")
  int months;

  private InMemoryStores stores;
  private Clock clock;
  private FollowPhases warm;

  @Setup(Level.Trial)
  public void generate() {
    stores = new InMemoryStores();
    LocalDate start = LocalDate.of(2025, 1, 1);
    generate(stores, households, 13, start, months, 20250301L);
    clock =
        Clock.fixed(
            start.plusMonths(months).plusDays(9).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    warm = use();
    warm.funnelHistory(NEIGHBOURHOOD, DisclosurePolicy.defaults().bound());
  }

  private FollowPhases use() {
    return FollowPhases.using(
        stores.householdPhases(), stores.buildings(), DisclosurePolicy.defaults(), clock);
  }

  /**
   * Stores one neighbourhood of {@code buildings} buildings and {@code households} households, each
   * of which makes its first move in a random month and then moves forward a phase at a time, a
   * move recorded on its day or up to two months later.
   */
  static void generate(
      InMemoryStores stores,
      int households,
      int buildings,
      LocalDate start,
      int months,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    stores
        .neighbourhoods()
        .create(new Neighbourhood(NEIGHBOURHOOD, "Bench", "Bench", Optional.empty()));
    for (int b = 0; b < buildings; b++) {
      stores
          .buildings()
          .create(
              new Building(
                  new BuildingId("b-" + b),
                  NEIGHBOURHOOD,
                  "Building " + b,
                  100,
                  StakeholderKind.TENANTS));
    }
    HouseholdPhaseRepository phases = stores.householdPhases();
    int days = (int) (start.plusMonths(months).toEpochDay() - start.toEpochDay());
    LocalDate last = start.plusMonths(months).minusDays(1);
    for (int h = 0; h < households; h++) {
      BuildingId building = new BuildingId("b-" + random.nextInt(buildings));
      LocalDate date = start.plusDays(random.nextInt(days));
      HouseholdPhase household = null;
      Phase phase = Phase.CURIOUS;
      while (!date.isAfter(last)) {
        LocalDate recorded = date.plusDays(random.nextInt(10) == 0 ? random.nextInt(60) : 0);
        if (household == null) {
          household =
              HouseholdPhase.start(
                  new Pseudonym(String.format("hh-%05d", h)),
                  building,
                  phase,
                  date,
                  recorded,
                  MoveReason.MEETING_ATTENDED,
                  Optional.empty());
        } else {
          household =
              household.with(
                  new PhaseMove(
                      Optional.of(household.phase()),
                      phase,
                      date,
                      recorded,
                      MoveReason.MEETING_ATTENDED,
                      Optional.empty()));
        }
        if (phase == Phase.PARTICIPATING || random.nextInt(3) == 0) {
          break;
        }
        phase = Phase.values()[phase.ordinal() + 1];
        date = date.plusDays(1 + random.nextInt(60));
        // Recorded dates never go backwards within a household's history.
        if (date.isBefore(recorded)) {
          date = recorded;
        }
      }
      phases.create(household);
    }
  }

  /** A fresh use case: every month is cut. */
  @Benchmark
  public List<FunnelSnapshot> first() {
    return use().funnelHistory(NEIGHBOURHOOD, DisclosurePolicy.defaults().bound());
  }

  /** The next request on the same use case. */
  @Benchmark
  public List<FunnelSnapshot> again() {
    return warm.funnelHistory(NEIGHBOURHOOD, DisclosurePolicy.defaults().bound());
  }

  /** One timing of each, for a quick look without JMH. */
  public static void main(String[] args) {
    FunnelHistoryBenchmark bench = new FunnelHistoryBenchmark();
    bench.households = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    bench.months = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    long t0 = System.nanoTime();
    bench.generate();
    long t1 = System.nanoTime();
    List<FunnelSnapshot> first = bench.first();
    long t2 = System.nanoTime();
    bench.again();
    long t3 = System.nanoTime();
    System.out.printf(
        "set-up and warm read %.1f ms, first %.1f ms, again %.1f ms, %d months%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, first.size());
  }
}
