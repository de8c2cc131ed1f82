package dev.convene.benchmarks.corpus;

import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptBuilder;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.core.taxonomy.TaxonomyBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a synthetic taxonomy: four schemes of different depths (themes five levels deep, the
 * others four), every concept labelled in English, French and Spanish with words of the corpus, some
 * concepts under two broader concepts (polyhierarchy), a few related across schemes, a few
 * deprecated. The result goes through {@link Taxonomy#builder()}, so it is valid by construction.
 */
final class TaxonomyGenerator {
  /** A scheme to generate: its id, title, share of the concepts and depth. */
  private record Plan(String id, String title, double share, int depth) {}

  private static final List<Plan> PLANS = List.of(
      new Plan("themes", "Themes", 0.50, 5),
      new Plan("regions", "Regions", 0.20, 4),
      new Plan("programmes", "Programme types", 0.18, 4),
      new Plan("methods", "Methods", 0.12, 4));
  private static final double GROWTH = 3.0;
  private static final double SECOND_PARENT = 0.05;
  private static final double RELATED = 0.02;
  private static final double DEPRECATED = 0.01;

  private final Vocabulary vocabulary;
  private final SplittableRandom random;
  private final List<ConceptBuilder> builders = new ArrayList<>();
  private final List<ConceptId> ids = new ArrayList<>();

  private TaxonomyGenerator(Vocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.random = Seeds.of(seed, "taxonomy");
  }

  /** A taxonomy of about {@code concepts} concepts, validated. */
  static Taxonomy generate(Vocabulary vocabulary, int concepts, long seed) {
    return new TaxonomyGenerator(vocabulary, seed).build(concepts);
  }

  private Taxonomy build(int concepts) {
    TaxonomyBuilder taxonomy = Taxonomy.builder();
    for (Plan plan : PLANS) {
      SchemeId scheme = SchemeId.of(plan.id());
      taxonomy.scheme(ConceptScheme.of(scheme, LocalizedText.of(Locale.ENGLISH, plan.title()), Locale.ENGLISH));
      scheme(plan, scheme, (int) Math.round(concepts * plan.share()));
    }
    for (int i = 0; i < builders.size(); i++) {
      if (random.nextDouble() < RELATED) {
        ConceptId other = ids.get(random.nextInt(ids.size()));
        if (!schemeOf(other).equals(schemeOf(ids.get(i)))) {
          builders.get(i).related(other);
        }
      }
    }
    builders.forEach(b -> taxonomy.concept(b.build()));
    return taxonomy.build();
  }

  private void scheme(Plan plan, SchemeId scheme, int size) {
    int[] levels = levelSizes(size, plan.depth());
    List<ConceptId> above = List.of();
    for (int level = 0; level < levels.length; level++) {
      List<ConceptId> here = new ArrayList<>();
      for (int n = 0; n < levels[level]; n++) {
        ConceptId id = ConceptId.of(String.format(Locale.ROOT, "%s-%04d", plan.id(), ids.size() + 1));
        ConceptBuilder concept = Concept.builder(id, scheme)
            .notation(String.format(Locale.ROOT, "%s.%d.%d", plan.id().substring(0, 1).toUpperCase(Locale.ROOT),
                level + 1, n + 1));
        labels(concept, level);
        if (!above.isEmpty()) {
          ConceptId first = above.get(random.nextInt(above.size()));
          concept.broader(first);
          if (above.size() > 1 && random.nextDouble() < SECOND_PARENT) {
            ConceptId second = above.get(random.nextInt(above.size()));
            if (!second.equals(first)) {
              concept.broader(second);
            }
          }
        }
        if (level == levels.length - 1 && random.nextDouble() < DEPRECATED) {
          concept.deprecated(true);
        }
        builders.add(concept);
        ids.add(id);
        here.add(id);
      }
      above = here;
    }
  }

  /** Level sizes growing geometrically, every level at least one, adding up to {@code size}. */
  static int[] levelSizes(int size, int depth) {
    double weights = 0;
    for (int k = 0; k < depth; k++) {
      weights += Math.pow(GROWTH, k);
    }
    int[] levels = new int[depth];
    int sum = 0;
    for (int k = 0; k < depth - 1; k++) {
      levels[k] = Math.max(1, (int) Math.round(size * Math.pow(GROWTH, k) / weights));
      sum += levels[k];
    }
    levels[depth - 1] = Math.max(1, size - sum);
    return levels;
  }

  private void labels(ConceptBuilder concept, int level) {
    // top concepts get one common word, deeper ones two rarer words: general themes, specific topics
    int words = level == 0 ? 1 : 1 + random.nextInt(2);
    int from = level == 0 ? 0 : 50 * level;
    for (String language : List.of("en", "fr", "es")) {
      concept.prefLabel(language, label(language, words, from));
    }
    if (random.nextDouble() < 0.1) {
      String alt = label("en", 1, 200);
      if (!concept.build().prefLabels().get(Locale.ENGLISH).orElseThrow().equalsIgnoreCase(alt)) {
        concept.altLabel("en", alt);
      }
    }
  }

  private String label(String language, int words, int from) {
    StringBuilder label = new StringBuilder();
    for (int w = 0; w < words; w++) {
      String word = vocabulary.word(random, language, from, from + 3_000);
      label.append(w == 0 ? Words.capitalized(word) : " " + word);
    }
    return label.toString();
  }

  private static String schemeOf(ConceptId id) {
    return id.value().substring(0, id.value().indexOf('-'));
  }
}
