/**
 * Privacy-aware search over a community world: {@link dev.convene.search.SearchIndex} keeps a Lucene
 * index of items and communities in step with the store, and answers {@link
 * dev.convene.search.SearchRequest}s with only what {@link dev.convene.core.policy.AccessPolicy} lets
 * the actor see.
 */
@NullMarked
package dev.convene.search;

import org.jspecify.annotations.NullMarked;
