package dev.convene.platform.internal;

import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.Attachment;
import dev.convene.core.model.Document;
import dev.convene.core.model.Event;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.storage.blob.BlobRef;
import dev.convene.storage.blob.BlobStore;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Attaches files to documents and events, opens them and detaches them. The bytes live in the {@link
 * BlobStore}; an item holds only their metadata, and only what an item lists may be opened through it.
 */
public final class ItemAttachments {
  /** The SHA-256 of no bytes: lets a name and media type be checked as an attachment before any byte is read. */
  private static final String EMPTY_SHA_256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  private final Platform platform;
  private final ItemAccess items;

  public ItemAttachments(Platform platform, ItemAccess items) {
    this.platform = platform;
    this.items = items;
  }

  /**
   * Checks everything that can be checked first, streams the content into the blob store outside any
   * transaction, then adds the attachment in a transaction that requires the item to be at the
   * version read before streaming.
   */
  public Item attach(Actor actor, ItemId id, String fileName, String mediaType, InputStream content) {
    // Before a byte is read; the name made safe, so "../report.pdf" and "report.pdf" are one name.
    Attachment checked = new Attachment(fileName, mediaType, 0, EMPTY_SHA_256);
    BlobStore blobs = blobs();
    Item before = editable(actor, id);
    requireUniqueName(before, checked.fileName());
    BlobRef blob = blobs.put(content, mediaType);
    // The caller's media type, not the blob's first one: the same bytes may be shown as another type.
    Attachment attachment = new Attachment(checked.fileName(), checked.mediaType(), blob.size(), blob.contentHash());
    return items.change(actor, id, Item.class, Action.EDIT_ITEM, (work, found) -> {
      Item stored = takingFiles(found.item());
      if (stored.version() != before.version()) {
        throw new ConflictException(ConflictException.STALE_VERSION,
            Map.of("stored", stored.version(), "expected", before.version()),
            ItemAccess.what(id) + " was changed while the file was being stored: it is at"
            + " version " + stored.version() + ", not " + before.version() + "; read it again and retry");
      }
      requireUniqueName(stored, checked.fileName());
      stored.attachments().stream().filter(a -> a.contentHash().equals(blob.contentHash())).findFirst()
          .ifPresent(same -> {
            throw new ValidationException("content", "unique-content",
                "the " + kind(stored) + " already holds these bytes as \"" + same.fileName() + "\"");
          });
      List<Attachment> attachments = new ArrayList<>(stored.attachments());
      attachments.add(attachment);
      return items.update(work, actor, found, withAttachments(stored, attachments), ItemChanged.Kind.ATTACHMENT_ADDED);
    });
  }

  /** Opens an attachment the item lists, once the actor may see the item. */
  public InputStream open(Actor actor, ItemId id, String contentHash) {
    requireHash(contentHash);
    BlobStore blobs = blobs();
    Attachment attachment = listed(takingFiles(items.read(actor, id)), contentHash);
    try {
      return blobs.open(attachment.contentHash());
    } catch (NotFoundException e) {
      // The item lists bytes the store does not hold: a fault of the installation, not of the caller.
      throw new ConveneException("blob-store.blob-missing", Map.of(),
          "the bytes of " + what(id, contentHash) + " are missing from the blob store", e);
    }
  }

  /** Removes the attachment from the item; the bytes stay, since another item may list them. */
  public Item detach(Actor actor, ItemId id, String contentHash) {
    requireHash(contentHash);
    blobs(); // only metadata changes, but attachments are one feature: on with a blob store, off without
    return items.change(actor, id, Item.class, Action.EDIT_ITEM, (work, found) -> {
      Item stored = takingFiles(found.item());
      listed(stored, contentHash);
      List<Attachment> kept = stored.attachments().stream().filter(a -> !a.contentHash().equals(contentHash)).toList();
      return items.update(work, actor, found, withAttachments(stored, kept), ItemChanged.Kind.EDITED);
    });
  }

  private BlobStore blobs() {
    return platform.blobStore().orElseThrow(() -> new ConveneException("blob-store.not-configured", Map.of(),
        "no blob store was configured: attachments need Convene.builder().blobStore(...)"));
  }

  /**
   * The item as stored now, if it takes files and the actor may edit it; asked without auditing, since the write
   * that follows asks again and audits a platform admin's override there.
   */
  private Item editable(Actor actor, ItemId id) {
    return platform.storage().read(tx -> {
      Item item = tx.items().get(id).orElseThrow(() -> ItemAccess.notFound(id));
      AccessContext context;
      try {
        context = platform.access().context(tx, actor, item.community()).withItem(item);
      } catch (NotFoundException e) {
        throw ItemAccess.notFound(id);
      }
      platform.access().decide(actor, Action.VIEW_ITEM, context).orThrow(ItemAccess.what(id));
      takingFiles(item);
      platform.access().decide(actor, Action.EDIT_ITEM, context).orThrow(ItemAccess.what(id));
      return item;
    });
  }

  /**
   * The item, if it is of a type that takes files: a document or an event. The caller has made sure
   * the actor may see it.
   */
  private static Item takingFiles(Item item) {
    return switch (item) {
      case Document d -> d;
      case Event e -> e;
      default -> throw new ValidationException("itemId", "takes-attachments",
          ItemAccess.what(item.id()) + " is not a document or an event: only they take attachments");
    };
  }

  private static String kind(Item item) {
    return item instanceof Event ? "event" : "document";
  }

  private static void requireUniqueName(Item item, String fileName) {
    Checks.check(item.attachments().stream().noneMatch(a -> a.fileName().equals(fileName)), "fileName",
        "unique-file-name", "the %s already has a file named \"%s\"; detach it first to replace it", kind(item),
        fileName);
  }

  private static void requireHash(String contentHash) {
    Checks.required(contentHash, "contentHash");
    Checks.check(SHA_256.matcher(contentHash).matches(), "contentHash", "sha-256", "must be 64 lower-case hex digits");
  }

  private static Attachment listed(Item item, String contentHash) {
    return item.attachments().stream().filter(a -> a.contentHash().equals(contentHash)).findFirst()
        .orElseThrow(() -> new NotFoundException(what(item.id(), contentHash) + " not found"));
  }

  private static String what(ItemId id, String contentHash) {
    return "attachment " + contentHash + " of " + ItemAccess.what(id);
  }

  private Item withAttachments(Item item, List<Attachment> attachments) {
    // The same review state, updated now: the header's one way to set the update time alone.
    Item touched = item.withReviewState(item.reviewState(), platform.now());
    return switch (touched) {
      case Document d -> new Document(d.header(), d.summary(), d.body(), d.authors(), d.publisher(),
          d.publicationDate(), d.documentType(), attachments);
      case Event e -> e.withAttachments(attachments);
      default -> throw new IllegalStateException(ItemAccess.what(item.id()) + " takes no attachments");
    };
  }
}
