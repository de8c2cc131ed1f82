/**
 * The domain model: communities, memberships, items and the values they are made of. Every type is
 * immutable and validates itself on construction; changed copies come from {@code withX} methods.
 *
 * <p>Every date and time of the model lies in the years 1 to 9999: instants from {@code
 * 0001-01-01T00:00:00Z} to {@code 9999-12-31T23:59:59.999999999Z}, dates from {@code 0001-01-01} to
 * {@code 9999-12-31}. Such a value can be stored, indexed, compared and shown in any time zone
 * without overflow; one outside the range is refused with a {@link
 * dev.convene.core.ValidationException} naming the field, with the rule {@code range}.
 */
@NullMarked
package dev.convene.core.model;

import org.jspecify.annotations.NullMarked;
