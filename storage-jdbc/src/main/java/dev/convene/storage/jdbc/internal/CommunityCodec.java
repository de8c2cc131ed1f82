package dev.convene.storage.jdbc.internal;

import dev.convene.core.model.Branding;
import dev.convene.core.model.Community;
import dev.convene.core.model.CommunityId;
import dev.convene.core.model.CommunityState;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Permission;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Role;
import dev.convene.core.model.RolePermissions;
import dev.convene.core.model.Section;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A {@link Community} as a JSON body: every field but the version, which has a column of its own. */
final class CommunityCodec {
  private CommunityCodec() {}

  static String encode(Community c) {
    Map<String, Object> permissions = new LinkedHashMap<>();
    c.permissions().overrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(override -> permissions.put(override.getKey().name(), override.getValue().name()));
    return new JsonOut()
        .put("id", c.id())
        .put("slug", c.slug())
        .put("name", Values.texts(c.name()))
        .put("description", Values.texts(c.description()))
        .put("purpose", c.purpose())
        .put("privacy", c.privacy())
        .put("joinPolicy", c.joinPolicy())
        .put("parent", c.parent())
        .put("sections", c.sections().stream().sorted().map(Enum::name).toList())
        .put("branding", branding(c.branding()))
        .put("defaultLanguage", Values.tag(c.defaultLanguage()))
        .put("concepts", Values.sorted(c.concepts()))
        .put("reviewBeforePublication", c.reviewBeforePublication())
        .put("permissions", permissions)
        .put("state", c.state())
        .text();
  }

  static Community decode(String body, long version) {
    JsonIn in = JsonIn.parse(body);
    Map<Permission, Role> overrides = new EnumMap<>(Permission.class);
    in.object("permissions").texts().forEach((permission, role) ->
        overrides.put(Permission.valueOf(permission), Role.valueOf(role)));
    Set<Section> sections = EnumSet.noneOf(Section.class);
    in.strings("sections").forEach(section -> sections.add(Section.valueOf(section)));
    return new Community(
        in.get("id", CommunityId::of),
        in.string("slug"),
        Values.texts(in.object("name")),
        Values.texts(in.object("description")),
        in.constant("purpose", Purpose.class),
        in.constant("privacy", Privacy.class),
        in.constant("joinPolicy", JoinPolicy.class),
        in.optional("parent").map(CommunityId::of),
        sections,
        branding(in.object("branding")),
        in.get("defaultLanguage", Values::language),
        Values.concepts(in.strings("concepts")),
        in.flag("reviewBeforePublication"),
        new RolePermissions(overrides),
        in.constant("state", CommunityState.class),
        version);
  }

  private static JsonOut branding(Branding branding) {
    return new JsonOut()
        .put("logo", branding.logo())
        .put("primaryColour", branding.primaryColour())
        .put("accentColour", branding.accentColour())
        .put("welcome", Values.texts(branding.welcome()));
  }

  private static Branding branding(JsonIn in) {
    return new Branding(in.optional("logo"), in.optional("primaryColour"), in.optional("accentColour"),
        Values.texts(in.object("welcome")));
  }
}
