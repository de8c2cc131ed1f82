package dev.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convene.core.event.CommunityChanged;
import dev.convene.core.event.ItemChanged;
import dev.convene.core.membership.MembershipEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The platform guide's table of notification kinds lists every kind the code can send, and no other. */
class NotificationKindsDocTest {
  private static final Path GUIDE = Path.of("..", "docs", "platform.md");
  private static final Pattern KIND = Pattern.compile("`((?:membership|item|community)\\.[a-z_]+)`");

  /** Every kind code: one per domain event kind, as the outbox writes them, and the one no event carries. */
  private static Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    Stream.of(MembershipEvent.values()).forEach(k -> codes.add("membership." + lower(k)));
    Stream.of(ItemChanged.Kind.values()).forEach(k -> codes.add("item." + lower(k)));
    Stream.of(CommunityChanged.Kind.values()).forEach(k -> codes.add("community." + lower(k)));
    codes.add("item.place_offered");
    return codes;
  }

  private static String lower(Enum<?> kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The kinds named in the first column of the guide's table of kinds. */
  private static Set<String> documented() throws IOException {
    List<String> lines = Files.readAllLines(GUIDE);
    int header = lines.indexOf("  | kind | sent when | who is told by default | what it names (the line) |");
    if (header < 0) {
      throw new AssertionError("the table of kinds is missing from " + GUIDE);
    }
    Set<String> kinds = new TreeSet<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("  | ")) {
        break;
      }
      Matcher m = KIND.matcher(line.split("\\|")[1]);
      while (m.find()) {
        kinds.add(m.group(1));
      }
    }
    return kinds;
  }

  @Test
  @DisplayName("docs/platform.md lists every kind in its table of kinds, and only kinds the code has")
  void everyKindDocumented() throws IOException {
    assertEquals(codes(), documented());
    assertEquals(14 + 16 + 7 + 1, codes().size(), "membership, item and community kinds, and place_offered: "
        + Arrays.toString(codes().toArray()));
  }
}
