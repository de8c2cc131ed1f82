package dev.convene.search;

import dev.convene.core.model.Actor;
import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Membership;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.AccessPolicy;
import dev.convene.core.policy.Action;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.storage.CommunityQuery;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.PageRequest;
import dev.convene.storage.Storage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The brute-force answer to a search: load everything, keep what {@link AccessPolicy} lets the actor
 * see (VIEW_ITEM, VIEW_COMMUNITY), match the query by hand and count facets by hand, with each
 * concept's ancestors from the taxonomy. Only query shapes whose matching is decidable exactly are
 * asked of it: words no analyzer changes, phrases of them, prefixes, exclusions.
 */
final class Oracle {
  /** A document as the oracle sees it. */
  record Doc(String key, String type, CommunityId community, Set<String> languages, Set<ConceptId> concepts,
      Optional<Instant> date, Map<String, List<List<String>>> textsByAnalysis, boolean item) {}

  /** What the search must answer. */
  record Expected(Set<String> hits, Map<FacetDimension, Map<String, Long>> facets) {}

  private final AccessPolicy policy;
  private final Taxonomy taxonomy;
  private final Map<CommunityId, Community> communities = new HashMap<>();
  private final List<Item> items;
  private final Map<String, Map<CommunityId, Membership>> memberships = new HashMap<>();
  private final Instant now;

  Oracle(Storage storage, AccessPolicy policy, Instant now) {
    this.policy = policy;
    this.now = now;
    this.taxonomy = storage.read(tx -> tx.taxonomy().current().taxonomy());
    storage.read(tx -> tx.communities().list(CommunityQuery.all(), PageRequest.first(1000))).items()
        .forEach(c -> communities.put(c.id(), c));
    this.items = storage.read(tx -> tx.items().list(ItemQuery.all(), PageRequest.first(1000))).items();
    storage.read(tx -> {
      for (Community c : communities.values()) {
        for (Membership m : tx.memberships().all(c.id())) {
          memberships.computeIfAbsent(m.user().value(), u -> new HashMap<>()).put(c.id(), m);
        }
      }
      return null;
    });
  }

  private AccessContext context(Actor actor, Community community) {
    Optional<Community> parent = community.parent().map(communities::get);
    Map<CommunityId, Membership> mine = actor.user().map(u -> memberships.getOrDefault(u.value(), Map.of()))
        .orElse(Map.of());
    AccessContext context = parent.map(p -> AccessContext.of(community, p, now))
        .orElseGet(() -> AccessContext.of(community, now)).withMembership(Optional.ofNullable(mine.get(community.id())));
    return parent.isEmpty() ? context
        : context.withParentMembership(Optional.ofNullable(mine.get(parent.get().id())));
  }

  /** Every document the actor may see, regardless of the query. */
  List<Doc> visible(Actor actor, SearchRequest request) {
    List<Doc> docs = new ArrayList<>();
    for (Item item : items) {
      Community community = communities.get(item.community());
      if (request.reviewStates().contains(item.reviewState())
          && policy.decide(actor, Action.VIEW_ITEM, context(actor, community).withItem(item)).isAllowed()) {
        docs.add(doc(item));
      }
    }
    for (Community community : communities.values()) {
      if (policy.decide(actor, Action.VIEW_COMMUNITY, context(actor, community)).isAllowed()) {
        docs.add(doc(community));
      }
    }
    return docs;
  }

  Expected expect(Actor actor, SearchRequest request) {
    List<Doc> base = new ArrayList<>();
    for (Doc doc : visible(actor, request)) {
      if (filters(doc, request) && text(doc, request)) {
        base.add(doc);
      }
    }
    Set<String> hits = new HashSet<>();
    Map<FacetDimension, Map<String, Long>> facets = new HashMap<>();
    request.facets().forEach(f -> facets.put(f, new HashMap<>()));
    for (Doc doc : base) {
      List<FacetDimension> missed = request.drillDowns().keySet().stream()
          .filter(d -> !drills(doc, d, request.drillDowns().get(d))).toList();
      if (missed.isEmpty()) {
        hits.add(doc.key());
        request.facets().forEach(f -> count(doc, f, facets.get(f)));
      } else if (missed.size() == 1 && facets.containsKey(missed.get(0))) {
        count(doc, missed.get(0), facets.get(missed.get(0)));
      }
    }
    return new Expected(hits, facets);
  }

  private boolean filters(Doc doc, SearchRequest request) {
    if (doc.item() ? !request.kinds().contains(HitKind.ITEM)
        : !request.kinds().contains(HitKind.COMMUNITY) || !request.itemTypes().isEmpty()
            || request.from().isPresent() || request.to().isPresent()) {
      return false;
    }
    if (!request.concepts().isEmpty()) {
      Set<ConceptId> wanted = new HashSet<>(request.concepts());
      if (request.includeNarrower()) {
        request.concepts().forEach(c -> wanted.addAll(descendants(c)));
      }
      if (doc.concepts().stream().noneMatch(wanted::contains)) {
        return false;
      }
    }
    if (!request.communities().isEmpty() && !request.communities().contains(doc.community())) {
      return false;
    }
    if (!request.itemTypes().isEmpty()
        && request.itemTypes().stream().noneMatch(t -> t.name().toLowerCase(Locale.ROOT).equals(doc.type()))) {
      return false;
    }
    if (!request.languages().isEmpty()
        && request.languages().stream().noneMatch(l -> doc.languages().contains(l.getLanguage()))) {
      return false;
    }
    Instant date = doc.date().orElse(null);
    return (request.from().isEmpty() || date != null && !date.isBefore(request.from().get()))
        && (request.to().isEmpty() || date != null && date.isBefore(request.to().get()));
  }

  /** Whether the text matches: every required word, phrase or prefix in one searched language. */
  private boolean text(Doc doc, SearchRequest request) {
    List<String> tokens = Arrays.stream(request.text().trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    List<String> required = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    String phrase = null;
    if (request.text().startsWith("\"")) {
      phrase = request.text().substring(1, request.text().length() - 1);
    } else {
      tokens.forEach(t -> (t.startsWith("-") ? excluded : required).add(t.replaceFirst("^[-+]", "")));
    }
    Set<String> analyses = new HashSet<>(request.languages().isEmpty() ? List.of("en", "fr", "es", "std")
        : request.languages().stream().map(Oracle::analysis).toList());
    List<List<List<String>>> searched = doc.textsByAnalysis().entrySet().stream()
        .filter(e -> analyses.contains(e.getKey())).map(Map.Entry::getValue).toList();
    for (String word : excluded) {
      if (searched.stream().anyMatch(fields -> fields.stream().anyMatch(f -> has(f, word)))) {
        return false;
      }
    }
    if (phrase != null) {
      List<String> words = List.of(phrase.split(" "));
      boolean inText = searched.stream().anyMatch(fields -> fields.stream().anyMatch(f -> adjacent(f, words)));
      return inText || tagged(doc, phrase);
    }
    if (required.isEmpty()) {
      return true;
    }
    boolean inText = searched.stream().anyMatch(fields -> required.stream()
        .allMatch(word -> fields.stream().anyMatch(f -> has(f, word))));
    String whole = String.join(" ", required.stream().filter(w -> !w.endsWith("*")).toList());
    return inText || !whole.isEmpty() && tagged(doc, whole);
  }

  private boolean tagged(Doc doc, String label) {
    Set<ConceptId> wanted = new HashSet<>();
    for (Concept concept : taxonomy.findByLabel(label)) {
      wanted.add(concept.id());
      wanted.addAll(descendants(concept.id()));
    }
    return doc.concepts().stream().anyMatch(wanted::contains);
  }

  private static boolean has(List<String> field, String word) {
    if (word.endsWith("*")) {
      String prefix = word.substring(0, word.length() - 1);
      return field.stream().anyMatch(t -> t.startsWith(prefix));
    }
    return field.contains(word);
  }

  private static boolean adjacent(List<String> field, List<String> words) {
    for (int i = 0; i + words.size() <= field.size(); i++) {
      if (field.subList(i, i + words.size()).equals(words)) {
        return true;
      }
    }
    return false;
  }

  private boolean drills(Doc doc, FacetDimension dimension, Set<String> values) {
    return switch (dimension.kind()) {
      case TYPE -> values.contains(doc.type());
      case LANGUAGE -> doc.languages().stream().anyMatch(values::contains);
      case COMMUNITY -> values.contains(doc.community().value());
      case YEAR -> doc.date().map(d -> values.contains(Integer.toString(d.atOffset(ZoneOffset.UTC).getYear())))
          .orElse(false);
      case CONCEPTS -> values.stream().anyMatch(v -> {
        Set<ConceptId> wanted = new HashSet<>(descendants(ConceptId.of(v)));
        wanted.add(ConceptId.of(v));
        return doc.concepts().stream().anyMatch(wanted::contains);
      });
    };
  }

  private void count(Doc doc, FacetDimension dimension, Map<String, Long> counts) {
    Set<String> values = new HashSet<>();
    switch (dimension.kind()) {
      case TYPE -> values.add(doc.type());
      case LANGUAGE -> values.addAll(doc.languages());
      case COMMUNITY -> values.add(doc.community().value());
      case YEAR -> doc.date().ifPresent(d -> values.add(Integer.toString(d.atOffset(ZoneOffset.UTC).getYear())));
      case CONCEPTS -> {
        for (ConceptId id : doc.concepts()) {
          Optional<Concept> concept = taxonomy.concept(id);
          if (concept.isPresent() && concept.get().scheme().equals(dimension.scheme().orElseThrow())) {
            values.add(id.value());
            taxonomy.ancestors(id).forEach(a -> values.add(a.id().value()));
          }
        }
      }
    }
    values.forEach(v -> counts.merge(v, 1L, Long::sum));
  }

  private Set<ConceptId> descendants(ConceptId id) {
    Set<ConceptId> ids = new HashSet<>();
    if (taxonomy.concept(id).isPresent()) {
      taxonomy.descendants(id).forEach(d -> ids.add(d.id()));
    }
    return ids;
  }

  static String analysis(Locale language) {
    return List.of("en", "fr", "es").contains(language.getLanguage()) ? language.getLanguage() : "std";
  }

  private static List<String> tokens(String text) {
    return Arrays.stream(text.trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
  }

  private static Doc doc(Item item) {
    List<String> bodies = switch (item) {
      case Document d -> List.of(d.summary());
      case Event e -> List.of(e.description());
      case Announcement a -> List.of(a.body());
      case Discussion d -> {
        // a hidden reply is read by moderators only, so its words are searchable by nobody
        List<String> all = new ArrayList<>(List.of(d.body()));
        d.replies().stream().filter(r -> !r.hidden()).forEach(r -> all.add(r.body()));
        yield all;
      }
      case Poll p -> {
        List<String> all = new ArrayList<>(List.of(p.description()));
        p.options().forEach(o -> all.add(o.text()));
        yield all;
      }
    };
    List<List<String>> fields = new ArrayList<>(List.of(tokens(item.title())));
    bodies.forEach(b -> fields.add(tokens(b)));
    Map<String, List<List<String>>> texts = Map.of(analysis(item.language()), fields);
    return new Doc("i:" + item.id(), item.type().name().toLowerCase(Locale.ROOT), item.community(),
        Set.of(item.language().getLanguage()), item.concepts(), Optional.of(item.created()), texts, true);
  }

  private static Doc doc(Community community) {
    Map<String, List<List<String>>> texts = new HashMap<>();
    Set<String> languages = new HashSet<>();
    community.name().values().forEach((language, text) -> {
      texts.computeIfAbsent(analysis(language), a -> new ArrayList<>()).add(tokens(text));
      languages.add(language.getLanguage());
    });
    community.description().values().forEach((language, text) -> {
      texts.computeIfAbsent(analysis(language), a -> new ArrayList<>()).add(tokens(text));
      languages.add(language.getLanguage());
    });
    return new Doc("c:" + community.id(), "community", community.id(), languages, community.concepts(),
        Optional.empty(), texts, false);
  }
}
