/** The notification fan-out benchmark: one change told to a community of 100,000 members. */
package dev.convene.benchmarks.notifications;
