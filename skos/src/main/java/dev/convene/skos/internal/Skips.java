package dev.convene.skos.internal;

import dev.convene.skos.SkosReport.Reason;
import dev.convene.skos.SkosReport.Skipped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the mapping leaves out, as it goes: the grouped reasons (unknown properties, languages) are
 * counted and listed sorted at the end; the others are listed in file order.
 */
final class Skips {
  private final Map<String, Integer> properties = new TreeMap<>();
  private final Map<String, Integer> languages = new TreeMap<>();
  private final List<Skipped> listed = new ArrayList<>();

  void property(String property, int count) {
    properties.merge(property, count, Integer::sum);
  }

  void language(String tag) {
    languages.merge(tag, 1, Integer::sum);
  }

  void add(Reason reason, String what, int count, String detail) {
    listed.add(new Skipped(reason, what, count, detail));
  }

  List<Skipped> all() {
    List<Skipped> all = new ArrayList<>();
    properties.forEach((property, count) -> all.add(new Skipped(Reason.UNKNOWN_PROPERTY, property, count, "")));
    languages.forEach((tag, count) -> all.add(new Skipped(Reason.LANGUAGE_NOT_KEPT, tag, count,
        tag.isEmpty() ? "texts with no language tag" : "")));
    all.addAll(listed);
    return all;
  }
}
