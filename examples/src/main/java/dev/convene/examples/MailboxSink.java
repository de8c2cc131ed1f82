package dev.convene.examples;

import dev.convene.core.model.UserId;
import dev.convene.platform.Notification;
import dev.convene.platform.NotificationSink;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A host portal's notification sink: it turns each notification into an e-mail in the portal's own
 * words, addressed through the portal's own user directory. Convene calls it only with what the
 * recipient may see at the moment of sending.
 */
final class MailboxSink implements NotificationSink {
  private final Function<UserId, String> addresses;
  private final PrintStream out;
  private final List<String> sent = new ArrayList<>();

  MailboxSink(Function<UserId, String> addresses, PrintStream out) {
    this.addresses = addresses;
    this.out = out;
  }

  @Override
  public String name() {
    return "mailbox";
  }

  @Override
  public synchronized void deliver(Notification notification) {
    mail(notification.recipient(), subject(notification), List.of(line(notification)));
  }

  @Override
  public synchronized void deliverDigest(List<Notification> digest) {
    if (digest.isEmpty()) {
      return;
    }
    mail(digest.get(0).recipient(), "Your digest: " + digest.size() + (digest.size() == 1 ? " update" : " updates"),
        digest.stream().map(MailboxSink::line).toList());
  }

  /** Every mail sent so far, as "recipient: subject". */
  synchronized List<String> sent() {
    return List.copyOf(sent);
  }

  private void mail(UserId recipient, String subject, List<String> lines) {
    sent.add(recipient + ": " + subject);
    out.println("To: " + addresses.apply(recipient));
    out.println("Subject: " + subject);
    lines.forEach(l -> out.println("  " + l));
    out.println();
  }

  private static String subject(Notification n) {
    return switch (n.kind()) {
      case "membership.requested" -> "Someone asks to join";
      case "item.submitted" -> "An item waits for your review";
      case "item.published" -> n.summary();
      default -> n.kind().replace('.', ' ').replace('_', ' ');
    };
  }

  private static String line(Notification n) {
    return n.kind().toUpperCase(Locale.ROOT) + "  " + n.summary();
  }
}
