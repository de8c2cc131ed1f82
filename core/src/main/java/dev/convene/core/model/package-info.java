/**
 * The domain model: communities, memberships, items and the values they are made of. Every type is
 * immutable and validates itself on construction; changed copies come from {@code withX} methods.
 */
@NullMarked
package dev.convene.core.model;

import org.jspecify.annotations.NullMarked;
