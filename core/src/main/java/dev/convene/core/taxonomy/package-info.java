/**
 * The curated, multilingual taxonomy: {@link dev.convene.core.taxonomy.ConceptScheme}s, the {@link
 * dev.convene.core.taxonomy.Concept}s in them, and the immutable, validated {@link
 * dev.convene.core.taxonomy.Taxonomy} that ties them together and answers look-ups by id, notation,
 * label and hierarchy.
 *
 * <p>The model follows SKOS: one preferred label per language (S14), alternative and hidden labels
 * per language, a label at most one of those three in a language (S13), broader links with
 * polyhierarchy, symmetric related links that are never also broader links (S27, compared on
 * direct links only), notations unique within a scheme. Beyond SKOS, a broader link never crosses
 * schemes, and every concept has a preferred label in its scheme's default language, so that a label
 * can always be shown.
 *
 * <p>Broader links form a directed acyclic graph of any depth, not a tree: a chain may be thousands
 * of concepts deep, and a lattice (two concepts per level, each narrower than both above) has
 * exponentially many paths to the top. Validation, indexing and every traversal are iterative and
 * linear in concepts plus links; only {@link dev.convene.core.taxonomy.Taxonomy#pathsToTop} lists
 * paths, up to a limit its caller gives.
 *
 * <p>Label look-ups compare whole labels through {@link dev.convene.core.taxonomy.LabelNormalizer};
 * they are not a word or prefix search, which is the search module's job.
 */
@NullMarked
package dev.convene.core.taxonomy;

import org.jspecify.annotations.NullMarked;
