package dev.convene.benchmarks.report;

import dev.convene.benchmarks.corpus.World;
import dev.convene.core.model.Community;
import dev.convene.core.model.Privacy;
import dev.convene.core.taxonomy.Concept;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The facts about a world that a report states, so that a reader knows what was searched.
 *
 * @param documents the number of documents
 * @param communitiesByPrivacy the communities per declared privacy
 * @param hiddenGroups how many of the private communities are hidden groups
 * @param largestCommunityShare the largest community's expected share of the documents
 * @param concepts the number of concepts
 * @param schemes the number of concept schemes
 * @param depth the deepest path from a top concept, in levels
 * @param polyhierarchical how many concepts have more than one broader concept
 * @param corpusLanguages the Europarl texts per language
 * @param membershipCounts how many communities each member audience is an active member of
 */
public record WorldFacts(long documents, Map<Privacy, Long> communitiesByPrivacy, long hiddenGroups,
    double largestCommunityShare, int concepts, int schemes, int depth, long polyhierarchical,
    Map<String, Long> corpusLanguages, List<Integer> membershipCounts) {

  /** Copies the maps. */
  public WorldFacts {
    communitiesByPrivacy = Map.copyOf(communitiesByPrivacy);
    corpusLanguages = Map.copyOf(corpusLanguages);
    membershipCounts = List.copyOf(membershipCounts);
  }

  /** Collects the facts of {@code world}. */
  public static WorldFacts of(World world) {
    List<Community> communities = world.communities();
    List<Concept> concepts = world.taxonomy().concepts();
    int depth = concepts.stream().mapToInt(c -> world.taxonomy().depth(c.id())).max().orElse(0);
    return new WorldFacts(world.spec().documents(),
        communities.stream().collect(Collectors.groupingBy(Community::privacy, Collectors.counting())),
        communities.stream().filter(Community::isHidden).count(),
        world.communitySizes().probability(0),
        concepts.size(), world.taxonomy().schemes().size(), depth,
        concepts.stream().filter(c -> c.broader().size() > 1).count(),
        world.corpus().languages(),
        world.spec().membershipCounts());
  }
}
