package io.cohesion.examples.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * The KetelhuisWG story as plain tables: the companies of the market consultation and how each
 * measures up to the five principles, the buildings and their contact persons, the meetings, the
 * parked questions, the household types of the benefit statements and the results shown. Names of
 * companies, buildings and people are invented and marked as synthetic; the shape of the story
 * (twelve companies, four partners, meetings of 65, 85 and about 135) is the published one.
 */
final class KetelhuisStory {
  private KetelhuisStory() {}

  /** The principles in the order of the verdict strings below. */
  static final List<String> PRINCIPLES =
      List.of("affordable", "sustainable", "social", "local", "self-managed");

  /**
   * A company of the market consultation.
   *
   * @param id the option id
   * @param company the invented company name
   * @param offer what it offered
   * @param verdicts one letter per principle in {@link #PRINCIPLES} order: M meets, F fails, U
   *     unknown
   * @param reason why it fails or is unknown (or what makes it meet)
   * @param appeal how much residents like the offer, 0–1, before the principles are applied
   */
  record Company(
      String id, String company, String offer, String verdicts, String reason, double appeal) {}

  static final List<Company> COMPANIES =
      List.of(
          new Company(
              "aqua-warmte",
              "AquaWarmte (synthetic)",
              "Heat from the canal water (aquathermy) with a collective heat pump per block",
              "MMMMM",
              "meets every principle in its offer",
              0.80),
          new Company(
              "buurtnet",
              "BuurtNet Energie (synthetic)",
              "A low-temperature heat network owned by the cooperative",
              "MMMMM",
              "meets every principle in its offer",
              0.72),
          new Company(
              "dakstroom",
              "DakStroom (synthetic)",
              "Solar panels on every suitable roof, revenue shared through the cooperative",
              "MMMMM",
              "meets every principle in its offer",
              0.66),
          new Company(
              "isolatie-collectief",
              "Isolatie Collectief (synthetic)",
              "Insulation per building, bought collectively, with a fixed price per dwelling",
              "MMMMM",
              "meets every principle in its offer",
              0.60),
          new Company(
              "slimme-meters",
              "Slim Verdeeld (synthetic)",
              "Metering and billing of heat per dwelling, run for the cooperative",
              "MMMMM",
              "meets every principle in its offer",
              0.35),
          new Company(
              "warmte-advies",
              "WarmteAdvies Oost (synthetic)",
              "Technical design per building and a guide through the permits",
              "MMMMM",
              "meets every principle in its offer",
              0.30),
          new Company(
              "groen-gas-bv",
              "GroenGas Leveringen (synthetic)",
              "Green gas through the existing pipes",
              "MFMFM",
              "green gas is neither fully sustainable nor produced locally",
              0.55),
          new Company(
              "mega-warmte",
              "MegaWarmte Holding (synthetic)",
              "A turnkey heat network owned and run by the company",
              "MMMFF",
              "the network would be owned and managed by the company, not by residents",
              0.62),
          new Company(
              "biomassa-centrale",
              "BioCentrale (synthetic)",
              "A biomass boiler for the whole neighbourhood",
              "MFFMM",
              "wood burning is not 100% sustainable; fuel costs hit the lowest incomes hardest",
              0.25),
          new Company(
              "lease-pompen",
              "LeasePomp (synthetic)",
              "Individual heat pumps on a lease contract per dwelling",
              "UMFMF",
              "tenants cannot sign up; monthly cost for small dwellings not known yet",
              0.40),
          new Company(
              "waterstof-ready",
              "H2 Ready (synthetic)",
              "Hydrogen-ready boilers now, hydrogen later",
              "UUMFM",
              "no local hydrogen source; future price unknown",
              0.20),
          new Company(
              "zon-op-afstand",
              "Zonnepark Elders (synthetic)",
              "Shares in a solar park outside the city",
              "MMMFM",
              "the power is generated outside the neighbourhood",
              0.45));

  /**
   * A building with its households and contact person.
   *
   * @param id the building id
   * @param name the invented name
   * @param households how many households live there
   * @param stakeholder who owns or uses it: tenants, owner associations, businesses, institutions
   * @param activeContact whether a contact person is active for it
   */
  record Building(
      String id, String name, int households, String stakeholder, boolean activeContact) {}

  static final List<Building> BUILDINGS =
      List.of(
          new Building("blok-a", "Block A (synthetic)", 64, "tenants", true),
          new Building("blok-b", "Block B (synthetic)", 48, "tenants", true),
          new Building("blok-c", "Block C (synthetic)", 52, "owner_associations", true),
          new Building("blok-d", "Block D (synthetic)", 36, "owner_associations", true),
          new Building("blok-e", "Block E (synthetic)", 80, "tenants", true),
          new Building("blok-f", "Block F (synthetic)", 24, "owner_associations", false),
          new Building("paviljoen", "Pavilion (synthetic)", 6, "businesses", true),
          new Building("ateliers", "Studios (synthetic)", 18, "businesses", true),
          new Building("zorghuis", "Care home (synthetic)", 40, "institutions", true),
          new Building("school", "School building (synthetic)", 1, "institutions", false),
          new Building("hofje", "Courtyard houses (synthetic)", 22, "owner_occupiers", true),
          new Building("toren", "Tower (synthetic)", 96, "tenants", false));

  /**
   * A neighbourhood meeting.
   *
   * @param date when
   * @param kind information, market consultation, workshop or activity
   * @param title what it was
   * @param attendance how many residents came
   */
  record Meeting(LocalDate date, String kind, String title, int attendance) {}

  static final List<Meeting> MEETINGS =
      List.of(
          new Meeting(
              LocalDate.of(2022, 3, 17), "information", "What could a heat network mean here?", 65),
          new Meeting(
              LocalDate.of(2022, 6, 9), "information", "Options and principles explained", 85),
          new Meeting(
              LocalDate.of(2022, 10, 13),
              "market_consultation",
              "Twelve companies pitch; residents vote",
              134));

  /**
   * A question answered later, on purpose.
   *
   * @param question the question
   * @param raisedBy how many residents asked it
   * @param until the phase in which it will be answered
   * @param message what residents were told meanwhile
   * @param answered whether it has been answered since
   */
  record Parked(String question, int raisedBy, String until, String message, boolean answered) {}

  static final List<Parked> PARKED =
      List.of(
          new Parked(
              "What will my meter cupboard look like?",
              27,
              "involved",
              "Answered per building once the technical design is made, after the partners are"
                  + " chosen.",
              false),
          new Parked(
              "Can I keep cooking on gas?",
              19,
              "involved",
              "Answered with the design per building; induction hobs are part of the offer.",
              false),
          new Parked(
              "Who owns the heat network in the end?",
              14,
              "informed",
              "The cooperative: residents own and manage it (principle self-managed).",
              true),
          new Parked(
              "What happens to my share when I move?",
              8,
              "participating",
              "Settled in the cooperative's rules before anyone signs up.",
              false));

  /**
   * A type of household for the individual benefit statement ("what does it mean for me").
   *
   * @param label the household type
   * @param investment the one-off contribution in euros
   * @param monthlyBefore monthly energy cost now, in euros
   * @param monthlyAfter monthly energy cost after joining, in euros
   */
  record HouseholdType(
      String label, double investment, double monthlyBefore, double monthlyAfter) {}

  static final List<HouseholdType> HOUSEHOLD_TYPES =
      List.of(
          new HouseholdType("Small rented flat (synthetic)", 0, 118, 104),
          new HouseholdType("Family flat, owner in a VvE (synthetic)", 4800, 176, 131),
          new HouseholdType("Courtyard house, owner-occupied (synthetic)", 7200, 214, 152),
          new HouseholdType("Studio with workshop, business (synthetic)", 3000, 240, 205));

  /**
   * Households per phase of the funnel at the report date, cumulative: curious, informed, involved,
   * participating (of the 487 households of the buildings).
   */
  static final int[] FUNNEL = {310, 205, 118, 61};

  /** Of the curious households, how many came to the first meeting (the rest to the second). */
  static final int CURIOUS_AT_FIRST_MEETING = 150;

  /** How much more a household is moved where a contact person is active. */
  static final double CONTACT_PERSON_PULL = 0.35;

  /** The first day of the sign-ups after the market consultation; they run for 40 days. */
  static final LocalDate SIGN_UPS_FROM = LocalDate.of(2023, 1, 10);

  /**
   * A critical voice picked up by a building's contact person.
   *
   * @param building the building's id; its contact person is active
   * @param date when it was heard
   * @param theme the theme's code
   * @param text what was said
   * @param followUp where its follow-up stands: open, in_progress or done
   */
  record Heard(String building, LocalDate date, String theme, String text, String followUp) {}

  static final List<Heard> SIGNALS =
      List.of(
          new Heard("blok-a", LocalDate.of(2022, 3, 20), "costs", "Will my rent go up?", "done"),
          new Heard(
              "blok-b", LocalDate.of(2022, 3, 28), "costs", "Who pays for the pipes?", "done"),
          new Heard(
              "blok-c",
              LocalDate.of(2022, 4, 12),
              "trust",
              "The VvE board doubts the cooperative can manage it.",
              "in_progress"),
          new Heard(
              "blok-e",
              LocalDate.of(2022, 5, 3),
              "nuisance",
              "How long will the street be open?",
              "done"),
          new Heard(
              "hofje", LocalDate.of(2022, 6, 15), "technical", "Can I still cook on gas?", "done"),
          new Heard(
              "blok-a",
              LocalDate.of(2022, 7, 1),
              "information",
              "Neighbours did not get the flyer.",
              "done"),
          new Heard(
              "zorghuis",
              LocalDate.of(2022, 9, 8),
              "timing",
              "The care home renovates in 2024; will it wait?",
              "in_progress"),
          new Heard(
              "blok-d",
              LocalDate.of(2022, 10, 20),
              "costs",
              "What if the heat price rises?",
              "open"),
          new Heard(
              "ateliers",
              LocalDate.of(2022, 11, 2),
              "other",
              "Studios ask whether businesses may join.",
              "open"),
          new Heard(
              "blok-e",
              LocalDate.of(2023, 1, 17),
              "technical",
              "What will my meter cupboard look like?",
              "open"));

  /**
   * A milestone shown to residents.
   *
   * @param date when it was shown
   * @param text what was shown
   */
  record Milestone(LocalDate date, String text) {}

  static final List<Milestone> RESULTS =
      List.of(
          new Milestone(LocalDate.of(2022, 4, 1), "Contact persons active in most buildings"),
          new Milestone(LocalDate.of(2022, 10, 20), "Four partners chosen with residents"),
          new Milestone(LocalDate.of(2023, 1, 26), "Feasibility study presented per building"));

  /** The day the report looks back from. */
  static final LocalDate REPORT_DATE = LocalDate.of(2023, 3, 1);

  /** How many residents took part in the vote of the market consultation. */
  static final int VOTERS = 118;
}
