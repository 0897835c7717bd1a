package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.internal.ParkTopicsService;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.Clock;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Keeps residents' questions and parks those that are answered later on purpose, with a clear
 * message saying when (use case, a port in).
 */
@API(status = STABLE, since = "0.1.0")
public interface ParkTopics {

  /** The use case on the given store, telling the date by {@code clock}. */
  static ParkTopics using(ParkedTopicRepository topics, Clock clock) {
    return new ParkTopicsService(topics, clock);
  }

  /**
   * Records a question just raised.
   *
   * @throws ConflictException if the id is taken
   */
  Versioned<ParkedTopic> raise(ParkedTopicId id, NeighbourhoodId neighbourhood, String question);

  /**
   * Counts one more resident who raised the question.
   *
   * @throws NotFoundException if there is none
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<ParkedTopic> raisedAgain(ParkedTopicId id, long expectedVersion);

  /**
   * Parks a question until a phase or date, with the message residents get.
   *
   * @throws ValidationException if it is answered already
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<ParkedTopic> park(
      ParkedTopicId id, ParkedUntil until, String message, long expectedVersion);

  /**
   * Answers a question.
   *
   * @throws ValidationException if it is answered already
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<ParkedTopic> answer(ParkedTopicId id, String answer, long expectedVersion);

  /**
   * The topic with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<ParkedTopic> topic(ParkedTopicId id);

  /** One page of a neighbourhood's topics. */
  Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request);

  /**
   * The parked topics of a neighbourhood that are due today, with the approach in phase {@code
   * reached}: the promises to keep now.
   */
  List<ParkedTopic> due(NeighbourhoodId neighbourhood, Phase reached);
}
