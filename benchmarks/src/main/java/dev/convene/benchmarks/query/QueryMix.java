package dev.convene.benchmarks.query;

import dev.convene.benchmarks.corpus.EuroparlText;
import dev.convene.benchmarks.corpus.Vocabulary;
import dev.convene.benchmarks.corpus.Words;
import dev.convene.benchmarks.corpus.World;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.SchemeId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.ConceptScheme;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded mix of distinct queries drawn from the world: words and phrases of the corpus in the
 * proportions a multilingual portal might see (English 40 %, French and Spanish 20 % each, the other
 * languages the rest), concepts that documents are actually tagged with, and each class's share of
 * {@link QueryClass}. The same world, count and seed give the same mix.
 */
public final class QueryMix {
  private final World world;
  private final SplittableRandom random;
  private final List<String> otherLanguages;

  private QueryMix(World world, long seed) {
    this.world = world;
    this.random = new SplittableRandom(seed * 31 + 7);
    this.otherLanguages = world.vocabulary().languages().stream()
        .filter(l -> !List.of("en", "fr", "es").contains(l)).toList();
  }

  /**
   * {@code count} distinct queries, the classes shuffled together.
   *
   * @throws IllegalStateException if the world is too small to give that many distinct queries
   */
  public static List<BenchQuery> generate(World world, int count, long seed) {
    return new QueryMix(world, seed).queries(count);
  }

  private List<BenchQuery> queries(int count) {
    List<QueryClass> kinds = new ArrayList<>();
    for (QueryClass kind : QueryClass.values()) {
      kinds.addAll(Collections.nCopies((int) Math.round(count * kind.share() / 100.0), kind));
    }
    while (kinds.size() < count) {
      kinds.add(QueryClass.TERM);
    }
    Collections.shuffle(kinds.subList(0, count), random);
    Map<String, BenchQuery> distinct = new LinkedHashMap<>();
    for (int n = 0, attempts = 0; n < count; attempts++) {
      if (attempts > 100 * count) {
        throw new IllegalStateException("cannot find " + count + " distinct queries in this world");
      }
      BenchQuery query = query(n, kinds.get(n));
      String key = query.kind() + "|" + query.text() + "|" + query.concept() + "|" + query.facetScheme();
      if (distinct.putIfAbsent(key, query) == null) {
        n++;
      }
    }
    return List.copyOf(distinct.values());
  }

  private BenchQuery query(int number, QueryClass kind) {
    Vocabulary words = world.vocabulary();
    String language = language();
    return switch (kind) {
      case TERM -> text(number, kind, words.word(random, language, 20, 3_000));
      case BOOLEAN -> text(number, kind, booleanText(language));
      case PHRASE -> text(number, kind, "\"" + phrase(language) + "\"");
      case DRILL_DOWN -> concept(number, kind, words.word(random, language, 0, 300), concept());
      case BROWSE -> random.nextInt(4) == 0
          ? new BenchQuery(number, kind, "", Optional.empty(), scheme(), BenchQuery.TOP)
          : concept(number, kind, "", concept());
    };
  }

  private BenchQuery text(int number, QueryClass kind, String text) {
    return new BenchQuery(number, kind, text, Optional.empty(), scheme(), BenchQuery.TOP);
  }

  private BenchQuery concept(int number, QueryClass kind, String text, Concept concept) {
    return new BenchQuery(number, kind, text, Optional.of(concept.id()), concept.scheme(), BenchQuery.TOP);
  }

  private String booleanText(String language) {
    Vocabulary words = world.vocabulary();
    String a = words.word(random, language, 10, 1_500);
    String b = words.word(random, language, 10, 1_500);
    return switch (random.nextInt(3)) {
      case 0 -> "+" + a + " +" + b;
      case 1 -> a + " " + b + " " + words.word(random, language, 100, 5_000);
      default -> "+" + a + " -" + b;
    };
  }

  /** Two adjacent content words of a random paragraph in {@code language}. */
  private String phrase(String language) {
    List<EuroparlText> texts = world.corpus().texts();
    while (true) {
      EuroparlText text = texts.get(random.nextInt(texts.size()));
      if (!text.language().toLanguageTag().equals(language)) {
        continue;
      }
      List<String> tokens = Words.lowerCase(text.paragraphs().get(random.nextInt(text.paragraphs().size())), 400);
      for (int i = tokens.isEmpty() ? 0 : random.nextInt(tokens.size()); i + 1 < tokens.size(); i++) {
        if (Words.isContentWord(tokens.get(i)) && Words.isContentWord(tokens.get(i + 1))) {
          return tokens.get(i) + " " + tokens.get(i + 1);
        }
      }
    }
  }

  /** A concept documents are tagged with: a community's theme or, half the time, a broader concept of it. */
  private Concept concept() {
    Taxonomy taxonomy = world.taxonomy();
    Community community = world.communities().get(world.communitySizes().sample(random));
    List<ConceptId> themes = community.concepts().stream().sorted().toList();
    Concept theme = taxonomy.require(themes.get(random.nextInt(themes.size())));
    List<Concept> ancestors = taxonomy.ancestors(theme.id());
    return ancestors.isEmpty() || random.nextBoolean() ? theme : ancestors.get(random.nextInt(ancestors.size()));
  }

  private SchemeId scheme() {
    List<ConceptScheme> schemes = world.taxonomy().schemes();
    return schemes.get(random.nextInt(schemes.size())).id();
  }

  private String language() {
    int r = random.nextInt(100);
    if (r < 40 || otherLanguages.isEmpty() && r >= 80) {
      return "en";
    }
    if (r < 80) {
      return r < 60 ? "fr" : "es";
    }
    return otherLanguages.get(random.nextInt(otherLanguages.size()));
  }
}
