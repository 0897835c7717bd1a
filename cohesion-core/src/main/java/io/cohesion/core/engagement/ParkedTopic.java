package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A residents' question (geparkeerde vraag) such as "what will my meter cupboard look like?":
 * answered now, or parked on purpose with a clear message saying when it will be answered.
 *
 * @param id the topic id
 * @param neighbourhood where the question was raised
 * @param question the question as residents put it
 * @param raisedBy by how many residents it was raised, at least 1
 * @param status open, parked or answered
 * @param until until when it is parked: present when and only when it is parked or was parked
 *     before it was answered
 * @param message what residents were told about when it will be answered: present with {@code
 *     until}
 * @param answer the answer: present when and only when it is answered
 */
@API(status = STABLE, since = "0.1.0")
public record ParkedTopic(
    ParkedTopicId id,
    NeighbourhoodId neighbourhood,
    String question,
    int raisedBy,
    TopicStatus status,
    Optional<ParkedUntil> until,
    Optional<String> message,
    Optional<String> answer) {

  /** The longest question, message or answer accepted. */
  public static final int MAX_TEXT_LENGTH = 4000;

  public ParkedTopic {
    requireNonNull(id, "id");
    requireNonNull(neighbourhood, "neighbourhood of topic " + id);
    question = ValidationException.requireText("question", question, MAX_TEXT_LENGTH);
    ValidationException.require(raisedBy >= 1, "raisedBy", "must be at least 1, got " + raisedBy);
    requireNonNull(status, "status of topic " + id);
    requireNonNull(until, "until of topic " + id);
    message = message.map(m -> ValidationException.requireText("message", m, MAX_TEXT_LENGTH));
    answer = answer.map(a -> ValidationException.requireText("answer", a, MAX_TEXT_LENGTH));
    ValidationException.require(
        until.isPresent() == message.isPresent(),
        "message",
        "a parked topic tells residents when it will be answered: until and message go together");
    ValidationException.require(
        status != TopicStatus.PARKED || until.isPresent(),
        "until",
        "a parked topic needs a phase or date until which it is parked");
    ValidationException.require(
        status != TopicStatus.OPEN || until.isEmpty(), "until", "an open topic is not parked yet");
    ValidationException.require(
        (status == TopicStatus.ANSWERED) == answer.isPresent(),
        "answer",
        "an answer belongs to an answered topic, and only to one (status " + status + ")");
  }

  /** A question just raised by one resident. */
  public static ParkedTopic raise(
      ParkedTopicId id, NeighbourhoodId neighbourhood, String question) {
    return new ParkedTopic(
        id,
        neighbourhood,
        question,
        1,
        TopicStatus.OPEN,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same topic, raised by one more resident. */
  public ParkedTopic raisedAgain() {
    ValidationException.require(
        raisedBy < Integer.MAX_VALUE, "raisedBy", "cannot count beyond " + raisedBy);
    return new ParkedTopic(
        id, neighbourhood, question, raisedBy + 1, status, until, message, answer);
  }

  /**
   * The topic parked until {@code until}, with the message residents get. A parked topic can be
   * parked again (a later phase or date, a new message).
   *
   * @throws ValidationException if it is answered already
   */
  public ParkedTopic park(ParkedUntil newUntil, String newMessage) {
    ValidationException.require(
        status != TopicStatus.ANSWERED, "status", "topic " + id + " is answered already");
    return new ParkedTopic(
        id,
        neighbourhood,
        question,
        raisedBy,
        TopicStatus.PARKED,
        Optional.of(newUntil),
        Optional.of(newMessage),
        Optional.empty());
  }

  /**
   * The topic answered.
   *
   * @throws ValidationException if it is answered already
   */
  public ParkedTopic answer(String text) {
    ValidationException.require(
        status != TopicStatus.ANSWERED, "status", "topic " + id + " is answered already");
    return new ParkedTopic(
        id,
        neighbourhood,
        question,
        raisedBy,
        TopicStatus.ANSWERED,
        until,
        message,
        Optional.of(text));
  }

  /**
   * Whether a parked topic is due to be answered on {@code today} with the approach in phase {@code
   * reached}. Open and answered topics are never due.
   */
  public boolean isDue(LocalDate today, Phase reached) {
    return status == TopicStatus.PARKED && until.orElseThrow().isDue(today, reached);
  }
}
