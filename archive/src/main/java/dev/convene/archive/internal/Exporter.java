package dev.convene.archive.internal;

import dev.convene.archive.ArchiveCounts;
import dev.convene.archive.ArchiveFormat;
import dev.convene.archive.ExportOptions;
import dev.convene.archive.ExportReport;
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.Poll;
import dev.convene.core.policy.Action;
import dev.convene.core.taxonomy.Concept;
import dev.convene.core.taxonomy.Taxonomy;
import dev.convene.platform.Convene;
import dev.convene.storage.AuditAction;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.MemberQuery;
import dev.convene.storage.Storage;
import dev.convene.storage.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a community (and its working groups) as an archive, entry after entry; the large listings
 * are read from the store a page at a time and written line by line, so that memory stays flat
 * whatever the community's size. Only the set of concept ids and of content hashes grows with it.
 */
public final class Exporter {
  private final Convene convene;

  public Exporter(Convene convene) {
    this.convene = convene;
  }

  /** Checks access, writes the archive to {@code out} (left open) and audits the export. */
  public ExportReport export(Actor actor, CommunityId id, ExportOptions options, OutputStream out) {
    Community root = exportable(actor, id);
    List<Community> communities = new ArrayList<>(List.of(root));
    if (options.workingGroups()) {
      // a working group the actor may not administer is left out, as if it did not exist
      storage().read(tx -> tx.communities().workingGroups(id)).stream()
          .filter(group -> convene.decide(actor, Action.VIEW_AUDIT, group.id()).isAllowed())
          .forEach(communities::add);
    }
    Instant exportedAt = convene.clock().instant();
    ArchiveCounts counts;
    try {
      ZipOutputStream zip = new ZipOutputStream(out);
      counts = new Writing(zip, exportedAt).write(communities);
      entry(zip, Entries.MANIFEST, exportedAt, g -> new Manifest(ArchiveFormat.VERSION, producer(), exportedAt, id,
          root.slug(), options.workingGroups(), counts).write(g));
      zip.finish();
      zip.flush();
    } catch (IOException | UncheckedIOException | JacksonException e) {
      throw new ConveneException("archive.write-failed", Map.of(),
          "cannot write the archive of community " + id + ": " + e.getMessage(), e);
    }
    storage().useTransaction(tx -> tx.audit().append(AuditEntry.of(convene.clock().instant(), actor.user(), id,
        AuditAction.COMMUNITY_EXPORTED, "community " + id).withChange(Optional.empty(),
        Optional.of("archive format " + ArchiveFormat.VERSION + ", " + counts.items() + " items"))));
    return new ExportReport(id, root.slug(), exportedAt, counts);
  }

  /**
   * The community, if the actor may export it: its admins and platform admins may, as they may read
   * its audit log; to anyone else it is refused as the platform refuses that.
   */
  private Community exportable(Actor actor, CommunityId id) {
    convene.decide(actor, Action.VIEW_AUDIT, id).orThrow("community " + id);
    return storage().read(tx -> tx.communities().get(id))
        .orElseThrow(() -> new NotFoundException("community " + id + " not found"));
  }

  private static String producer() {
    String version = Exporter.class.getPackage().getImplementationVersion();
    return "Convene" + (version == null ? "" : " " + version);
  }

  private Storage storage() {
    return convene.storage();
  }

  static void entry(ZipOutputStream zip, String name, Instant at, Consumer<JsonGenerator> write) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(at.toEpochMilli());
    zip.putNextEntry(entry);
    try (JsonGenerator g = Json.generator(zip)) {
      write.accept(g);
    }
    zip.closeEntry();
  }

  /** One export under way, counting what it writes. */
  private final class Writing {
    private final ZipOutputStream zip;
    private final Instant at;
    private final SortedSet<ConceptId> concepts = new TreeSet<>();
    private final SortedSet<String> blobs = new TreeSet<>();
    private final List<ItemId> polls = new ArrayList<>();
    private long memberships;
    private long items;
    private long replies;
    private long attachments;
    private long subscriptions;
    private long auditEntries;
    private long registrations;
    private long guidelines;
    private long acceptances;
    private long votes;
    /** The events written, whose registrations follow the items; ids only, as the concepts' set. */
    private final List<ItemId> events = new ArrayList<>();

    Writing(ZipOutputStream zip, Instant at) {
      this.zip = zip;
      this.at = at;
    }

    ArchiveCounts write(List<Community> communities) throws IOException {
      entry(zip, Entries.COMMUNITIES, at, g -> {
        g.writeStartArray();
        communities.forEach(c -> {
          concepts.addAll(c.concepts());
          CommunityJson.write(g, c);
        });
        g.writeEndArray();
      });
      entry(zip, Entries.MEMBERSHIPS, at, g -> communities.forEach(c -> Pages.forEach(
          page -> storage().read(tx -> tx.memberships().members(c.id(), MemberQuery.all(), page)), m -> {
            memberships++;
            MembershipJson.write(g, m);
          })));
      entry(zip, Entries.ITEMS, at, g -> communities.forEach(c -> Pages.forEach(
          page -> storage().read(tx -> tx.items().list(ItemQuery.in(c.id()), page)), item -> {
            count(item);
            ItemJson.write(g, item);
          })));
      entry(zip, Entries.VOTES, at, g -> polls.forEach(poll ->
          storage().read(tx -> tx.votes().forPoll(poll)).forEach(v -> {
            votes++;
            RecordJson.write(g, v);
          })));
      Taxonomy taxonomy = storage().read(tx -> tx.taxonomy().current()).taxonomy();
      List<Concept> used = concepts.stream().flatMap(c -> taxonomy.concept(c).stream()).toList();
      entry(zip, Entries.CONCEPTS, at, g -> {
        g.writeStartArray();
        used.forEach(c -> ConceptJson.write(g, c, taxonomy.scheme(c.scheme()).orElseThrow()));
        g.writeEndArray();
      });
      entry(zip, Entries.SUBSCRIPTIONS, at, g -> communities.forEach(c ->
          storage().read(tx -> tx.subscriptions().forCommunity(c.id())).forEach(s -> {
            subscriptions++;
            RecordJson.write(g, s);
          })));
      entry(zip, Entries.GUIDELINES, at, g -> communities.forEach(c ->
          storage().read(tx -> tx.guidelines().versions(c.id())).forEach(v -> {
            guidelines++;
            RecordJson.write(g, v);
          })));
      entry(zip, Entries.GUIDELINES_ACCEPTANCES, at, g -> communities.forEach(c ->
          storage().read(tx -> tx.guidelines().acceptances(c.id())).forEach(a -> {
            acceptances++;
            RecordJson.write(g, a);
          })));
      entry(zip, Entries.REGISTRATIONS, at, g -> events.forEach(event ->
          storage().read(tx -> tx.registrations().forEvent(event)).forEach(r -> {
            registrations++;
            RecordJson.write(g, r);
          })));
      entry(zip, Entries.AUDIT, at, g -> communities.forEach(c -> Pages.forEach(
          page -> storage().read(tx -> tx.audit().forCommunity(c.id(), page)), e -> {
            auditEntries++;
            RecordJson.write(g, e);
          })));
      writeBlobs();
      return new ArchiveCounts(communities.size(), memberships, items, replies, attachments, blobs.size(), used.size(),
          subscriptions, auditEntries, registrations, guidelines, acceptances, votes);
    }

    private void count(Item item) {
      items++;
      concepts.addAll(item.concepts());
      switch (item) {
        case Discussion d -> replies += d.replies().size();
        case Poll p -> polls.add(p.id());
        default -> { }
      }
      if (item instanceof Event) {
        events.add(item.id());
      }
      item.attachments().forEach(a -> {
        attachments++;
        blobs.add(a.contentHash());
      });
    }

    private void writeBlobs() throws IOException {
      if (blobs.isEmpty()) {
        return;
      }
      BlobStore store = convene.blobStore().orElseThrow(() -> new ConveneException("blob-store.not-configured", Map.of(),
          "the community has attachments, but no blob store is configured to read their files from"));
      for (String hash : blobs) {
        ZipEntry entry = new ZipEntry(Entries.blob(hash));
        entry.setTime(at.toEpochMilli());
        zip.putNextEntry(entry);
        try (InputStream in = open(store, hash)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }

    private static InputStream open(BlobStore store, String hash) {
      try {
        return store.open(hash);
      } catch (NotFoundException e) {
        throw new ConveneException("blob-store.blob-missing", Map.of(),
            "the file of an attachment, " + hash + ", is missing from the blob store", e);
      }
    }
  }
}
