package dev.convene.platform;

import java.util.Optional;

/**
 * How many have answered an event, as shown to those who may see it.
 *
 * @param attending how many hold a place
 * @param waiting how many wait for a place
 * @param notAttending how many said they will not attend
 * @param capacity how many places there are, if the number is limited
 */
public record RegistrationCounts(int attending, int waiting, int notAttending, Optional<Integer> capacity) {}
