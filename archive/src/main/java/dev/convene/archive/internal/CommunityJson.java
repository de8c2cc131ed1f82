package dev.convene.archive.internal;

import dev.convene.core.model.Branding;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.ConceptId;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.LocalizedText;
import dev.convene.core.model.Permission;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.core.model.RolePermissions;
import dev.convene.core.model.Section;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/** A community in {@code communities.json}: every setting, as {@code schema/community.json} describes. */
final class CommunityJson {
  private CommunityJson() {}

  static void write(JsonGenerator g, Community c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id().value());
    g.writeStringProperty("slug", c.slug());
    Out.texts(g, "name", c.name());
    Out.texts(g, "description", c.description());
    g.writeStringProperty("purpose", c.purpose().name());
    g.writeStringProperty("privacy", c.privacy().name());
    g.writeStringProperty("joinPolicy", c.joinPolicy().name());
    Out.optional(g, "parent", c.parent());
    Out.sorted(g, "sections", c.sections());
    g.writeObjectPropertyStart("branding");
    Out.optional(g, "logo", c.branding().logo());
    Out.optional(g, "primaryColour", c.branding().primaryColour());
    Out.optional(g, "accentColour", c.branding().accentColour());
    Out.texts(g, "welcome", c.branding().welcome());
    g.writeEndObject();
    g.writeStringProperty("defaultLanguage", c.defaultLanguage().toLanguageTag());
    Out.sorted(g, "concepts", c.concepts());
    g.writeBooleanProperty("reviewBeforePublication", c.reviewBeforePublication());
    g.writeObjectPropertyStart("permissions");
    new TreeMap<>(c.permissions().overrides()).forEach((p, role) -> g.writeStringProperty(p.name(), role.name()));
    g.writeEndObject();
    g.writeStringProperty("state", c.state().name());
    g.writeNumberProperty("version", c.version());
    g.writeEndObject();
  }

  /** The community as the archive holds it, at version 0, ready to be stored. */
  static Community read(In in) {
    In branding = in.object("branding");
    Map<Permission, Role> overrides = new EnumMap<>(Permission.class);
    In permissions = in.object("permissions");
    for (Permission p : Permission.values()) {
      if (permissions.optString(p.name()).isPresent()) {
        overrides.put(p, permissions.constant(p.name(), Role.class));
      }
    }
    EnumSet<Section> sections = EnumSet.noneOf(Section.class);
    in.strings("sections").forEach(s -> sections.add(in.build(() -> Section.valueOf(s))));
    return in.build(() -> new Community(CommunityId.of(in.string("id")), in.string("slug"),
        LocalizedText.forField("name", in.texts("name")), LocalizedText.forField("description", in.texts("description")),
        in.constant("purpose", Purpose.class), in.constant("privacy", Privacy.class),
        in.constant("joinPolicy", JoinPolicy.class), in.optString("parent").map(CommunityId::of), sections,
        new Branding(branding.optString("logo"), branding.optString("primaryColour"),
            branding.optString("accentColour"), LocalizedText.forField("branding.welcome", branding.texts("welcome"))),
        in.parsed("defaultLanguage", Locale::forLanguageTag),
        in.strings("concepts").stream().map(ConceptId::of).collect(Collectors.toSet()),
        in.bool("reviewBeforePublication"), new RolePermissions(overrides), in.constant("state", CommunityState.class),
        0));
  }
}
