package io.veil.detector.recognize;

import java.util.List;

/**
 * A value a recognizer found in a view, before context and scoring.
 *
 * @param start offset of the value in the view
 * @param end offset just past the value in the view
 * @param pattern the name of the pattern that matched
 * @param strength what the form alone says
 * @param validated whether a validator (checksum, range) accepted the value
 * @param evidence names of validators and checks that applied, never the value
 */
public record Candidate(int start, int end, String pattern, Strength strength, boolean validated,
    List<String> evidence) {

  public Candidate {
    evidence = List.copyOf(evidence);
  }

  /** A candidate with no further evidence. */
  public static Candidate of(int start, int end, String pattern, Strength strength,
      boolean validated, String... evidence) {
    return new Candidate(start, end, pattern, strength, validated, List.of(evidence));
  }
}
