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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A {@link Community} as a JSON body: every field but the version, which has a column of its own. */
final class CommunityCodec {
  private CommunityCodec() {}

  /** The stored shape of a community; sets are written sorted, so that a body does not depend on their order. */
  record Body(String id, String slug, Map<String, String> name, Map<String, String> description, Purpose purpose,
      Privacy privacy, JoinPolicy joinPolicy, Optional<String> parent, List<Section> sections, BrandingBody branding,
      String defaultLanguage, List<String> concepts, boolean reviewBeforePublication,
      Map<Permission, Role> permissions, CommunityState state) {}

  record BrandingBody(Optional<String> logo, Optional<String> primaryColour, Optional<String> accentColour,
      Map<String, String> welcome) {}

  static String encode(Community c) {
    Branding b = c.branding();
    return Bodies.write(new Body(c.id().value(), c.slug(), Values.texts(c.name()), Values.texts(c.description()),
        c.purpose(), c.privacy(), c.joinPolicy(), c.parent().map(CommunityId::value),
        c.sections().stream().sorted().toList(),
        new BrandingBody(b.logo(), b.primaryColour(), b.accentColour(), Values.texts(b.welcome())),
        Values.tag(c.defaultLanguage()), Values.sorted(c.concepts()), c.reviewBeforePublication(),
        new TreeMap<>(c.permissions().overrides()), c.state()));
  }

  static Community decode(String text, long version) {
    Body body = Bodies.read(text, Body.class);
    BrandingBody b = body.branding();
    return new Community(CommunityId.of(body.id()), body.slug(), Values.texts(body.name()),
        Values.texts(body.description()), body.purpose(), body.privacy(), body.joinPolicy(),
        body.parent().map(CommunityId::of), Set.copyOf(body.sections()),
        new Branding(b.logo(), b.primaryColour(), b.accentColour(), Values.texts(b.welcome())),
        Values.language(body.defaultLanguage()), Values.concepts(body.concepts()), body.reviewBeforePublication(),
        new RolePermissions(body.permissions()), body.state(), version);
  }
}
