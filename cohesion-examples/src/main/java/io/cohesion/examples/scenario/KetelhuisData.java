package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.BenefitInput;
import io.cohesion.core.engagement.BenefitSubject;
import io.cohesion.core.engagement.FollowPhases;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.MarketConsultation;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.Neighbourhood;
import java.time.LocalDate;
import java.util.List;

/**
 * The synthetic data of the KetelhuisWG scenario.
 *
 * @param neighbourhood the neighbourhood
 * @param buildings its buildings
 * @param initiative the cooperative, with its principles and team
 * @param consultation the market consultation: twelve options and the residents' votes
 * @param ambassadors the contact person of each building, active or not
 * @param meetings the neighbourhood meetings with their attendance
 * @param parkedTopics the questions answered later, on purpose
 * @param examples the households that asked "what does it mean for me"
 * @param moves how households moved through the phases, oldest first
 * @param signals the critical voices contact persons picked up, with where their follow-up stands
 * @param results the milestones shown to residents
 * @param reportDate the day the report looks back from
 */
public record KetelhuisData(
    Neighbourhood neighbourhood,
    List<Building> buildings,
    Initiative initiative,
    MarketConsultation consultation,
    List<Ambassador> ambassadors,
    List<Meeting> meetings,
    List<ParkedTopic> parkedTopics,
    List<Example> examples,
    List<FollowPhases.Move> moves,
    List<Voice> signals,
    List<Result> results,
    LocalDate reportDate) {
  public KetelhuisData {
    requireNonNull(neighbourhood, "neighbourhood");
    buildings = List.copyOf(buildings);
    requireNonNull(initiative, "initiative");
    requireNonNull(consultation, "consultation");
    ambassadors = List.copyOf(ambassadors);
    meetings = List.copyOf(meetings);
    parkedTopics = List.copyOf(parkedTopics);
    examples = List.copyOf(examples);
    moves = List.copyOf(moves);
    signals = List.copyOf(signals);
    results = List.copyOf(results);
    requireNonNull(reportDate, "reportDate");
  }

  /** The same data with {@code stored} as the initiative, as read back from a store. */
  public KetelhuisData withInitiative(Initiative stored) {
    return new KetelhuisData(
        neighbourhood,
        buildings,
        stored,
        consultation,
        ambassadors,
        meetings,
        parkedTopics,
        examples,
        moves,
        signals,
        results,
        reportDate);
  }

  /**
   * A critical voice as the contact person recorded it, and where its follow-up stands now.
   *
   * @param signal the signal, its follow-up open
   * @param followUp where the team got with it
   */
  public record Voice(Signal signal, FollowUpStatus followUp) {
    public Voice {
      requireNonNull(signal, "signal");
      requireNonNull(followUp, "followUp");
    }
  }

  /**
   * A household that asked for its individual benefit statement.
   *
   * @param label the kind of household
   * @param subject the household and its building
   * @param input its investment and monthly costs before and after
   */
  public record Example(String label, BenefitSubject subject, BenefitInput input) {
    public Example {
      requireNonNull(label, "label");
      requireNonNull(subject, "subject");
      requireNonNull(input, "input");
    }
  }
}
