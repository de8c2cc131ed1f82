package dev.convene.benchmarks.corpus;

import dev.convene.core.model.Community;
import dev.convene.core.model.Document;
import dev.convene.core.taxonomy.Taxonomy;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A generated community world: communities, a taxonomy and audiences held in memory, documents
 * streamed on demand so that a million of them never sit in memory at once. Everything derives from
 * the {@link WorldSpec} and the corpus; two worlds of the same spec and corpus are equal, and so are
 * their document streams.
 */
public final class World {
  private final WorldSpec spec;
  private final EuroparlCorpus corpus;
  private final Vocabulary vocabulary;
  private final Taxonomy taxonomy;
  private final List<Community> communities;
  private final Zipf communitySizes;
  private final List<Audience> audiences;
  private final DocumentGenerator documents;

  private World(WorldSpec spec, EuroparlCorpus corpus) {
    this.spec = spec;
    this.corpus = corpus;
    this.vocabulary = Vocabulary.of(corpus);
    this.taxonomy = TaxonomyGenerator.generate(vocabulary, spec.concepts(), spec.seed());
    this.communities = CommunityGenerator.generate(spec.communities(), vocabulary, taxonomy, spec.seed());
    this.communitySizes = new Zipf(spec.communities(), WorldSpec.COMMUNITY_SIZE_EXPONENT);
    this.audiences = AudienceGenerator.generate(communities, spec.membershipCounts(), communitySizes, spec.seed());
    this.documents = new DocumentGenerator(spec.seed(), corpus, communities, communitySizes, taxonomy);
  }

  /** Generates the world of {@code spec} from {@code corpus}. */
  public static World generate(WorldSpec spec, EuroparlCorpus corpus) {
    return new World(spec, corpus);
  }

  /** What the world was generated from. */
  public WorldSpec spec() {
    return spec;
  }

  /** The texts the documents are made of. */
  public EuroparlCorpus corpus() {
    return corpus;
  }

  /** The content words of the corpus, per language. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The taxonomy, validated. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The communities, largest first. */
  public List<Community> communities() {
    return communities;
  }

  /** The Zipf law the communities' sizes follow, by index in {@link #communities()}. */
  public Zipf communitySizes() {
    return communitySizes;
  }

  /** The audiences queries run as: anonymous first, then the members by membership count. */
  public List<Audience> audiences() {
    return audiences;
  }

  /** Document {@code i}, {@code 0 <= i < spec().documents()}. */
  public Document document(long i) {
    if (i < 0 || i >= spec.documents()) {
      throw new IndexOutOfBoundsException("document " + i + " of " + spec.documents());
    }
    return documents.document(i);
  }

  /** The world's documents, generated lazily in order; each call starts a new stream. */
  public Stream<Document> documents() {
    return LongStream.range(0, spec.documents()).mapToObj(documents::document);
  }
}
