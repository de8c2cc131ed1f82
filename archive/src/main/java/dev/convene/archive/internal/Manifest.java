package dev.convene.archive.internal;

import dev.convene.archive.ArchiveCounts;
import dev.convene.archive.ArchiveFormat;
import dev.convene.core.ValidationException;
import dev.convene.core.model.CommunityId;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;

/**
 * What {@code manifest.json} states: the format and its version, who wrote the archive and when, the
 * community it holds, the options it was written with and how much it holds.
 */
record Manifest(int formatVersion, String producer, Instant exportedAt, CommunityId community, String slug,
    boolean workingGroups, ArchiveCounts counts) {

  /** The name every manifest gives its format, so that another zip is not mistaken for an archive. */
  static final String FORMAT = "convene-community-archive";

  void write(JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeNumberProperty("formatVersion", formatVersion);
    g.writeStringProperty("producer", producer);
    g.writeStringProperty("exportedAt", exportedAt.toString());
    g.writeObjectPropertyStart("community");
    g.writeStringProperty("id", community.value());
    g.writeStringProperty("slug", slug);
    g.writeEndObject();
    g.writeObjectPropertyStart("options");
    g.writeBooleanProperty("workingGroups", workingGroups);
    g.writeEndObject();
    g.writeObjectPropertyStart("counts");
    g.writeNumberProperty("communities", counts.communities());
    g.writeNumberProperty("memberships", counts.memberships());
    g.writeNumberProperty("items", counts.items());
    g.writeNumberProperty("replies", counts.replies());
    g.writeNumberProperty("attachments", counts.attachments());
    g.writeNumberProperty("blobs", counts.blobs());
    g.writeNumberProperty("concepts", counts.concepts());
    g.writeNumberProperty("subscriptions", counts.subscriptions());
    g.writeNumberProperty("auditEntries", counts.auditEntries());
    g.writeNumberProperty("registrations", counts.registrations());
    g.writeNumberProperty("guidelines", counts.guidelines());
    g.writeNumberProperty("guidelinesAcceptances", counts.acceptances());
    g.writeNumberProperty("votes", counts.votes());
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Reads a manifest, refusing another format and a newer version than this library reads.
   *
   * @throws dev.convene.core.ValidationException naming the field and the rule
   */
  static Manifest read(In in) {
    in.asObject();
    String format = in.string("format");
    if (!FORMAT.equals(format)) {
      throw new ValidationException(in.where() + ".format", "format",
          "is \"" + format + "\", not \"" + FORMAT + "\": this is not a Convene community archive");
    }
    long version = in.number("formatVersion");
    if (version < 1 || version > ArchiveFormat.VERSION) {
      throw new ValidationException(in.where() + ".formatVersion", "supported-version",
          "is " + version + "; this library reads archive format versions 1 to " + ArchiveFormat.VERSION);
    }
    In community = in.object("community");
    In counts = in.object("counts");
    ArchiveCounts stated = in.build(() -> new ArchiveCounts(counts.number("communities"),
        counts.number("memberships"), counts.number("items"), counts.number("replies"), counts.number("attachments"),
        counts.number("blobs"), counts.number("concepts"), counts.number("subscriptions"),
        counts.number("auditEntries"), counts.optNumber("registrations").orElse(0L),
        counts.optNumber("guidelines").orElse(0L), counts.optNumber("guidelinesAcceptances").orElse(0L),
        counts.optNumber("votes").orElse(0L)));
    return in.build(() -> new Manifest((int) version, in.string("producer"), in.instant("exportedAt"),
        CommunityId.of(community.string("id")), community.string("slug"),
        in.object("options").bool("workingGroups"), stated));
  }
}
