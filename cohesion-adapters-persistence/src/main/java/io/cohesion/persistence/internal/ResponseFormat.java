package io.cohesion.persistence.internal;

import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How one kind of response is stored: its respondent and segment values in columns of their own,
 * everything else in one compact binary column.
 *
 * <p>The binary form starts with a format byte (1 or 2, see below), followed by sections that each
 * start with a one-letter tag and are left out when empty: {@code i} importance, {@code s}
 * satisfaction, {@code a} answers (maps of code to number); {@code g} segments or attributes (maps
 * of code to text); {@code t} top choices, {@code n} networks, {@code x} wishes (lists of text);
 * {@code w} willingness (a count). A map or list is its size followed by its elements; text is its
 * UTF-8 length followed by its bytes; sizes are unsigned seven-bit varints; a number is one byte
 * for a whole number from 0 to 250 and otherwise a marker byte and the eight bytes of the double.
 *
 * <p>Format 2 adds two sections that refer to the codes of the importance section, which comes
 * first, instead of repeating them: {@code S} satisfaction of exactly the rated codes, as their
 * numbers in the order the importance section lists the codes; {@code T} top choices that are all
 * rated codes, as their positions in that order. A wish map response rates the same values twice
 * and picks its top choices among them, so these are the sections a writer normally uses: a
 * response with ten values rated twice, three top choices, two segments and a network or two takes
 * about 170 bytes instead of 280. Format 1, without them, still reads; measurement responses, which
 * format 2 does not change, are still written in it.
 *
 * @param <R> the response type
 */
interface ResponseFormat<R> {
  /** The version of the binary form written; a reader reads it and the versions before it. */
  int FORMAT = 2;

  /** The respondent of a response. */
  Pseudonym respondent(R response);

  /** The segment values of a response, copied to the segment table. */
  Map<String, String> segments(R response);

  /** Appends the binary form of {@code response} (all but its respondent) to {@code out}. */
  void encode(R response, AnswerWriter out);

  /** Reads a response of {@code respondent} from the binary form {@code in} is positioned on. */
  R decode(String respondent, AnswerReader in);

  /** The binary form of {@code response} as its own array. */
  default byte[] encode(R response) {
    AnswerWriter out = new AnswerWriter(256);
    encode(response, out);
    return out.toBytes();
  }

  /** The rated codes of a response without an importance section. */
  @SuppressWarnings("unchecked")
  Map.Entry<String, Double>[] NOTHING_RATED = new Map.Entry[0];

  /** Wish map responses. */
  ResponseFormat<WishMapResponse> WISH_MAP =
      new ResponseFormat<>() {
        @Override
        public Pseudonym respondent(WishMapResponse response) {
          return response.respondent();
        }

        @Override
        public Map<String, String> segments(WishMapResponse response) {
          return response.segments();
        }

        @Override
        public void encode(WishMapResponse r, AnswerWriter out) {
          out.u8(FORMAT);
          Map<String, Double> importance = r.importance();
          numbers(out, 'i', importance);
          // keySet() is left alone here: a map caches its key set view in a field of its own, a
          // write into every response's map that costs a collector working on old responses dear.
          if (!importance.isEmpty() && sameCodes(importance, r.satisfaction())) {
            // The codes in the order the importance section wrote them: a map iterates alike
            // every time.
            out.u8('S');
            out.varint(importance.size());
            for (Map.Entry<String, Double> e : importance.entrySet()) {
              out.number(r.satisfaction().get(e.getKey()));
            }
          } else {
            numbers(out, 's', r.satisfaction());
          }
          if (!r.topChoices().isEmpty() && rated(importance, r.topChoices())) {
            out.u8('T');
            out.varint(r.topChoices().size());
            for (String choice : r.topChoices()) {
              out.varint(position(importance, choice));
            }
          } else {
            strings(out, 't', r.topChoices());
          }
          texts(out, 'g', r.segments());
          strings(out, 'n', r.networks());
          if (r.willingness().isPresent()) {
            out.u8('w');
            out.varint(r.willingness().getAsInt());
          }
          strings(out, 'x', r.wishes());
        }

        @Override
        public WishMapResponse decode(String respondent, AnswerReader in) {
          checkFormat(in);
          Map.Entry<String, Double>[] rated = NOTHING_RATED;
          Map<String, Double> importance = Map.of();
          Map<String, Double> satisfaction = Map.of();
          List<String> top = List.of();
          Map<String, String> segments = Map.of();
          Set<String> networks = Set.of();
          OptionalInt willingness = OptionalInt.empty();
          List<String> wishes = List.of();
          while (in.hasMore()) {
            int tag = in.u8();
            switch (tag) {
              case 'i' -> {
                rated = entries(in);
                importance = Map.ofEntries(rated);
              }
              case 's' -> satisfaction = Map.ofEntries(entries(in));
              case 'S' -> satisfaction = numbersOfRated(in, rated);
              case 't' -> top = List.of(strings(in));
              case 'T' -> top = positions(in, rated);
              case 'g' -> segments = texts(in);
              case 'n' -> networks = Set.of(strings(in));
              case 'w' -> willingness = OptionalInt.of(in.varint());
              case 'x' -> wishes = List.of(strings(in));
              default -> throw unknown(tag);
            }
          }
          return new WishMapResponse(
              new Pseudonym(respondent),
              importance,
              satisfaction,
              top,
              segments,
              networks,
              willingness,
              wishes);
        }
      };

  /** Measurement responses. */
  ResponseFormat<MeasurementResponse> MEASUREMENT =
      new ResponseFormat<>() {
        @Override
        public Pseudonym respondent(MeasurementResponse response) {
          return response.respondent();
        }

        @Override
        public Map<String, String> segments(MeasurementResponse response) {
          return response.attributes();
        }

        @Override
        public void encode(MeasurementResponse r, AnswerWriter out) {
          // Format 2 changed nothing for measurements: they stay in format 1, which every
          // version reads.
          out.u8(1);
          numbers(out, 'a', r.answers());
          texts(out, 'g', r.attributes());
        }

        @Override
        public MeasurementResponse decode(String respondent, AnswerReader in) {
          checkFormat(in);
          Map<String, Double> answers = Map.of();
          Map<String, String> attributes = Map.of();
          while (in.hasMore()) {
            int tag = in.u8();
            switch (tag) {
              case 'a' -> answers = numbers(in);
              case 'g' -> attributes = texts(in);
              default -> throw unknown(tag);
            }
          }
          return new MeasurementResponse(new Pseudonym(respondent), answers, attributes);
        }
      };

  private static void checkFormat(AnswerReader in) {
    int format = in.u8();
    if (format < 1 || format > FORMAT) {
      throw new IllegalStateException(
          "stored answers are in format " + format + ", this version reads formats 1 to " + FORMAT);
    }
  }

  /** Whether {@code other} holds numbers for exactly the codes of {@code rated}. */
  private static boolean sameCodes(Map<String, Double> rated, Map<String, Double> other) {
    if (other.size() != rated.size()) {
      return false;
    }
    for (Map.Entry<String, Double> e : rated.entrySet()) {
      if (!other.containsKey(e.getKey())) {
        return false;
      }
    }
    return true;
  }

  /** Whether every one of {@code codes} is a code of {@code rated}. */
  private static boolean rated(Map<String, Double> rated, List<String> codes) {
    for (String code : codes) {
      if (!rated.containsKey(code)) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code code} comes when iterating over {@code rated}; it must be there. */
  private static int position(Map<String, Double> rated, String code) {
    int i = 0;
    for (Map.Entry<String, Double> e : rated.entrySet()) {
      if (e.getKey().equals(code)) {
        return i;
      }
      i++;
    }
    throw new IllegalArgumentException(code + " is not rated");
  }

  /** A section of numbers for the codes of {@code rated}, in their order. */
  @SuppressWarnings("unchecked")
  private static Map<String, Double> numbersOfRated(
      AnswerReader in, Map.Entry<String, Double>[] rated) {
    int n = in.varint();
    if (n != rated.length) {
      throw new IllegalStateException(
          "stored answers rate " + n + " codes twice but " + rated.length + " once");
    }
    Map.Entry<String, Double>[] entries = new Map.Entry[n];
    for (int i = 0; i < n; i++) {
      entries[i] = Map.entry(rated[i].getKey(), in.number());
    }
    return Map.ofEntries(entries);
  }

  /** A list of codes of {@code rated}, given by their positions. */
  private static List<String> positions(AnswerReader in, Map.Entry<String, Double>[] rated) {
    int n = in.varint();
    String[] codes = new String[n];
    for (int i = 0; i < n; i++) {
      int at = in.varint();
      if (at < 0 || at >= rated.length) {
        throw new IllegalStateException(
            "stored answers refer to rated code " + at + " of " + rated.length);
      }
      codes[i] = rated[at].getKey();
    }
    return List.of(codes);
  }

  private static IllegalStateException unknown(int tag) {
    return new IllegalStateException("stored answers hold an unknown section " + tag);
  }

  private static void numbers(AnswerWriter out, char tag, Map<String, Double> values) {
    if (values.isEmpty()) {
      return;
    }
    out.u8(tag);
    out.varint(values.size());
    for (Map.Entry<String, Double> e : values.entrySet()) {
      out.string(e.getKey());
      out.number(e.getValue());
    }
  }

  private static void texts(AnswerWriter out, char tag, Map<String, String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.u8(tag);
    out.varint(values.size());
    for (Map.Entry<String, String> e : values.entrySet()) {
      out.string(e.getKey());
      out.string(e.getValue());
    }
  }

  private static void strings(AnswerWriter out, char tag, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.u8(tag);
    out.varint(values.size());
    for (String value : values) {
      out.string(value);
    }
  }

  // The maps are built immutable right away: the response records copy them with Map.copyOf,
  // which keeps an immutable map as it is instead of copying it a second time.

  private static Map<String, Double> numbers(AnswerReader in) {
    return Map.ofEntries(entries(in));
  }

  /** A map section's entries in the order written. */
  @SuppressWarnings("unchecked")
  private static Map.Entry<String, Double>[] entries(AnswerReader in) {
    int n = in.varint();
    Map.Entry<String, Double>[] entries = new Map.Entry[n];
    for (int i = 0; i < n; i++) {
      String key = in.string();
      entries[i] = Map.entry(key, in.number());
    }
    return entries;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> texts(AnswerReader in) {
    int n = in.varint();
    Map.Entry<String, String>[] entries = new Map.Entry[n];
    for (int i = 0; i < n; i++) {
      String key = in.string();
      entries[i] = Map.entry(key, in.string());
    }
    return Map.ofEntries(entries);
  }

  private static String[] strings(AnswerReader in) {
    int n = in.varint();
    String[] values = new String[n];
    for (int i = 0; i < n; i++) {
      values[i] = in.string();
    }
    return values;
  }
}
