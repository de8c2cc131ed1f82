package dev.convene.storage;

/** Why someone reports an item or a reply: a fixed set, so that a portal can word each in its own language. */
public enum ReportReason {
  /** Advertising, scams, repeated unwanted posts. */
  SPAM,
  /** Attacks on a person: insults, threats, intimidation. */
  HARASSMENT,
  /** Hatred against a group of people. */
  HATE,
  /** False or misleading information. */
  MISINFORMATION,
  /** Content that does not belong in this community or discussion. */
  OFF_TOPIC,
  /** Someone's private information shown without their consent. */
  PRIVACY,
  /** Anything else; the report's text says what. */
  OTHER
}
