package dev.convene.benchmarks.corpus;

import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Document;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds document {@code i} of the world from the Europarl texts, from nothing but {@code i} and the
 * seed. The first pass over the corpus uses each text whole, in a shuffled order; later passes
 * recombine: a run of a text's paragraphs followed by one or two paragraphs of another text in the
 * same language, so every document stays in one language.
 */
final class DocumentGenerator {
  /** The kinds of document, commonest first, with their shares in per cent. */
  static final List<String> TYPES = List.of("Debate", "Report", "Question", "Resolution", "Opinion",
      "Working paper", "Policy brief", "Minutes");
  private static final int[] TYPE_SHARES = {30, 20, 15, 10, 8, 7, 5, 5};
  private static final int[] CONCEPT_COUNT_SHARES = {30, 30, 20, 12, 8};
  static final double PUBLIC_SHARE = 0.8;
  private static final double PUBLISHED_SHARE = 0.94;
  private static final int SUMMARY_LENGTH = 300;

  private final long seed;
  private final List<EuroparlText> texts;
  private final int[] order;
  private final Map<Locale, List<EuroparlText>> byLanguage = new HashMap<>();
  private final List<Community> communities;
  private final Zipf communitySizes;
  private final List<ConceptId> taggable;
  private final Zipf conceptPopularity;

  DocumentGenerator(long seed, EuroparlCorpus corpus, List<Community> communities, Zipf communitySizes,
      Taxonomy taxonomy) {
    this.seed = seed;
    this.texts = corpus.texts();
    this.order = shuffled(texts.size(), Seeds.of(seed, "text-order"));
    texts.forEach(t -> byLanguage.computeIfAbsent(t.language(), l -> new ArrayList<>()).add(t));
    this.communities = communities;
    this.communitySizes = communitySizes;
    List<ConceptId> concepts = new ArrayList<>(taxonomy.concepts().stream().filter(c -> !c.deprecated())
        .map(Concept::id).toList());
    int[] popularity = shuffled(concepts.size(), Seeds.of(seed, "concept-popularity"));
    this.taggable = Arrays.stream(popularity).mapToObj(concepts::get).toList();
    this.conceptPopularity = new Zipf(taggable.size(), 1.0);
  }

  /** Document {@code i}: always the same for the same seed, corpus and world. */
  Document document(long i) {
    SplittableRandom random = Seeds.of(seed, "document", i);
    EuroparlText text = texts.get(order[(int) (i % texts.size())]);
    List<String> paragraphs = i < texts.size() ? text.paragraphs() : recombined(text, random);
    Community community = communities.get(communitySizes.sample(random));
    Instant created = text.date().atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(8 * 3600));
    ItemHeader header = new ItemHeader(ItemId.of(String.format(Locale.ROOT, "d%07d", i + 1)), community.id(),
        UserId.of("author-" + random.nextInt(20_000)), text.title(), text.language(),
        random.nextDouble() < PUBLIC_SHARE ? Visibility.PUBLIC : Visibility.MEMBERS, reviewState(random),
        concepts(community, random), created, created, 0);
    String type = TYPES.get(weighted(TYPE_SHARES, random));
    return new Document(header, summary(paragraphs.get(0)), String.join("\n\n", paragraphs), List.of(),
        Optional.of("European Parliament"), Optional.of(text.date()), Optional.of(type), List.of());
  }

  private List<String> recombined(EuroparlText text, SplittableRandom random) {
    List<String> own = text.paragraphs();
    int start = random.nextInt(own.size());
    int length = 1 + random.nextInt(own.size());
    List<String> paragraphs = new ArrayList<>();
    for (int k = 0; k < length; k++) {
      paragraphs.add(own.get((start + k) % own.size()));
    }
    List<EuroparlText> sameLanguage = byLanguage.get(text.language());
    List<String> other = sameLanguage.get(random.nextInt(sameLanguage.size())).paragraphs();
    for (int k = 1 + random.nextInt(2); k > 0; k--) {
      paragraphs.add(other.get(random.nextInt(other.size())));
    }
    return paragraphs;
  }

  private Set<ConceptId> concepts(Community community, SplittableRandom random) {
    int wanted = 1 + weighted(CONCEPT_COUNT_SHARES, random);
    // sorted: the iteration order of an immutable set changes from one JVM run to the next
    List<ConceptId> themes = community.concepts().stream().sorted().toList();
    Set<ConceptId> concepts = new LinkedHashSet<>();
    for (int attempt = 0; concepts.size() < wanted && attempt < 4 * wanted; attempt++) {
      // half the tags follow the community's themes, the rest the taxonomy's popularity
      concepts.add(!themes.isEmpty() && random.nextBoolean()
          ? themes.get(random.nextInt(themes.size()))
          : taggable.get(conceptPopularity.sample(random)));
    }
    return concepts;
  }

  private static ReviewState reviewState(SplittableRandom random) {
    double r = random.nextDouble();
    if (r < PUBLISHED_SHARE) {
      return ReviewState.PUBLISHED;
    }
    ReviewState[] others = {ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.ARCHIVED};
    return others[random.nextInt(others.length)];
  }

  private static String summary(String paragraph) {
    if (paragraph.length() <= SUMMARY_LENGTH) {
      return paragraph;
    }
    int cut = paragraph.lastIndexOf(' ', SUMMARY_LENGTH);
    return paragraph.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + " …";
  }

  private static int weighted(int[] shares, SplittableRandom random) {
    int total = Arrays.stream(shares).sum();
    int r = random.nextInt(total);
    for (int k = 0; k < shares.length; k++) {
      r -= shares[k];
      if (r < 0) {
        return k;
      }
    }
    return shares.length - 1;
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    for (int k = n - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int swap = order[k];
      order[k] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
