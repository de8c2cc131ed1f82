package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.membership.MembershipConflictException;
import dev.convene.core.model.Item;
import dev.convene.core.policy.Reason;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every place in the shipped code that makes an exception names its code, and the tables of
 * docs/errors.md list every code the code can throw, and no other.
 */
class ErrorCodesDocTest {
  private static final Path ROOT = Path.of("..");
  private static final Path GUIDE = ROOT.resolve("docs").resolve("errors.md");
  private static final ThrowSites SITES = new ThrowSites(ROOT);
  private static final Pattern CODE = Pattern.compile("^`([a-z0-9.-]+)`$");

  /** The reasons that never reach an actor as a refusal: they allow, or they hide (not-found). */
  private static final Set<Reason> NEVER_DENIED = EnumSet.of(Reason.ALLOWED, Reason.PLATFORM_ADMIN,
      Reason.NOT_FOUND, Reason.HIDDEN_GROUP, Reason.PRIVATE_COMMUNITY, Reason.ITEM_NOT_VISIBLE);

  /**
   * The files that pass on a code made elsewhere, each with where the code comes from; those codes
   * are checked where they are made, or listed from the constants named here.
   */
  private static final Map<String, String> PASSED_ON = Map.of(
      "core/src/main/java/dev/convene/core/internal/Checks.java", "the rule of each Checks.check call",
      "core/src/main/java/dev/convene/core/taxonomy/ConceptBuilder.java", "the rule of each setOnce call",
      "core/src/main/java/dev/convene/core/taxonomy/TaxonomyValidator.java", "the rule of each unique call",
      "core/src/main/java/dev/convene/core/policy/Decision.java", "the codes of the reasons that deny",
      "core/src/main/java/dev/convene/core/membership/Refusals.java", "MembershipConflictException's constants",
      "platform/src/main/java/dev/convene/platform/internal/ItemAccess.java", "the kinds of item",
      "archive/src/main/java/dev/convene/archive/internal/In.java", "the rule of each invalid call, or the model's",
      "storage-jdbc/src/main/java/dev/convene/storage/jdbc/internal/JdbcTransaction.java",
      "the failure that aborted the transaction");

  /** The one file that still refuses with no reason of its own, {@code access-denied.denied}. */
  private static final Set<String> UNSPECIFIC = Set.of();

  @Test
  @DisplayName("every place that makes an exception names its code, or passes on one made elsewhere")
  void everySiteNamesItsCode() {
    List<ThrowSites.Site> sites = SITES.sites();
    assertTrue(sites.size() > 300, "the reader found only " + sites.size() + " places; has it broken?");
    List<String> unnamed = sites.stream().filter(s -> s.code().isEmpty() && !PASSED_ON.containsKey(s.file()))
        .map(ThrowSites.Site::where).toList();
    assertEquals(List.of(), unnamed, "places with no code the source names");
    Set<String> passing = sites.stream().filter(s -> s.code().isEmpty()).map(ThrowSites.Site::file)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(PASSED_ON.keySet()), passing, "files that pass on a code made elsewhere");
  }

  @Test
  @DisplayName("no refusal goes without a reason of its own, but in the one known place")
  void noUnspecificRefusal() {
    Set<String> unspecific = SITES.sites().stream().filter(s -> s.code().equals(Optional.of(
        "access-denied.denied"))).map(ThrowSites.Site::file).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(UNSPECIFIC, unspecific);
  }

  @Test
  @DisplayName("every code is written as codes are: lowercase words joined by dots")
  void codesAreWellFormed() {
    List<String> bad = codes().stream().filter(c -> !ThrowSites.isCode(c)).toList();
    assertEquals(List.of(), bad);
  }

  @Test
  @DisplayName("the guide's tables list every code the code can throw, and no other")
  void guideListsEveryCode() throws IOException {
    Set<String> thrown = codes();
    Set<String> listed = documented();
    assertEquals(Set.of(), without(thrown, listed), "codes the guide does not list");
    assertEquals(Set.of(), without(listed, thrown), "codes the guide lists that nothing throws");
  }

  private static Set<String> without(Set<String> these, Set<String> those) {
    Set<String> left = new TreeSet<>(these);
    left.removeAll(those);
    return left;
  }

  /** Every code the shipped code can throw. */
  private static Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    SITES.sites().forEach(site -> site.code().ifPresent(codes::add));
    Stream.of(Reason.values()).filter(r -> !NEVER_DENIED.contains(r))
        .forEach(r -> codes.add("access-denied." + r.code()));
    Stream.of(MembershipConflictException.class.getDeclaredFields())
        .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
            && f.getType() == String.class)
        .forEach(f -> codes.add("conflict." + constant(f)));
    Stream.of(Item.class.getPermittedSubclasses())
        .forEach(kind -> codes.add("validation." + kind.getSimpleName().toLowerCase(Locale.ROOT)));
    return codes;
  }

  private static String constant(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** The codes in the second column of the guide's tables. */
  private static Set<String> documented() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String line : Files.readAllLines(GUIDE)) {
      if (!line.startsWith("| `")) {
        continue;
      }
      Matcher m = CODE.matcher(line.split("\\|")[2].strip());
      if (!m.matches()) {
        throw new AssertionError("the second column holds no one code: " + line);
      }
      if (!codes.add(m.group(1))) {
        throw new AssertionError("listed twice: " + m.group(1));
      }
    }
    return codes;
  }
}
