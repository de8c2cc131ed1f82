package dev.convene.portal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The bulk of the seeded world's documents: a few hundred, in English, French and Spanish, made from
 * small phrase lists with a fixed seed, so that every start builds the same library and search and
 * its facets have something to count. Each is tagged with one of its community's themes.
 */
final class SeedLibrary {
  /** How many documents are generated. */
  static final int DOCUMENTS = 300;
  /** The seed of the generator: the same world on every first start. */
  static final long SEED = 20_261_203L;

  private static final Locale ES = Locale.forLanguageTag("es");
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, ES);

  /** What each theme is about, in each language, as the words of a title. */
  private static final Map<String, List<String>> TOPICS = Map.ofEntries(
      Map.entry("Climate change", List.of("heat waves and adaptation", "vagues de chaleur et adaptation",
          "olas de calor y adaptación")),
      Map.entry("Libraries", List.of("public reading rooms", "salles de lecture publiques", "salas de lectura públicas")),
      Map.entry("Archives", List.of("municipal archives", "archives municipales", "archivos municipales")),
      Map.entry("Social security", List.of("social insurance coverage", "couverture de l'assurance sociale",
          "cobertura del seguro social")),
      Map.entry("Pensions", List.of("pension adequacy", "niveau des pensions", "suficiencia de las pensiones")),
      Map.entry("Poverty", List.of("household poverty", "pauvreté des ménages", "pobreza de los hogares")),
      Map.entry("Water resources", List.of("drinking water supply", "approvisionnement en eau potable",
          "abastecimiento de agua potable")),
      Map.entry("Public health", List.of("primary health care", "soins de santé primaires", "atención primaria de salud")),
      Map.entry("Urban areas", List.of("informal settlements", "quartiers informels", "asentamientos informales")),
      Map.entry("Migration", List.of("seasonal migration", "migrations saisonnières", "migración estacional")),
      Map.entry("Employment", List.of("youth employment", "emploi des jeunes", "empleo juvenil")),
      Map.entry("Cultural heritage", List.of("living heritage", "patrimoine vivant", "patrimonio vivo")));

  private static final List<List<String>> KINDS = List.of(
      List.of("Study", "Policy brief", "Field report", "Working paper", "Review of evidence"),
      List.of("Étude", "Note de synthèse", "Rapport de terrain", "Document de travail", "Revue des données"),
      List.of("Estudio", "Nota de política", "Informe de campo", "Documento de trabajo", "Revisión de la evidencia"));
  private static final List<List<String>> PLACES = List.of(
      List.of("in coastal cities", "in rural districts", "across the region", "in mountain villages",
          "in the capital"),
      List.of("dans les villes côtières", "dans les districts ruraux", "dans toute la région",
          "dans les villages de montagne", "dans la capitale"),
      List.of("en las ciudades costeras", "en los distritos rurales", "en toda la región",
          "en los pueblos de montaña", "en la capital"));
  private static final List<List<String>> FINDINGS = List.of(
      List.of("Costs fell where local groups took part.", "Coverage grew fastest among women.",
          "Data remain scarce and uneven.", "Pilots worked best with steady funding.",
          "Officials asked for clearer rules."),
      List.of("Les coûts ont baissé là où les groupes locaux ont participé.",
          "La couverture a surtout progressé chez les femmes.", "Les données restent rares et inégales.",
          "Les projets pilotes ont réussi avec un financement stable.", "Les agents ont demandé des règles plus claires."),
      List.of("Los costos bajaron donde participaron los grupos locales.",
          "La cobertura creció sobre todo entre las mujeres.", "Los datos siguen siendo escasos y desiguales.",
          "Los proyectos piloto funcionaron mejor con financiación estable.",
          "Los funcionarios pidieron reglas más claras."));
  private static final List<String> INTRO = List.of("This %s looks at %s %s.", "Ce document (%s) examine : %s %s.",
      "Este documento (%s) trata de %s %s.");

  private SeedLibrary() {}

  /**
   * Publishes {@link #DOCUMENTS} documents in {@code shelves}, each community with the themes its
   * documents take, written by {@code authors} in turn (each an active member of every shelf).
   */
  static void seed(Convene convene, Map<Community, List<ConceptId>> shelves, Map<ConceptId, String> labels,
      List<Actor> authors) {
    Random random = new Random(SEED);
    List<Community> communities = List.copyOf(shelves.keySet());
    for (int n = 0; n < DOCUMENTS; n++) {
      Community community = communities.get(n % communities.size());
      List<ConceptId> themes = shelves.get(community);
      ConceptId theme = themes.get(random.nextInt(themes.size()));
      int lang = random.nextInt(LANGUAGES.size());
      String topic = TOPICS.get(labels.get(theme)).get(lang);
      String kind = pick(random, KINDS.get(lang));
      String place = pick(random, PLACES.get(lang));
      String title = kind + ": " + topic + " " + place;
      String summary = INTRO.get(lang).formatted(kind.toLowerCase(LANGUAGES.get(lang)), topic, place);
      String body = summary + " " + pick(random, FINDINGS.get(lang)) + " " + pick(random, FINDINGS.get(lang));
      Visibility visibility = random.nextInt(10) < 7 ? Visibility.PUBLIC : Visibility.MEMBERS;
      Actor author = authors.get(n % authors.size());
      var draft = ItemDraft.document(title, LANGUAGES.get(lang), visibility).summary(summary).body(body)
          .concepts(theme);
      var item = convene.content().create(author, community.id(), draft);
      convene.content().submitOrPublish(author, item.id());
    }
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
