package io.cohesion.core.application;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.activity.PlanActivity;
import io.cohesion.core.engagement.AmbassadorAccess;
import io.cohesion.core.engagement.BenefitCalculator;
import io.cohesion.core.engagement.FollowPhases;
import io.cohesion.core.engagement.InformResidents;
import io.cohesion.core.engagement.ParkTopics;
import io.cohesion.core.engagement.RecordEngagement;
import io.cohesion.core.initiative.ManageInitiative;
import io.cohesion.core.neighbourhood.ManageNeighbourhoods;
import io.cohesion.core.participation.ModelTrustAndTakingPart;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StateAcceptance;
import io.cohesion.core.privacy.StateRules;
import io.cohesion.core.privacy.TrackInvitations;
import io.cohesion.core.privacy.WaveGroups;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.core.redthread.AnalyseWishMaps;
import io.cohesion.core.redthread.RedThreadCaching;
import io.cohesion.core.resident.ResidentData;
import io.cohesion.core.trust.ManageMeasurements;
import io.cohesion.core.trust.ManageScales;
import io.cohesion.core.trust.MeasurementGroups;
import io.cohesion.core.wishmap.CodeWishes;
import io.cohesion.core.wishmap.ManageWishMaps;
import io.cohesion.core.wishmap.WishMapGroups;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * The one entry point of core: every use case (port in), built once from a bundle of output ports
 * with the disclosure policy, the clock and the random source. The REST server, the command line
 * and an embedding application all start here, so they release figures under one policy and reach
 * the stores only through the use cases.
 *
 * <pre>{@code
 * try (Stores stores = Stores.open(StoreConfig.sqlite(Path.of("data")))) {
 *   Cohesion cohesion =
 *       Cohesion.builder(stores, Clock.systemUTC()).disclosure(new DisclosurePolicy(10)).build();
 *   cohesion.neighbourhoods().register(neighbourhood);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads; so are the use cases they hand out.
 */
@API(status = STABLE, since = "0.1.0")
public final class Cohesion {
  private final CohesionPorts ports;
  private final DisclosurePolicy disclosure;
  private final Clock clock;
  private final RandomGenerator random;
  private final ReleaseWaves releases;
  private final Optional<Invitations> invitations;
  private final Optional<ResidentData> residentData;
  private final TrackInvitations invitationTracking;
  private final ManageNeighbourhoods neighbourhoods;
  private final ManageInitiative initiatives;
  private final PlanActivity activities;
  private final RecordEngagement engagement;
  private final FollowPhases phases;
  private final AmbassadorAccess ambassadorAccess;
  private final ParkTopics parkedTopics;
  private final InformResidents information;
  private final ManageWishMaps wishMaps;
  private final AnalyseWishMaps wishMapAnalysis;
  private final CodeWishes wishCoding;
  private final ManageScales scales;
  private final ManageMeasurements measurements;
  private final ModelTrustAndTakingPart participation;

  private Cohesion(Builder builder) {
    this.ports = builder.ports;
    this.disclosure = builder.disclosure;
    this.clock = builder.clock;
    this.random = builder.random;
    this.invitations =
        builder.secret.map(
            secret -> new Invitations(ports.invitations(), ports.buildings(), secret));
    this.residentData =
        invitations.map(
            codes ->
                ResidentData.using(
                    codes,
                    ports.wishMapResponses(),
                    ports.measurementResponses(),
                    ports.wishCodes(),
                    ports.waveStatuses(),
                    new ResidentData.Practice(
                        ports.householdPhases(),
                        ports.benefitStatements(),
                        ports.consultations(),
                        clock,
                        random)));
    this.releases =
        ReleaseWaves.using(
            ports.waveStatuses(),
            clock,
            disclosure.floor(),
            stateRules(ports, disclosure).and(builder.stateAcceptance));
    this.invitationTracking = new TrackInvitations(ports.invitations(), releases);
    this.neighbourhoods = ManageNeighbourhoods.using(ports.neighbourhoods(), ports.buildings());
    this.initiatives =
        ManageInitiative.using(
            ports.initiatives(), ports.neighbourhoods(), ports.consultations(), clock);
    this.activities = PlanActivity.using(ports.activities(), ports.activitySessions());
    this.engagement =
        RecordEngagement.using(
            ports.meetings(),
            ports.ambassadors(),
            ports.signals(),
            ports.buildings(),
            disclosure,
            clock);
    this.phases = FollowPhases.using(ports.householdPhases(), ports.buildings(), disclosure, clock);
    this.ambassadorAccess = AmbassadorAccess.using(ports.ambassadors(), ports.buildings());
    this.parkedTopics = ParkTopics.using(ports.parkedTopics(), clock);
    this.information =
        InformResidents.using(
            ports.benefitStatements(),
            ports.results(),
            ports.buildings(),
            builder.calculator,
            clock);
    this.wishMaps =
        ManageWishMaps.using(ports.wishMaps(), ports.wishMapResponses(), releases, invitations);
    this.wishMapAnalysis =
        AnalyseWishMaps.using(
            ports.wishMaps(),
            ports.wishMapResponses(),
            ports.activities(),
            releases,
            builder.redThreadCaching);
    this.wishCoding =
        CodeWishes.using(
            ports.wishMaps(),
            ports.wishMapResponses(),
            ports.wishCodes(),
            ports.waveStatuses(),
            releases,
            disclosure);
    this.scales = ManageScales.using(ports.scales());
    this.measurements =
        ManageMeasurements.using(
            ports.measurements(),
            ports.measurementResponses(),
            ports.scales(),
            ports.neighbourhoods(),
            releases,
            invitations);
    this.participation =
        ModelTrustAndTakingPart.using(
            ports.measurements(),
            ports.measurementResponses(),
            ports.scales(),
            ports.wishMaps(),
            ports.wishMapResponses(),
            releases);
  }

  /**
   * A builder over {@code ports} telling the time by {@code clock} (core never reads the system
   * clock itself: pass {@code Clock.systemUTC()} in production, a fixed clock in tests), with the
   * defaults each setter names.
   */
  public static Builder builder(CohesionPorts ports, Clock clock) {
    return new Builder(ports, clock);
  }

  /** The use cases over {@code ports} and {@code clock} with every other default. */
  public static Cohesion using(CohesionPorts ports, Clock clock) {
    return builder(ports, clock).build();
  }

  /**
   * The rules a later state of a wish map or measurement must pass, over the groups its responses
   * fall in (both kinds of wave share one store of statuses).
   */
  private static StateAcceptance stateRules(CohesionPorts ports, DisclosurePolicy disclosure) {
    Function<WaveId, WaveGroups> wishMapGroups =
        WishMapGroups.reader(ports.wishMaps(), ports.wishMapResponses(), ports.waveStatuses());
    Function<WaveId, WaveGroups> measurementGroups =
        MeasurementGroups.reader(
            ports.measurements(), ports.measurementResponses(), ports.waveStatuses());
    return new StateRules(
        disclosure,
        wave -> {
          if (wave.kind() == WaveKind.WISH_MAP) {
            return wishMapGroups.apply(wave);
          }
          if (wave.kind() == WaveKind.MEASUREMENT) {
            return measurementGroups.apply(wave);
          }
          throw new NotFoundException(wave.kind().label(), wave.id());
        });
  }

  /** The disclosure policy every use case releases figures under. */
  public DisclosurePolicy disclosure() {
    return disclosure;
  }

  /** The clock that dates what the use cases record and tells which waves have closed. */
  public Clock clock() {
    return clock;
  }

  /** The random source for invitation codes. */
  public RandomGenerator random() {
    return random;
  }

  /**
   * The output ports the use cases were built on, for an embedding application's own use cases.
   * Driving adapters do not call them: a figure read past the use cases escapes the disclosure
   * policy.
   */
  public CohesionPorts ports() {
    return ports;
  }

  /** Opening and closing waves, and the release states their closes cut. */
  public ReleaseWaves releases() {
    return releases;
  }

  /**
   * Issuing invitation codes and resolving them to pseudonyms; empty when no pseudonym secret was
   * given ({@link Builder#invitationSecret}), and then only key holders submit responses.
   */
  public Optional<Invitations> invitations() {
    return invitations;
  }

  /**
   * How many of the invitation codes of each batch and building answered a wave, released under the
   * disclosure rules (docs/privacy.md#invitation-tracking).
   *
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public TrackInvitations invitationTracking() {
    return invitationTracking;
  }

  /**
   * A resident's own answers, exported or erased with their invitation code; present exactly when
   * {@link #invitations()} is, since without codes no resident can prove which answers are theirs.
   */
  public Optional<ResidentData> residentData() {
    return residentData;
  }

  /** Neighbourhoods and their buildings. */
  public ManageNeighbourhoods neighbourhoods() {
    return neighbourhoods;
  }

  /** Initiatives: principles, team, advice and market consultations. */
  public ManageInitiative initiatives() {
    return initiatives;
  }

  /** Activities and their sessions. */
  public PlanActivity activities() {
    return activities;
  }

  /** Meetings, ambassadors and their signals, attendance and coverage. */
  public RecordEngagement engagement() {
    return engagement;
  }

  /** Each household's phase and the funnel per neighbourhood and building. */
  public FollowPhases phases() {
    return phases;
  }

  /** What an ambassador acting on their own may reach, while they are active. */
  public AmbassadorAccess ambassadorAccess() {
    return ambassadorAccess;
  }

  /** Residents' questions, answered or parked until a moment. */
  public ParkTopics parkedTopics() {
    return parkedTopics;
  }

  /** Benefit statements and results shown to residents. */
  public InformResidents information() {
    return information;
  }

  /** Wish maps and the answers residents give them. */
  public ManageWishMaps wishMaps() {
    return wishMaps;
  }

  /** The red thread of a wish map and the fit of activities to it, under the disclosure policy. */
  public AnalyseWishMaps wishMapAnalysis() {
    return wishMapAnalysis;
  }

  /**
   * Coding the wishes of a wish map to its values, and the tallies of the coded wishes under the
   * disclosure policy.
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public CodeWishes wishCoding() {
    return wishCoding;
  }

  /** Scales, the instruments measurements use. */
  public ManageScales scales() {
    return scales;
  }

  /** Measurements (waves of a scale), their answers and their figures. */
  public ManageMeasurements measurements() {
    return measurements;
  }

  /**
   * The model of trust and taking part: a measurement's trust scores against a wish map's
   * willingness, behind the release gate (docs/scoring.md#trust-and-taking-part).
   */
  public ModelTrustAndTakingPart participation() {
    return participation;
  }

  /** The settings of a {@link Cohesion}; each has a default. */
  public static final class Builder {
    private final CohesionPorts ports;
    private DisclosurePolicy disclosure = DisclosurePolicy.defaults();
    private final Clock clock;
    private RandomGenerator random = new SecureRandom();
    private Optional<PseudonymSecret> secret = Optional.empty();
    private StateAcceptance stateAcceptance = StateAcceptance.acceptAll();
    private BenefitCalculator calculator = BenefitCalculator.simplePayback();
    private RedThreadCaching redThreadCaching = RedThreadCaching.defaults();

    private Builder(CohesionPorts ports, Clock clock) {
      this.ports = requireNonNull(ports, "ports");
      this.clock = requireNonNull(clock, "clock");
    }

    /**
     * The disclosure policy, whose floor is the smallest k any bound reader can ask for ({@link
     * DisclosurePolicy#defaults()} when not set).
     */
    public Builder disclosure(DisclosurePolicy policy) {
      this.disclosure = requireNonNull(policy, "disclosure policy");
      return this;
    }

    /**
     * The random source of invitation codes (a {@link SecureRandom} by default; tests pass a seeded
     * one).
     */
    public Builder random(RandomGenerator random) {
      this.random = requireNonNull(random, "random");
      return this;
    }

    /**
     * The secret invitation codes are hashed and pseudonymised with; without one, no codes are
     * issued and residents cannot answer with one.
     */
    public Builder invitationSecret(PseudonymSecret secret) {
      this.secret = Optional.of(requireNonNull(secret, "secret"));
      return this;
    }

    /**
     * What else a new release state must pass to be cut, after the disclosure rules over all the
     * states of its wave ({@link StateRules}), which always apply; {@link
     * StateAcceptance#acceptAll()} by default.
     */
    public Builder stateAcceptance(StateAcceptance acceptance) {
      this.stateAcceptance = requireNonNull(acceptance, "acceptance");
      return this;
    }

    /**
     * How benefit statements are computed ({@link BenefitCalculator#simplePayback()} by default).
     */
    public Builder benefitCalculator(BenefitCalculator calculator) {
      this.calculator = requireNonNull(calculator, "calculator");
      return this;
    }

    /**
     * How many red threads released to bound audiences are kept in memory ({@link
     * RedThreadCaching#defaults()} when not set; {@link RedThreadCaching#off()} computes every
     * read). Figures a coordinator reads live are never kept.
     */
    public Builder redThreadCaching(RedThreadCaching caching) {
      this.redThreadCaching = requireNonNull(caching, "caching");
      return this;
    }

    /** The use cases. */
    public Cohesion build() {
      return new Cohesion(this);
    }
  }
}
