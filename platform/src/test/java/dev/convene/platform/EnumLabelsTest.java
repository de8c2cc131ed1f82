package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.model.CommunityState;
import dev.convene.core.model.ItemType;
import dev.convene.core.model.JoinPolicy;
import dev.convene.core.model.Labels;
import dev.convene.core.model.MembershipState;
import dev.convene.core.model.Permission;
import dev.convene.core.model.PlatformRole;
import dev.convene.core.model.Poll;
import dev.convene.core.model.Privacy;
import dev.convene.core.model.Purpose;
import dev.convene.core.model.Recurrence;
import dev.convene.core.model.ReviewState;
import dev.convene.core.model.Role;
import dev.convene.core.model.Section;
import dev.convene.core.model.Visibility;
import dev.convene.search.FacetDimension;
import dev.convene.search.HitKind;
import dev.convene.search.SortOrder;
import dev.convene.storage.AuditAction;
import dev.convene.storage.Delivery;
import dev.convene.storage.NotificationLevel;
import dev.convene.storage.Registration;
import dev.convene.storage.ReportOutcome;
import dev.convene.storage.ReportReason;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every constant of the public enums a portal shows, from every module below the platform, has a label
 * in English, French and Spanish in core's labels bundle.
 */
class EnumLabelsTest {
  static final List<Class<? extends Enum<?>>> SHOWN = List.of(Privacy.class, Purpose.class, JoinPolicy.class,
      CommunityState.class, Role.class, MembershipState.class, Visibility.class, ReviewState.class, ItemType.class,
      Section.class, PlatformRole.class, Permission.class, Poll.Mode.class, Poll.ResultsVisibility.class,
      Recurrence.Frequency.class, NotificationLevel.class, Delivery.class, ReportReason.class, ReportOutcome.class,
      Registration.State.class, AuditAction.class, SortOrder.class, FacetDimension.Kind.class, HitKind.class,
      InvitationOutcome.class, ContentService.Verdict.class);

  /** Core's bundle as stored, read from wherever the core's classes are (a directory or a jar). */
  private static Properties bundle(String suffix) throws IOException, URISyntaxException {
    Path core = Path.of(Labels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String name = "dev/convene/core/model/labels" + suffix + ".properties";
    Properties labels = new Properties();
    if (Files.isDirectory(core)) {
      try (Reader in = Files.newBufferedReader(core.resolve(name), StandardCharsets.UTF_8)) {
        labels.load(in);
      }
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(core);
          Reader in = Files.newBufferedReader(jar.getPath(name), StandardCharsets.UTF_8)) {
        labels.load(in);
      }
    }
    return labels;
  }

  @Test
  @DisplayName("every constant of every enum a page shows has a label in English, French and Spanish")
  void everyConstantLabelled() throws Exception {
    for (String suffix : List.of("", "_fr", "_es")) {
      Properties labels = bundle(suffix);
      for (Class<? extends Enum<?>> type : SHOWN) {
        for (Enum<?> value : type.getEnumConstants()) {
          String label = labels.getProperty(Labels.key(value));
          assertTrue(label != null && !label.isBlank(), "labels" + suffix + " lacks " + Labels.key(value));
        }
      }
    }
  }

  @Test
  @DisplayName("no two enums share a key, and the bundle labels no constant that does not exist")
  void keysAreOneEnumEach() throws Exception {
    Set<String> keys = new HashSet<>();
    for (Class<? extends Enum<?>> type : SHOWN) {
      for (Enum<?> value : type.getEnumConstants()) {
        assertTrue(keys.add(Labels.key(value)), "two enums share " + Labels.key(value));
      }
    }
    assertEquals(keys, bundle("").stringPropertyNames());
  }

  @Test
  @DisplayName("labels of the storage, search and platform modules read in each language")
  void otherModules() {
    assertEquals("Résumé quotidien", Labels.of(Delivery.DAILY, Locale.FRENCH));
    assertEquals("Acoso", Labels.of(ReportReason.HARASSMENT, Locale.forLanguageTag("es")));
    assertEquals("Lista de espera", Labels.of(Registration.State.WAITING, Locale.forLanguageTag("es")));
    assertEquals("Pertinence", Labels.of(SortOrder.RELEVANCE, Locale.FRENCH));
    assertEquals("Déjà membre", Labels.of(InvitationOutcome.ALREADY_MEMBER, Locale.FRENCH));
    assertEquals("Important only", Labels.of(NotificationLevel.IMPORTANT, Locale.GERMAN));
  }
}
