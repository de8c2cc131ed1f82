package dev.convene.platform;

import dev.convene.core.AccessDeniedException;
import dev.convene.core.ConflictException;
import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.internal.Checks;
import dev.convene.core.model.Actor;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.Discussion;
import dev.convene.core.model.Document;
import dev.convene.core.model.Item;
import dev.convene.core.model.ItemHeader;
import dev.convene.core.model.ItemId;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.Mentions;
import dev.convene.core.model.Reply;
import dev.convene.core.model.ReplyId;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.UserId;
import dev.convene.core.policy.AccessContext;
import dev.convene.core.policy.Action;
import dev.convene.platform.internal.Access;
import dev.convene.platform.internal.BodyLimit;
import dev.convene.platform.internal.ItemAttachments;
import dev.convene.platform.internal.ItemAccess;
import dev.convene.platform.internal.ItemConcepts;
import dev.convene.platform.internal.ItemDiscussions;
import dev.convene.platform.internal.ItemCuration;
import dev.convene.platform.internal.ItemEdits;
import dev.convene.platform.internal.ItemPages;
import dev.convene.platform.internal.PinnedFirst;
import dev.convene.platform.internal.Platform;
import dev.convene.platform.internal.ReviewStep;
import dev.convene.platform.internal.ReviewSteps;
import dev.convene.storage.AuditEntry;
import dev.convene.storage.ItemQuery;
import dev.convene.storage.Page;
import dev.convene.storage.PageRequest;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A community's content: documents, events, announcements, discussions and polls, from draft to
 * publication, review, archive and deletion, the replies of discussions and the files attached to
 * documents (through the {@linkplain Convene.Builder#blobStore blob store}).
 *
 * <p>An item starts as a {@code DRAFT} only its author sees. Where no review is required the author
 * {@linkplain #publish publishes} it; where it is ({@code reviewBeforePublication} for the
 * community's moderators, {@code curatePublicContent} for the platform's curators when the item is
 * to become public) the author {@linkplain #submit submits} it and a reviewer {@linkplain #review
 * approves or rejects} it; {@link #submitOrPublish} does whichever applies. Moderators {@linkplain
 * #archive archive} published items and {@linkplain #restore restore} them.
 *
 * <p>Every call asks {@link dev.convene.core.policy.AccessPolicy}. An item the actor may not see is
 * a {@link NotFoundException} worded "item &lt;id&gt; not found", exactly as for an id that does not
 * exist; an item they see but may not change this way is an {@link AccessDeniedException} saying
 * why (an archived community, a review state that does not allow the step, a locked discussion, a
 * missing role). Each change is one transaction with its audit entries, announced by an {@link
 * ItemChanged} event once committed; a call that throws has changed nothing.
 */
public final class ContentService {
  private final Platform platform;
  private final ItemAccess items;
  private final ItemEdits edits;
  private final ReviewSteps steps;
  private final ItemDiscussions discussions;
  private final ItemAttachments attachments;
  private final ItemCuration curation;
  private final BodyLimit bodyLimit;

  ContentService(Platform platform, BodyLimit bodyLimit) {
    this.platform = platform;
    this.bodyLimit = bodyLimit;
    this.items = new ItemAccess(platform);
    this.edits = new ItemEdits(platform, items, bodyLimit);
    this.steps = new ReviewSteps(platform, items);
    this.discussions = new ItemDiscussions(platform, items);
    this.attachments = new ItemAttachments(platform, items);
    this.curation = new ItemCuration(platform, items);
  }

  /** What a reviewer decides about a submitted item. */
  public enum Verdict {
    /** Publish the item. */
    APPROVE,
    /** Send it back to its author, with a reason. */
    REJECT
  }

  /**
   * Creates an item in the community as a draft by the actor, tagged with the draft's concepts. A
   * public item in a private community is stored as declared and read as members-only for as long
   * as the community stays private.
   *
   * @param actor who writes the item, its author
   * @param community the community to create it in
   * @param draft the item's type and content
   * @return the stored item, at version 1
   * @throws NotFoundException if the actor may not know the community exists
   * @throws AccessDeniedException if the actor may not create this type of item there (members
   *     create documents, start discussions and create polls, moderators post announcements and events), the
   *     section is switched off, or the community is archived
   * @throws ValidationException if a concept is not in the taxonomy ({@code concepts}, {@code
   *     known-concept}, naming it), or a document's body is longer than the platform's limit ({@code
   *     body}, {@code max-length}, naming the limit; {@link Convene.Builder#maxBodyLength})
   */
  public Item create(Actor actor, CommunityId community, ItemDraft draft) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.required(draft, "draft");
    return platform.writes().run(work -> {
      AccessContext context = platform.access().context(work.tx(), actor, community);
      platform.access().require(work, actor, creating(draft.type()), context, Access.what(community));
      ItemConcepts.requireKnown(work.tx(), draft.concepts(), Set.of());
      Instant now = platform.now();
      ItemHeader header = new ItemHeader(ItemId.of(platform.ids().get()), community, actor.user().orElseThrow(),
          draft.title(), draft.language(), draft.visibility(), ReviewState.DRAFT, draft.concepts(), now, now, 0);
      Item item = draft.toItem(header);
      bodyLimit.require(item, Optional.empty());
      Item stored = work.tx().items().insert(item);
      items.emit(work, actor, stored, ItemChanged.Kind.CREATED);
      return stored;
    });
  }

  /**
   * The item, as the actor may see it: a discussion's hidden replies are left out unless the actor
   * may see them (moderators and admins).
   *
   * @param actor who reads
   * @param id the item's id
   * @return the item
   * @throws NotFoundException if there is no such item, or the actor may not see it
   */
  public Item get(Actor actor, ItemId id) {
    Checks.required(actor, "actor");
    return items.read(actor, Checks.required(id, "id"));
  }

  /**
   * The items of the community matching the query that the actor may see, a page at a time: its
   * pinned announcements that have not expired first, newest first, then the others, newest first.
   * Items of a switched-off section and expired announcements are listed only to those who moderate
   * the community (and platform admins). What the actor may not see is skipped as if absent: it is never counted, and no cursor
   * points at it. A page holds fewer rows than asked only when it is the last.
   *
   * @param actor who reads; only the items they may see are listed
   * @param community the community whose items to list
   * @param query types and review states to keep; its community, if set, must be {@code community}
   * @param page the cursor and size of the page
   * @return the page of items
   * @throws NotFoundException if the actor may not know the community exists
   * @throws ValidationException if the query names another community, or the cursor is not one this
   *     listing gave out
   */
  public Page<Item> list(Actor actor, CommunityId community, ItemQuery query, PageRequest page) {
    Checks.required(community, "community");
    Checks.required(query, "query");
    Checks.check(query.community().map(community::equals).orElse(true), "query", "same-community",
        "the query is for community %s, not %s", query.community().orElse(community), community);
    Checks.required(actor, "actor");
    Checks.required(page, "page");
    AccessContext context = readable(actor, community);
    return PinnedFirst.page(page, new ItemQuery(Optional.of(community), query.types(), query.reviewStates()),
        listing -> request -> platform.storage().read(tx -> tx.items().list(listing, request)),
        item -> items.listed(actor, context.withItem(item)), context.now());
  }

  /**
   * The submitted items of the community that the actor reviews, newest first, a page at a time:
   * for moderators, the members-only items of a community that reviews before publication; for
   * platform curators, the items that are to become public when the platform curates them.
   *
   * @param actor who reviews
   * @param community the community whose queue to list
   * @param page the cursor and size of the page
   * @return the page of submitted items
   * @throws NotFoundException if the actor may not know the community exists
   */
  public Page<Item> reviewQueue(Actor actor, CommunityId community, PageRequest page) {
    Checks.required(community, "community");
    return visible(actor, community, ItemQuery.in(community).withReviewStates(ReviewState.SUBMITTED), page,
        context -> platform.policy().isReviewer(actor, context.item().orElseThrow(), context));
  }

  private Page<Item> visible(Actor actor, CommunityId community, ItemQuery query, PageRequest page,
      Predicate<AccessContext> keep) {
    Checks.required(actor, "actor");
    Checks.required(community, "community");
    Checks.required(page, "page");
    AccessContext context = readable(actor, community);
    return ItemPages.visible(page, request -> platform.storage().read(tx -> tx.items().list(query, request)),
        item -> Optional.of(context.withItem(item)).filter(keep).flatMap(c -> items.listed(actor, c)));
  }

  /** The actor's context in the community, which they must be allowed to see. */
  private AccessContext readable(Actor actor, CommunityId community) {
    AccessContext context = platform.access().context(actor, community);
    platform.access().require(actor, Action.VIEW_COMMUNITY, context, Access.what(community));
    return context;
  }

  /**
   * Stores the actor's changed copy of an item they wrote. Pass the item as read, changed: the same
   * id, community, author, type, review state and creation time, and the version read. The platform
   * sets the update time; a document's or an event's attachments, a discussion's replies and lock, and
   * a poll's mode and options are kept as stored (other calls change them). A published item may not widen from members-only to public
   * where that would need a review.
   *
   * @param actor the item's author
   * @param changed the item as read, with the author's changes
   * @return the stored item, one version up
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor is not its author, may not edit their own items, the
   *     item is archived, or the community is archived
   * @throws ConflictException if the item changed since the version read
   * @throws ValidationException if a field the platform manages changed, a concept is not in the
   *     taxonomy ({@code concepts}, {@code known-concept}, naming it), or a document's body changed and
   *     is longer than the platform's limit ({@code body}, {@code max-length}, naming the limit; {@link
   *     Convene.Builder#maxBodyLength}); a body stored before the limit was lowered may be kept as it is
   */
  public Item edit(Actor actor, Item changed) {
    Checks.required(actor, "actor");
    return edits.edit(actor, Checks.required(changed, "changed"));
  }

  /**
   * Tags the item with exactly {@code concepts}, as an edit by its author.
   *
   * @param actor the item's author
   * @param id the item's id
   * @param concepts the ids of the concepts, replacing the current ones
   * @return the stored item
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException as for {@link #edit}
   * @throws ValidationException if a concept is not in the taxonomy ({@code concepts}, {@code
   *     known-concept}, naming it)
   */
  public Item tag(Actor actor, ItemId id, Set<ConceptId> concepts) {
    Checks.required(actor, "actor");
    Checks.required(id, "id");
    return edits.tag(actor, id, Set.copyOf(Checks.noNulls(concepts, "concepts")));
  }

  /**
   * Sets the item's concepts as a curator: of an item the curator reviews, or of any published item
   * whose effective visibility is public. Audited ({@code ITEM_CATEGORISED}, the concepts before and
   * after) and announced as an edit.
   *
   * @param actor a platform curator
   * @param id the item's id
   * @param concepts the ids of the concepts, replacing the current ones
   * @return the stored item
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor is not a curator, does not review the item and it is
   *     not public, or the community is archived
   * @throws ValidationException if a concept is not in the taxonomy ({@code concepts}, {@code
   *     known-concept}, naming it)
   */
  public Item categorise(Actor actor, ItemId id, Set<ConceptId> concepts) {
    Checks.required(actor, "actor");
    Checks.required(id, "id");
    return curation.categorise(actor, id, Set.copyOf(Checks.noNulls(concepts, "concepts")));
  }

  /**
   * Deletes the item, replies included; the audit log keeps a line of it.
   *
   * @param actor the item's author
   * @param id the item's id
   * @param expectedVersion the version the actor read
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor is not its author or may not delete their own items,
   *     or the community is archived
   * @throws ConflictException if the item changed since {@code expectedVersion}
   */
  public void delete(Actor actor, ItemId id, long expectedVersion) {
    Checks.required(actor, "actor");
    Checks.required(id, "id");
    Checks.check(expectedVersion >= 1, "expectedVersion", "positive", "must be a stored version, 1 or more");
    edits.delete(actor, id, expectedVersion);
  }

  /**
   * Submits a draft or rejected item for review, where it must be reviewed; its reviewers may then
   * see it.
   *
   * @param actor the item's author
   * @param id the item's id
   * @return the stored item, {@code SUBMITTED}
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor is not its author, the item is neither a draft nor
   *     rejected, it needs no review (publish it), or the community is archived
   */
  public Item submit(Actor actor, ItemId id) {
    return step(actor, id, ReviewStep.SUBMIT, Optional.empty());
  }

  /**
   * Publishes a draft or rejected item directly, where it needs no review.
   *
   * @param actor the item's author
   * @param id the item's id
   * @return the stored item, {@code PUBLISHED}
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor is not its author, the item is neither a draft nor
   *     rejected, it must be reviewed (submit it), or the community is archived
   * @throws ValidationException if the platform requires a concept to publish and the item has none
   *     ({@code concepts}, {@code required-to-publish})
   */
  public Item publish(Actor actor, ItemId id) {
    return step(actor, id, ReviewStep.PUBLISH, Optional.empty());
  }

  /**
   * Submits the item where it must be reviewed and publishes it otherwise, as the policy says.
   *
   * @param actor the item's author
   * @param id the item's id
   * @return the stored item, {@code SUBMITTED} or {@code PUBLISHED}
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor is not its author, the item is neither a draft nor
   *     rejected, or the community is archived
   * @throws ValidationException if it would be published without the concept the platform requires
   *     ({@code concepts}, {@code required-to-publish})
   */
  public Item submitOrPublish(Actor actor, ItemId id) {
    Checks.required(actor, "actor");
    return steps.submitOrPublish(actor, Checks.required(id, "id"));
  }

  /**
   * Decides about a submitted item: approving publishes it, rejecting sends it back to its author,
   * who may change and resubmit it. The decision is audited with the states before and after and
   * the reason.
   *
   * @param actor a reviewer of the item
   * @param id the item's id
   * @param verdict approve or reject
   * @param reason why; required to reject, at most {@value AuditEntry#MAX_REASON_LENGTH} characters
   * @return the stored item, {@code PUBLISHED} or {@code REJECTED}
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor does not review it, it is not submitted, or the
   *     community is archived
   * @throws ValidationException if a rejection has no reason ({@code reason}, {@code
   *     required-to-reject}), or an approval would publish an item without the concept the platform
   *     requires ({@code concepts}, {@code required-to-publish}: a curator categorises it first)
   */
  public Item review(Actor actor, ItemId id, Verdict verdict, Optional<String> reason) {
    Checks.required(verdict, "verdict");
    Checks.required(reason, "reason").ifPresent(r -> Checks.text(r, "reason", AuditEntry.MAX_REASON_LENGTH));
    Checks.check(verdict == Verdict.APPROVE || reason.isPresent(), "reason", "required-to-reject",
        "tell the author why the item is rejected");
    return step(actor, id, verdict == Verdict.APPROVE ? ReviewStep.APPROVE : ReviewStep.REJECT, reason);
  }

  /**
   * Archives a published item: only moderators and admins see it then. Audited.
   *
   * @param actor a moderator of the item's community
   * @param id the item's id
   * @return the stored item, {@code ARCHIVED}
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor does not moderate the community, the item is not
   *     published, or the community is archived
   */
  public Item archive(Actor actor, ItemId id) {
    return step(actor, id, ReviewStep.ARCHIVE, Optional.empty());
  }

  /**
   * Publishes an archived item again. Audited. On a platform that curates public content, an item
   * that would be public once restored waits for curators instead ({@code SUBMITTED}): nothing
   * records whether curators saw it, and it may have been archived while its community was private.
   *
   * @param actor a moderator of the item's community
   * @param id the item's id
   * @return the stored item, {@code PUBLISHED}, or {@code SUBMITTED} when it waits for curators
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor does not moderate the community, the item is not
   *     archived, or the community is archived
   */
  public Item restore(Actor actor, ItemId id) {
    return step(actor, id, ReviewStep.RESTORE, Optional.empty());
  }

  private Item step(Actor actor, ItemId id, ReviewStep step, Optional<String> reason) {
    Checks.required(actor, "actor");
    return steps.take(actor, Checks.required(id, "id"), step, reason);
  }

  /**
   * Replies to a published discussion as the actor.
   *
   * @param actor who replies
   * @param id the discussion's id
   * @param body the reply's text
   * @return the reply, with a fresh id, last in the discussion
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor may not reply there (members may), the discussion
   *     is not published or is locked, or the community is archived
   * @throws ValidationException if the item is not a discussion ({@code itemId}), or the body is
   *     blank or too long
   */
  public Reply reply(Actor actor, ItemId id, String body) {
    return reply(actor, id, body, Set.of());
  }

  /**
   * Replies to a published discussion as the actor, mentioning {@code mentions}. The caller names the
   * mentioned users (from the {@code @user} tokens its editor recognised, say); the body is never read
   * for them. Each is told of the reply only if, when the notification is sent, they may see the
   * discussion and the reply; a mention lets nobody see anything they could not see before.
   *
   * @param actor who replies
   * @param id the discussion's id
   * @param body the reply's text
   * @param mentions the users the reply mentions
   * @return the reply, with a fresh id, last in the discussion
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor may not reply there (members may), the discussion
   *     is not published or is locked, or the community is archived
   * @throws ValidationException if the item is not a discussion ({@code itemId}), the body is blank
   *     or too long, or {@code mentions} holds a null or more than {@link Mentions#MAX} users
   */
  public Reply reply(Actor actor, ItemId id, String body, Set<UserId> mentions) {
    Checks.required(actor, "actor");
    Checks.required(id, "id");
    Checks.text(body, "body", Reply.MAX_BODY_LENGTH);
    return discussions.reply(actor, id, body, Mentions.checked(mentions));
  }

  /**
   * Hides a reply from members, or shows it again; moderators and admins still see hidden replies.
   * Audited; asking for the state the reply is in changes nothing.
   *
   * @param actor a moderator of the discussion's community
   * @param id the discussion's id
   * @param reply the reply's id
   * @param hidden {@code true} to hide the reply, {@code false} to show it again
   * @return the stored discussion, as the actor sees it
   * @throws NotFoundException if there is no such item or reply, or the actor may not see the item
   * @throws AccessDeniedException if the actor does not moderate the community, or it is archived
   * @throws ValidationException if the item is not a discussion ({@code itemId})
   */
  public Discussion hideReply(Actor actor, ItemId id, ReplyId reply, boolean hidden) {
    Checks.required(actor, "actor");
    Checks.required(id, "id");
    Checks.required(reply, "reply");
    return discussions.hideReply(actor, id, reply, hidden);
  }

  /**
   * Locks a discussion, so that nobody replies, or opens it again. Audited; asking for the state the
   * discussion is in changes nothing.
   *
   * @param actor a moderator of the discussion's community
   * @param id the discussion's id
   * @param locked {@code true} to lock, {@code false} to open again
   * @return the stored discussion, as the actor sees it
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException if the actor does not moderate the community, or it is archived
   * @throws ValidationException if the item is not a discussion ({@code itemId})
   */
  public Discussion lock(Actor actor, ItemId id, boolean locked) {
    Checks.required(actor, "actor");
    return discussions.lock(actor, Checks.required(id, "id"), locked);
  }

  /**
   * Attaches a file to a document or an event the actor wrote, as an edit. Refusals that need no content come
   * before a byte is read; the content is then streamed into the blob store outside any transaction,
   * and the attachment added in one transaction if the item is still at the version it had when
   * the call began. Bytes stored by a call that fails after streaming stay in the blob store, harmless
   * (blobs are addressed by their content) until blobs no attachment lists are collected, separately.
   * The file name is made safe first ({@link dev.convene.core.model.Attachment}): only its last part
   * after a path separator is kept, control and format characters are removed and leading dots
   * trimmed, so {@code ../../etc/passwd} is stored as {@code passwd}. File names are unique per
   * item, compared exactly once made safe (detach a file to replace it), and so are the bytes.
   * The stream is read to its end and not closed.
   *
   * @param actor the item's author
   * @param id the document's or the event's id
   * @param fileName the name to show and download the file under
   * @param mediaType the file's media type, such as {@code application/pdf}, kept with this attachment
   *     even where the same bytes were stored before with another
   * @param content the file's bytes, streamed into the blob store
   * @return the stored item, one version up, its new attachment last
   * @throws ConveneException if no blob store was configured ({@link Convene.Builder#blobStore}), or
   *     reading the content or writing the blob store failed
   * @throws NotFoundException if there is no such item, or the actor may not see it
   * @throws AccessDeniedException as for {@link #edit}
   * @throws ConflictException if the item changed while the file was being stored
   * @throws ValidationException if the item is neither a document nor an event ({@code itemId}, {@code
   *     takes-attachments}); nothing is left of the
   *     file name once made safe ({@code fileName}, {@code file-name}), it is longer than 255
   *     characters ({@code max-length}) or is already used on the item ({@code
   *     unique-file-name}); the media type is malformed ({@code mediaType}); the content is larger
   *     than the blob store accepts ({@code content}, {@code max-size}: nothing is stored), or the
   *     item already holds the same bytes ({@code content}, {@code unique-content})
   */
  public Item attach(Actor actor, ItemId id, String fileName, String mediaType, InputStream content) {
    Checks.required(actor, "actor");
    Checks.required(id, "id");
    Checks.required(content, "content");
    return attachments.attach(actor, id, fileName, mediaType, content);
  }

  /**
   * Opens one of a document's or an event's attached files for reading; the caller closes the stream.
   * Only a file the item lists is opened: knowing the hash of bytes attached elsewhere opens nothing.
   *
   * @param actor who reads
   * @param id the document's or the event's id
   * @param contentHash the lower-case hex SHA-256 of the file, as its {@link
   *     dev.convene.core.model.Attachment} says
   * @return the file's bytes, to close after reading
   * @throws ConveneException if no blob store was configured, or the blob store fails or has lost
   *     the file's bytes
   * @throws NotFoundException "item &lt;id&gt; not found" if there is no such item or the actor may
   *     not see it; "attachment &lt;hash&gt; of item &lt;id&gt; not found" if the item the actor
   *     sees lists no file with that hash
   * @throws ValidationException if the hash is malformed ({@code contentHash}), or the item is neither
   *     a document nor an event ({@code itemId}, {@code takes-attachments})
   */
  public InputStream openAttachment(Actor actor, ItemId id, String contentHash) {
    Checks.required(actor, "actor");
    return attachments.open(actor, Checks.required(id, "id"), contentHash);
  }

  /**
   * Removes a file from a document or an event the actor wrote, as an edit. The bytes stay in the
   * blob store, since another item may list the same bytes; blobs no attachment lists are collected
   * separately.
   *
   * @param actor the item's author
   * @param id the document's or the event's id
   * @param contentHash the hash of the file, as its attachment lists it
   * @return the stored item, one version up
   * @throws ConveneException if no blob store was configured (attachments are a feature of platforms
   *     that have one)
   * @throws NotFoundException if there is no such item or the actor may not see it, or the item
   *     lists no file with that hash
   * @throws AccessDeniedException as for {@link #edit}
   * @throws ValidationException if the hash is malformed ({@code contentHash}), or the item is neither
   *     a document nor an event ({@code itemId}, {@code takes-attachments})
   */
  public Item detach(Actor actor, ItemId id, String contentHash) {
    Checks.required(actor, "actor");
    return attachments.detach(actor, Checks.required(id, "id"), contentHash);
  }

  private static Action creating(ItemType type) {
    return switch (type) {
      case DOCUMENT -> Action.CREATE_DOCUMENT;
      case DISCUSSION -> Action.START_DISCUSSION;
      case ANNOUNCEMENT -> Action.POST_ANNOUNCEMENT;
      case EVENT -> Action.POST_EVENT;
      case POLL -> Action.CREATE_POLL;
    };
  }
}
