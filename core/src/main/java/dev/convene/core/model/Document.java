package dev.convene.core.model;

import dev.convene.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A publication in a community's documents section.
 *
 * @param header what every item has
 * @param summary the abstract
 * @param body the full text, if Convene holds it
 * @param authors the document's authors as credited (people or organisations, not user ids)
 * @param publisher the publisher, if any
 * @param publicationDate when it was published, if known; in years 1 to 9999
 * @param documentType the kind of document, such as "Working paper" or "Policy brief", if any
 * @param attachments the attached files
 */
public record Document(
    ItemHeader header,
    String summary,
    String body,
    List<String> authors,
    Optional<String> publisher,
    Optional<LocalDate> publicationDate,
    Optional<String> documentType,
    List<Attachment> attachments) implements Item {

  /** Validates the document. */
  public Document {
    Checks.required(header, "header");
    Checks.required(summary, "summary");
    Checks.required(body, "body");
    authors = List.copyOf(Checks.noNulls(authors, "authors"));
    authors.forEach(a -> Checks.text(a, "authors[]", 500));
    Checks.required(publisher, "publisher").ifPresent(p -> Checks.text(p, "publisher", 500));
    Checks.required(publicationDate, "publicationDate").ifPresent(d -> Checks.date(d, "publicationDate"));
    Checks.required(documentType, "documentType").ifPresent(t -> Checks.text(t, "documentType", 200));
    attachments = List.copyOf(Checks.noNulls(attachments, "attachments"));
  }

  /**
   * A document with just a header and a summary.
   *
   * @param header the document's header
   * @param summary the document's summary
   * @return the document, with no body, authors, publisher, date, type or attachments
   */
  public static Document of(ItemHeader header, String summary) {
    return new Document(header, summary, "", List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  @Override
  public Document withHeader(ItemHeader newHeader) {
    return new Document(newHeader, summary, body, authors, publisher, publicationDate, documentType, attachments);
  }
}
