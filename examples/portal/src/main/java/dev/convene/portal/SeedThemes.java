package dev.convene.portal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.ConceptId;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import dev.convene.skos.SkosFormat;
import dev.convene.skos.SkosOptions;
import dev.convene.skos.SkosReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seeded world's themes: concepts of the UNESCO Thesaurus when its Turtle file lies beside the
 * repository ({@code shared/data/unesco-thesaurus.ttl} in a parent folder, or the file named by the
 * system property {@code portal.thesaurus}), of a small bundled taxonomy otherwise. Either way the
 * themes are found by their English labels, which both vocabularies share.
 */
final class SeedThemes {
  private static final Logger LOG = LoggerFactory.getLogger(SeedThemes.class);
  private static final String UNESCO = "shared/data/unesco-thesaurus.ttl";
  private static final String BUNDLED = "/seed/themes.ttl";
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

  /** The English labels of the themes, as both vocabularies spell them. */
  static final List<String> LABELS = List.of("Climate change", "Libraries", "Archives", "Social security",
      "Pensions", "Poverty", "Water resources", "Public health", "Urban areas", "Migration", "Employment",
      "Cultural heritage");

  private SeedThemes() {}

  /**
   * Imports the themes and their broader concepts as {@code admin}, and returns the themes by English
   * label. Only that part of the vocabulary is kept: the whole thesaurus, 4,420 concepts, would be
   * read back from the database each time an item's concepts are checked, and the seed would take
   * minutes instead of seconds.
   */
  static Map<String, ConceptId> load(Convene convene, Actor admin) {
    SkosReader reader = SkosReader.create(SkosOptions.defaults().withLanguages(LANGUAGES.toArray(Locale[]::new)));
    Optional<Path> unesco = thesaurus();
    Taxonomy read;
    if (unesco.isPresent()) {
      read = reader.read(unesco.get()).taxonomy();
      LOG.info("The seeded world's themes come from the UNESCO Thesaurus in {}", unesco.get());
    } else {
      try (InputStream in = SeedThemes.class.getResourceAsStream(BUNDLED)) {
        read = reader.read(in, SkosFormat.TURTLE, URI.create("https://convene.example/portal/themes")).taxonomy();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      LOG.info("The seeded world's themes come from the portal's bundled taxonomy");
    }
    Map<String, ConceptId> themes = new LinkedHashMap<>();
    Set<ConceptId> kept = new HashSet<>();
    for (String label : LABELS) {
      ConceptId theme = find(read, label);
      themes.put(label, theme);
      kept.add(theme);
      read.ancestors(theme).forEach(c -> kept.add(c.id()));
    }
    List<Concept> concepts = read.concepts().stream().filter(c -> kept.contains(c.id()))
        .map(c -> c.withBroader(only(c.broader(), kept)).withRelated(only(c.related(), kept))).toList();
    convene.taxonomy().merge(admin, Taxonomy.builder().schemes(read.schemes()).concepts(concepts).build());
    return themes;
  }

  private static ConceptId find(Taxonomy taxonomy, String label) {
    // the preferred label first; the thesaurus has some of the themes as another concept's alternative label
    List<Concept> found = taxonomy.findByLabel(label, Locale.ENGLISH).stream().filter(c -> !c.deprecated())
        .sorted(Comparator.comparing(c -> !label.equals(c.prefLabels().resolve(Locale.ENGLISH).orElse(""))))
        .toList();
    if (found.isEmpty()) {
      throw new IllegalStateException("no concept labelled " + label);
    }
    return found.getFirst().id();
  }

  private static Set<ConceptId> only(Set<ConceptId> ids, Set<ConceptId> kept) {
    Set<ConceptId> out = new HashSet<>(ids);
    out.retainAll(kept);
    return out;
  }

  /** The UNESCO Thesaurus file, if one lies where the repository's reference data is kept. */
  static Optional<Path> thesaurus() {
    String named = System.getProperty("portal.thesaurus", "");
    if (!named.isBlank()) {
      return Optional.of(Path.of(named)).filter(Files::isReadable);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(UNESCO);
      if (Files.isReadable(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }
}
