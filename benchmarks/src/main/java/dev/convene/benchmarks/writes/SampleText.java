package dev.convene.benchmarks.writes;

import java.util.List;
import java.util.stream.IntStream;

/**
 * English prose of the length a community's documents have, so that what the benchmark writes is as
 * large as what a portal writes. A handful of paragraphs are rotated: the content repeats, its size
 * does not change, and the benchmark needs no corpus.
 */
final class SampleText {
  /** The length of a document's body. */
  static final int BODY_LENGTH = 2_000;

  /** The longest summary. */
  static final int SUMMARY_LENGTH = 400;

  private static final List<String> PARAGRAPHS = List.of(
      "The working group met three times during the spring to review how member cities collect and publish data "
          + "on air quality. Most of them rely on a small number of fixed monitoring stations, which report hourly "
          + "averages to a national agency. Few publish the raw readings, and fewer still explain how gaps are "
          + "filled when a station is out of service. The group agreed that a shared vocabulary for pollutants and "
          + "measurement methods would be the most useful first step.",
      "Several participants described pilot projects that place low-cost sensors on buses, schools and street "
          + "lights. The readings are noisy and drift over time, but they cover neighbourhoods that the official "
          + "network never reaches. Calibrating them against a reference station every few weeks brings the error "
          + "down to a level that is good enough to show trends, though not to check compliance with legal limits. "
          + "Residents have responded well to maps that show the readings street by street.",
      "Funding remains the main obstacle. Regional programmes pay for equipment but rarely for the staff who keep "
          + "it running, clean the data and answer questions from the public. Two cities have signed agreements "
          + "with local universities, whose students maintain the sensors as part of their coursework in exchange "
          + "for access to the data. The arrangement is cheap and popular, but it depends on the academic calendar "
          + "and tends to lapse during the summer months.",
      "The legal framework differs from one country to the next. In some, data collected by a public body must be "
          + "published under an open licence within a fixed period; in others, publication is left to the "
          + "discretion of the agency that collected it. Members asked the secretariat to prepare a short comparison "
          + "of the rules in force, with examples of licences that have worked well, so that cities negotiating new "
          + "contracts with suppliers can refer to them.",
      "A recurring question was how to involve citizens without overwhelming them. Dashboards full of numbers "
          + "attract experts and journalists but leave most residents indifferent. The cities that reached a wider "
          + "audience told stories instead: a school that changed the route its pupils walk, a market that moved its "
          + "delivery hours, a street that was closed to traffic on Sunday mornings. Each story linked a decision to "
          + "the measurements that prompted it.",
      "The group also discussed the long-term archiving of measurements. Formats change, suppliers go out of "
          + "business and links break, so that data published a decade ago is often impossible to find today. The "
          + "members recommend depositing yearly snapshots in a national repository, together with a description of "
          + "the stations, the instruments and the corrections applied, so that researchers can reconstruct how a "
          + "figure was obtained long after the project has ended.",
      "Finally, the members reviewed the draft work plan for the coming year. It foresees a common data model by "
          + "the autumn, a joint procurement of reference sensors for the smaller cities, and a series of online "
          + "seminars on communicating uncertainty to the public. The plan will be circulated to all members for "
          + "comment before the annual meeting, where it is expected to be adopted together with the budget and the "
          + "list of cities that will host the next study visits.");

  private static final List<String> BODIES = IntStream.range(0, PARAGRAPHS.size()).mapToObj(SampleText::compose)
      .toList();

  private SampleText() {}

  /** A body of exactly {@link #BODY_LENGTH} characters: paragraphs from the {@code n}-th on, in turn. */
  static String body(int n) {
    return BODIES.get(Math.floorMod(n, BODIES.size()));
  }

  private static String compose(int n) {
    StringBuilder text = new StringBuilder(BODY_LENGTH + 600);
    for (int i = n; text.length() < BODY_LENGTH; i++) {
      text.append(paragraph(i)).append("\n\n");
    }
    return text.substring(0, BODY_LENGTH);
  }

  /** A summary of at most {@link #SUMMARY_LENGTH} characters: the start of the {@code n}-th paragraph. */
  static String summary(int n) {
    String paragraph = paragraph(n);
    if (paragraph.length() <= SUMMARY_LENGTH) {
      return paragraph;
    }
    return paragraph.substring(0, paragraph.lastIndexOf(' ', SUMMARY_LENGTH - 1)) + "…";
  }

  /** The {@code n}-th paragraph, counting round. */
  static String paragraph(int n) {
    return PARAGRAPHS.get(Math.floorMod(n, PARAGRAPHS.size()));
  }
}
