package dev.convene.benchmarks.corpus;

import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the communities, in Zipf rank order (the first is the largest): 60 % public, 25 %
 * semi-private, 15 % private, privacy shuffled independently of size; about one private community in
 * thirty is a hidden group; a few are archived. Each is named in its default language with corpus
 * words and tagged with one to three concepts.
 */
final class CommunityGenerator {
  static final double PUBLIC_SHARE = 0.60;
  static final double SEMI_PRIVATE_SHARE = 0.25;
  static final int PRIVATE_PER_HIDDEN_GROUP = 30;
  private static final double ARCHIVED = 0.03;
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

  private CommunityGenerator() {}

  static List<Community> generate(int count, Vocabulary vocabulary, Taxonomy taxonomy, long seed) {
    SplittableRandom random = Seeds.of(seed, "communities");
    List<Privacy> privacies = privacies(count);
    Collections.shuffle(privacies, random);
    List<Concept> tags = taxonomy.concepts().stream().filter(c -> !c.deprecated()).toList();
    List<Community> communities = new ArrayList<>(count);
    int privateSeen = 0;
    for (int i = 0; i < count; i++) {
      Privacy privacy = privacies.get(i);
      boolean hidden = privacy == Privacy.PRIVATE && privateSeen++ % PRIVATE_PER_HIDDEN_GROUP == 0;
      Locale language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
      String tag = language.toLanguageTag();
      String name = Words.capitalized(vocabulary.word(random, tag, 0, 2_000)) + " "
          + vocabulary.word(random, tag, 0, 5_000);
      Set<ConceptId> concepts = new LinkedHashSet<>();
      for (int c = 1 + random.nextInt(3); c > 0; c--) {
        concepts.add(tags.get(random.nextInt(tags.size())).id());
      }
      communities.add(Community.builder(id(i), String.format(Locale.ROOT, "community-%05d", i + 1))
          .defaultLanguage(language)
          .name(LocalizedText.of(language, name))
          .purpose(hidden ? Purpose.HIDDEN_GROUP : Purpose.REPOSITORY)
          .privacy(privacy)
          .concepts(concepts)
          .state(random.nextDouble() < ARCHIVED ? CommunityState.ARCHIVED : CommunityState.ACTIVE)
          .build());
    }
    return List.copyOf(communities);
  }

  static CommunityId id(int index) {
    return CommunityId.of(String.format(Locale.ROOT, "c%05d", index + 1));
  }

  private static List<Privacy> privacies(int count) {
    int open = (int) Math.round(count * PUBLIC_SHARE);
    int semi = (int) Math.round(count * SEMI_PRIVATE_SHARE);
    List<Privacy> privacies = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      privacies.add(i < open ? Privacy.PUBLIC : i < open + semi ? Privacy.SEMI_PRIVATE : Privacy.PRIVATE);
    }
    return privacies;
  }
}
