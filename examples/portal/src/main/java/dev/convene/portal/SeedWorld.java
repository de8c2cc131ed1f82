package dev.convene.portal;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Branding;
import dev.convene.core.model.Community;
import dev.convene.core.model.Item;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.core.model.UserId;
import dev.convene.core.model.Visibility;
import dev.convene.platform.Convene;
import dev.convene.platform.ItemDraft;
import dev.convene.storage.Storage;
import dev.convene.core.model.ConceptId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The small world the portal shows on its first start, built through Convene's services as a portal
 * would: communities of every privacy and purpose (one a hidden group), people in every standing, and
 * public and members-only documents in English, French and Spanish, one with an attached file; every
 * section of Open Library filled ({@link SeedSections}), a few hundred generated documents ({@link
 * SeedLibrary}), all tagged with themes of a thesaurus ({@link SeedThemes}).
 */
final class SeedWorld {
  /** The slug of the community the demo centres on. */
  static final String LIBRARY = "open-library";
  /**
   * The slug the hidden group, a working group of Cash Transfers, was created with; its own slug
   * ends in random characters ({@link #hiddenSlug}).
   */
  static final String HIDDEN = "task-force";
  /** The hidden group's name, which no outsider may ever read. */
  static final String HIDDEN_NAME = "Task Force Zephyr";
  /** The name of the file attached to the annual report. */
  static final String ATTACHMENT = "résumé annuel 2025.txt";
  /** The slug of Open Library's public working group. */
  static final String DIGITISATION = "digitisation";
  /** The slug of the public community whose new public items the demo shows waiting for curators. */
  static final String CURATED = "climate-lab";
  /** The titles of Climate Lab's public documents that wait for curators where the platform curates. */
  static final List<String> AWAITING_CURATION = List.of("Heat maps of Seville", "Shade trees: a first count");

  private static final Locale FR = Locale.FRENCH;
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final Actor ADA = actor("ada");
  private static final Actor MO = actor("mo");
  private static final Actor MIA = actor("mia");
  private static final Actor BOB = actor("bob");
  private static final Actor RITA = actor("rita");
  private static final Actor PAT = actor("pat");

  private SeedWorld() {}

  /**
   * The hidden group's slug: {@link #HIDDEN} and the random characters Convene adds to a hidden
   * group's slug, read from the store.
   */
  static String hiddenSlug(Convene convene) {
    Community cash = convene.communities().bySlug(ADA, "cash-transfers");
    return convene.communities().workingGroups(ADA, cash.id()).stream().filter(Community::isHidden).findFirst()
        .orElseThrow().slug();
  }

  static boolean isEmpty(Storage storage) {
    return storage.read(tx -> tx.communities().bySlug(LIBRARY)).isEmpty();
  }

  static void seed(Convene convene) {
    Map<String, ConceptId> themes = SeedThemes.load(convene, PAT);
    Community library = convene.communities().create(ADA, LIBRARY, b -> b.name("Open Library")
        .concepts(tags(themes, "Libraries", "Archives"))
        .description("Reports and studies anyone may read.")
        .branding(Branding.none().withColours("#1d4e89", "#f2a541").withWelcome(LocalizedText.of(Locale.ENGLISH,
            "Welcome to the Open Library: our public reports, and briefings for members.")
            .with(FR, "Bienvenue à la bibliothèque ouverte.").with(ES, "Bienvenidos a la biblioteca abierta."))));
    Community climate = convene.communities().create(ADA, "climate-lab", b -> b.name("Climate Lab")
        .description("A public working group on adaptation.").purpose(Purpose.WORKING_GROUP)
        .privacy(Privacy.PUBLIC).joinPolicy(dev.convene.core.model.JoinPolicy.REQUEST)
        .concepts(tags(themes, "Climate change", "Water resources"))
        .branding(Branding.none().withColours("#2e7d32", "#a5d6a7")));
    Community pensions = convene.communities().create(ADA, "pension-reform", b -> b.name("Pension Reform")
        .description("Its profile is public; its documents are for members.").privacy(Privacy.SEMI_PRIVATE)
        .concepts(tags(themes, "Pensions", "Social security")));
    Community cash = convene.communities().create(ADA, "cash-transfers", b -> b.name("Cash Transfers")
        .description("A private working group.").purpose(Purpose.WORKING_GROUP).privacy(Privacy.PRIVATE)
        .concepts(tags(themes, "Poverty", "Social security")));
    Community taskForce = convene.communities().createWorkingGroup(ADA, cash.id(), HIDDEN,
        b -> b.name(HIDDEN_NAME).purpose(Purpose.HIDDEN_GROUP));
    Community digitisation = convene.communities().createWorkingGroup(ADA, library.id(), DIGITISATION,
        b -> b.name("Digitisation group").description("Scans the library's newspapers and maps.")
            .purpose(Purpose.WORKING_GROUP).privacy(Privacy.PUBLIC).concepts(tags(themes, "Archives")));
    Community health = convene.communities().create(ADA, "urban-health", b -> b.name(LocalizedText.of(Locale.ENGLISH,
        "Urban Health").with(FR, "Santé urbaine").with(ES, "Salud urbana"))
        .description("Water, housing and health in growing cities.")
        .concepts(tags(themes, "Public health", "Urban areas", "Water resources"))
        .branding(Branding.none().withColours("#6a1b9a", "#ffb300").withWelcome(LocalizedText.of(Locale.ENGLISH,
            "Welcome: read our guidelines, then join the discussion.").with(FR, "Bienvenue : lisez nos règles.")
            .with(ES, "Bienvenidos: lean nuestras normas."))));
    Community heritage = convene.communities().create(ADA, "heritage-network", b -> b.name("Heritage Network")
        .description("Archives, museums and living heritage; documents for members.").privacy(Privacy.SEMI_PRIVATE)
        .concepts(tags(themes, "Cultural heritage", "Archives", "Migration")));

    for (Community c : new Community[] {library, climate, pensions, cash, health, heritage}) {
      bringIn(convene, c, MIA);
      bringIn(convene, c, MO);
      convene.memberships().changeRole(ADA, c.id(), user(MO), Role.MODERATOR);
    }
    bringIn(convene, taskForce, MO);
    bringIn(convene, digitisation, MIA);
    bringIn(convene, library, BOB);
    convene.memberships().block(ADA, library.id(), user(BOB));
    convene.memberships().request(RITA, pensions.id(), Optional.of("I work on pensions"));

    Item report = publish(convene, library, ADA, ItemDraft.document("Annual report 2025", Locale.ENGLISH,
        Visibility.PUBLIC).summary("What the library did in 2025.").body("Reading rooms, lending and a new archive."));
    convene.content().attach(ADA, report.id(), ATTACHMENT, "text/plain",
        new ByteArrayInputStream("Résumé of the annual report.\n".getBytes(StandardCharsets.UTF_8)));
    publish(convene, library, ADA, ItemDraft.document("Rapport annuel 2025", FR, Visibility.PUBLIC)
        .summary("Ce que la bibliothèque a fait en 2025.").body("Salles de lecture, prêts et nouvelles archives."));
    publish(convene, library, ADA, ItemDraft.document("Informe anual 2025", ES, Visibility.PUBLIC)
        .summary("Lo que hizo la biblioteca en 2025.").body("Salas de lectura, préstamos y un nuevo archivo."));
    publish(convene, library, MO, ItemDraft.document("Members' briefing", Locale.ENGLISH, Visibility.MEMBERS)
        .summary("For members only: the budget for next year.").body("The budget grows for the archive."));
    publish(convene, library, MO, ItemDraft.document("Note aux membres", FR, Visibility.MEMBERS)
        .summary("Réservé aux membres : le budget.").body("Le budget de l'archive augmente."));
    publish(convene, library, MO, ItemDraft.document("Nota para los miembros", ES, Visibility.MEMBERS)
        .summary("Solo para miembros: el presupuesto.").body("El presupuesto del archivo crece."));

    publish(convene, climate, MIA, ItemDraft.document("Adaptation study", Locale.ENGLISH, Visibility.PUBLIC)
        .summary("Heat waves and cities.").body("A study of adaptation in cities."));
    publish(convene, climate, MO, ItemDraft.document("Working notes", Locale.ENGLISH, Visibility.MEMBERS)
        .summary("The group's working notes.").body("Notes for the next meeting."));
    publish(convene, pensions, ADA, ItemDraft.document("Réforme des retraites", FR, Visibility.MEMBERS)
        .summary("Le dossier des membres.").body("Les retraites et leur réforme."));
    publish(convene, pensions, ADA, ItemDraft.document("Pension reform report", Locale.ENGLISH, Visibility.PUBLIC)
        .summary("Only members read documents in a semi-private community.").body("A report on pensions."));
    publish(convene, cash, ADA, ItemDraft.document("Transferencias en efectivo", ES, Visibility.MEMBERS)
        .summary("Un estudio del grupo.").body("Transferencias y hogares."));
    publish(convene, taskForce, MO, ItemDraft.document("Zephyr plan", Locale.ENGLISH, Visibility.MEMBERS)
        .summary("The hidden group's plan.").body("Known only to the task force."));

    SeedSections.seed(convene, library, climate, pensions, MO, MIA);
    Map<Community, List<ConceptId>> shelves = new LinkedHashMap<>();
    shelves.put(climate, themes(themes, "Climate change", "Water resources", "Urban areas"));
    shelves.put(pensions, themes(themes, "Pensions", "Social security", "Employment"));
    shelves.put(cash, themes(themes, "Poverty", "Social security", "Migration"));
    shelves.put(health, themes(themes, "Public health", "Urban areas", "Water resources"));
    shelves.put(heritage, themes(themes, "Cultural heritage", "Archives", "Libraries", "Migration"));
    Map<ConceptId, String> labels = new HashMap<>();
    themes.forEach((label, id) -> labels.put(id, label));
    SeedLibrary.seed(convene, shelves, labels, List.of(MIA, MO));
    // last: once a community has guidelines, its members accept them before they contribute
    SeedSections.guidelines(convene, health, ADA, MIA, MO);
    SeedSections.guidelines(convene, pensions, ADA, MIA, MO);
  }

  /**
   * Mo's public documents in Climate Lab, submitted on a platform that curates public content: they
   * wait for the curators (Cora), for whom no one stands in, not even the community's moderators.
   */
  static void awaitingCuration(Convene convene) {
    Community climate = convene.communities().bySlug(MIA, CURATED);
    List<String> summaries = List.of("Where the city heats most in summer, street by street.",
        "How many trees shade the squares of the old town.");
    for (int i = 0; i < AWAITING_CURATION.size(); i++) {
      Item item = publish(convene, climate, MO, ItemDraft.document(AWAITING_CURATION.get(i), Locale.ENGLISH,
          Visibility.PUBLIC).summary(summaries.get(i)).body(summaries.get(i))
          .concepts(climate.concepts().toArray(ConceptId[]::new)));
      if (item.reviewState() != dev.convene.core.model.ReviewState.SUBMITTED) {
        throw new IllegalStateException("a public item of " + CURATED + " was not held for curators: "
            + item.reviewState());
      }
    }
  }

  private static Set<ConceptId> tags(Map<String, ConceptId> themes, String... labels) {
    return Set.copyOf(themes(themes, labels));
  }

  private static List<ConceptId> themes(Map<String, ConceptId> themes, String... labels) {
    return Arrays.stream(labels).map(themes::get).toList();
  }

  private static Item publish(Convene convene, Community community, Actor author, ItemDraft draft) {
    Item item = convene.content().create(author, community.id(), draft);
    return convene.content().submitOrPublish(author, item.id());
  }

  /** Gets someone in the way the community allows: join, ask and be approved, or be invited. */
  private static void bringIn(Convene convene, Community community, Actor actor) {
    switch (community.joinPolicy()) {
      case OPEN -> convene.memberships().join(actor, community.id());
      case REQUEST -> {
        convene.memberships().request(actor, community.id(), Optional.empty());
        convene.memberships().approve(ADA, community.id(), user(actor));
      }
      case INVITATION -> {
        convene.memberships().invite(ADA, community.id(), user(actor), Optional.empty());
        convene.memberships().accept(actor, community.id());
      }
    }
  }

  private static Actor actor(String key) {
    return DemoUser.byKey(key).orElseThrow().actor();
  }

  private static UserId user(Actor actor) {
    return actor.user().orElseThrow();
  }
}
