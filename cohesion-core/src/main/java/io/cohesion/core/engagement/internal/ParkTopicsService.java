package io.cohesion.core.engagement.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.ParkTopics;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.ParkedUntil;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@link ParkTopics} on the topic store and a clock. */
public final class ParkTopicsService implements ParkTopics {
  private final ParkedTopicRepository topics;
  private final Clock clock;

  public ParkTopicsService(ParkedTopicRepository topics, Clock clock) {
    this.topics = requireNonNull(topics, "topics");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Versioned<ParkedTopic> raise(
      ParkedTopicId id, NeighbourhoodId neighbourhood, String question) {
    return topics.create(ParkedTopic.raise(id, neighbourhood, question));
  }

  @Override
  public Versioned<ParkedTopic> raisedAgain(ParkedTopicId id, long expectedVersion) {
    return topics.update(get(id).raisedAgain(), expectedVersion);
  }

  @Override
  public Versioned<ParkedTopic> park(
      ParkedTopicId id, ParkedUntil until, String message, long expectedVersion) {
    return topics.update(get(id).park(until, message), expectedVersion);
  }

  @Override
  public Versioned<ParkedTopic> answer(ParkedTopicId id, String answer, long expectedVersion) {
    return topics.update(get(id).answer(answer), expectedVersion);
  }

  @Override
  public Versioned<ParkedTopic> topic(ParkedTopicId id) {
    return topics.find(id).orElseThrow(() -> new NotFoundException("parked topic", id));
  }

  @Override
  public Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request) {
    return topics.list(neighbourhood, request);
  }

  @Override
  public List<ParkedTopic> due(NeighbourhoodId neighbourhood, Phase reached) {
    LocalDate today = LocalDate.now(clock);
    return Page.collectAll(r -> topics.list(neighbourhood, r)).stream()
        .map(Versioned::value)
        .filter(t -> t.isDue(today, reached))
        .toList();
  }

  private ParkedTopic get(ParkedTopicId id) {
    return topic(id).value();
  }
}
