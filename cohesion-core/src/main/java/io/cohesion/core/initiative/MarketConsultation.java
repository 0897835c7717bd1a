package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Pseudonym;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A market consultation: companies pitched options, the options were assessed against the
 * principles, and residents voted for the partners they prefer (KetelhuisWG heard twelve companies
 * and residents helped pick four).
 *
 * @param options the options, with unique ids
 * @param partners how many partners to pick, 1…number of options
 * @param votes the residents' votes: one per resident, each naming known options, at most {@code
 *     partners} of them
 */
@API(status = STABLE, since = "0.1.0")
public record MarketConsultation(
    List<MarketOption> options, int partners, List<PreferenceVote> votes) {

  public MarketConsultation {
    options = List.copyOf(options);
    votes = List.copyOf(votes);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      String id = options.get(i).id();
      ValidationException.require(
          ids.add(id), "options[" + i + "].id", "option '" + id + "' is listed twice");
    }
    ValidationException.require(
        partners >= 1 && partners <= Math.max(1, options.size()),
        "partners",
        "must be between 1 and the " + options.size() + " options, got " + partners);
    Set<Pseudonym> voters = new HashSet<>();
    for (int i = 0; i < votes.size(); i++) {
      PreferenceVote vote = votes.get(i);
      String field = "votes[" + i + "]";
      ValidationException.require(
          voters.add(vote.voter()), field + ".voter", vote.voter() + " has voted already");
      ValidationException.require(
          vote.options().size() <= partners,
          field + ".options",
          "at most " + partners + " options per vote, got " + vote.options().size());
      for (String option : vote.options()) {
        ValidationException.require(
            ids.contains(option), field + ".options", "unknown option '" + option + "'");
      }
    }
  }

  /**
   * The outcome under {@code principles}: eligible options ranked by votes (most first, ties by
   * id), the first {@code partners} of them picked, and the options that are not eligible with the
   * reasons. Votes for options that are not eligible count for nothing.
   */
  public ConsultationOutcome outcome(List<Principle> principles) {
    Map<String, Integer> tally = new HashMap<>();
    for (PreferenceVote vote : votes) {
      for (String option : vote.options()) {
        tally.merge(option, 1, Integer::sum);
      }
    }
    List<ConsultationOutcome.Standing> eligible = new ArrayList<>();
    List<ConsultationOutcome.Standing> excluded = new ArrayList<>();
    for (MarketOption option : options) {
      ConsultationOutcome.Standing standing =
          new ConsultationOutcome.Standing(
              option, option.eligibility(principles), tally.getOrDefault(option.id(), 0));
      (standing.eligibility().isEligible() ? eligible : excluded).add(standing);
    }
    eligible.sort(
        Comparator.comparingInt(ConsultationOutcome.Standing::votes)
            .reversed()
            .thenComparing(s -> s.option().id()));
    excluded.sort(Comparator.comparing(s -> s.option().id()));
    List<MarketOption> picked =
        eligible.stream().limit(partners).map(ConsultationOutcome.Standing::option).toList();
    return new ConsultationOutcome(eligible, picked, excluded);
  }
}
