package dev.convene.search.internal;

import dev.convene.core.model.Announcement;
import dev.convene.core.model.Community;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.Poll;
import dev.convene.core.model.PollOption;
import dev.convene.core.model.Reply;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns items and communities into Lucene documents. An item's text goes to the fields of its
 * language; a community's name and description to the fields of each language they are written in.
 * Only ids and declared values are indexed: effective visibility, labels and the hierarchy of
 * concepts are applied at query time.
 */
public final class DocumentMapper {
  private static final FieldType TEXT = textType();

  private DocumentMapper() {}

  /** The document of an item. */
  public static org.apache.lucene.document.Document item(Item item) {
    var doc = new org.apache.lucene.document.Document();
    keyed(doc, Fields.itemKey(item.id().value()), Fields.ITEM_KIND, Fields.type(item.type()), item.community().value());
    doc.add(new StringField(Fields.CELL, Fields.cell(item.type(), item.reviewState(), item.visibility()),
        Field.Store.NO));
    if (item instanceof Announcement announcement) {
      announcement.expires().ifPresent(at -> doc.add(new LongPoint(Fields.EXPIRES, at.toEpochMilli())));
    }
    doc.add(new StringField(Fields.AUTHOR, item.author().value(), Field.Store.NO));
    doc.add(new StoredField(Fields.TITLE, item.title()));
    String analysis = Fields.analysis(item.language());
    doc.add(new Field(Fields.titleField(analysis), item.title(), TEXT));
    // each text its own value: a phrase never runs from one text (a reply, an option) into the next
    for (String body : bodyOf(item)) {
      if (!body.isBlank()) {
        doc.add(new Field(Fields.bodyField(analysis), body, TEXT));
      }
    }
    languages(doc, Set.of(item.language()));
    concepts(doc, item.concepts());
    long date = dateOf(item).toEpochMilli();
    doc.add(new LongPoint(Fields.DATE, date));
    doc.add(new NumericDocValuesField(Fields.DATE, date));
    doc.add(new StoredField(Fields.DATE, date));
    doc.add(new NumericDocValuesField(Fields.YEAR, dateOf(item).atOffset(ZoneOffset.UTC).getYear()));
    return doc;
  }

  /** The document of a community: its names and descriptions in every language they have. */
  public static org.apache.lucene.document.Document community(Community community) {
    var doc = new org.apache.lucene.document.Document();
    keyed(doc, Fields.communityKey(community.id().value()), Fields.COMMUNITY_KIND, Fields.COMMUNITY_KIND,
        community.id().value());
    for (Map.Entry<Locale, String> name : community.name().values().entrySet()) {
      doc.add(new Field(Fields.titleField(Fields.analysis(name.getKey())), name.getValue(), TEXT));
    }
    for (Map.Entry<Locale, String> text : community.description().values().entrySet()) {
      doc.add(new Field(Fields.bodyField(Fields.analysis(text.getKey())), text.getValue(), TEXT));
    }
    Set<Locale> languages = new java.util.HashSet<>(community.name().values().keySet());
    languages.addAll(community.description().values().keySet());
    languages(doc, languages);
    concepts(doc, community.concepts());
    return doc;
  }

  /**
   * The date an item is sorted and filtered by: an event's start, a document's publication date
   * (at the start of that day, UTC) or else its creation, and every other item's creation.
   */
  public static Instant dateOf(Item item) {
    return switch (item) {
      case Event e -> e.start();
      case Document d -> d.publicationDate().map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant())
          .orElse(d.created());
      default -> item.created();
    };
  }

  private static List<String> bodyOf(Item item) {
    return switch (item) {
      case Document d -> List.of(d.summary(), d.body());
      case Event e -> List.of(e.description());
      case Announcement a -> List.of(a.body());
      case Discussion d -> {
        List<String> texts = new ArrayList<>();
        texts.add(d.body());
        // hidden replies are not searchable: only moderators may read them
        d.replies().stream().filter(r -> !r.hidden()).map(Reply::body).forEach(texts::add);
        yield texts;
      }
      case Poll p -> {
        // the question is the title; what the poll offers is searchable, who voted for what is not indexed
        List<String> texts = new ArrayList<>();
        texts.add(p.description());
        p.options().stream().map(PollOption::text).forEach(texts::add);
        yield texts;
      }
    };
  }

  private static void keyed(org.apache.lucene.document.Document doc, String key, String kind, String type,
      String community) {
    doc.add(new StringField(Fields.KEY, key, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
    doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
    doc.add(new StringField(Fields.TYPE, type, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.TYPE, new BytesRef(type)));
    doc.add(new StringField(Fields.COMMUNITY, community, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.COMMUNITY, new BytesRef(community)));
  }

  private static void languages(org.apache.lucene.document.Document doc, Set<Locale> languages) {
    Set<String> tags = new TreeSet<>();
    languages.forEach(language -> tags.add(language.getLanguage()));
    for (String tag : tags) {
      doc.add(new StringField(Fields.LANGUAGE, tag, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(Fields.LANGUAGE, new BytesRef(tag)));
    }
  }

  private static void concepts(org.apache.lucene.document.Document doc, Set<ConceptId> concepts) {
    for (ConceptId concept : new TreeSet<>(concepts)) {
      doc.add(new StringField(Fields.CONCEPT, concept.value(), Field.Store.YES));
      doc.add(new SortedSetDocValuesField(Fields.CONCEPT, new BytesRef(concept.value())));
    }
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
