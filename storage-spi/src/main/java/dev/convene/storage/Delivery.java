package dev.convene.storage;

/** When a member receives the notifications of a community. */
public enum Delivery {
  /** As they happen. */
  IMMEDIATE,
  /** Collected into a daily digest. */
  DAILY,
  /** Collected into a weekly digest. */
  WEEKLY
}
