package dev.convene.storage.tck;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convene.core.ConveneException;
import dev.convene.core.NotFoundException;
import dev.convene.core.ValidationException;
import dev.convene.storage.blob.BlobRef;
import dev.convene.storage.blob.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract every {@link BlobStore} keeps. An implementation's test extends this class and creates a
 * fresh, empty store in {@link #createBlobStore(long)}; it may also override {@link
 * #assertNothingLeftBehind()} to look into its medium for leftovers of failed writes.
 *
 * <pre>
 * class FileSystemBlobStoreTest extends BlobStoreContract {
 *   &#64;TempDir Path root;
 *
 *   &#64;Override
 *   protected BlobStore createBlobStore(long maxSize) {
 *     return FileSystemBlobStore.builder().root(root).maxSize(maxSize).build();
 *   }
 * }
 * </pre>
 */
public abstract class BlobStoreContract {
  /** The SHA-256 of the three ASCII bytes {@code abc}, the first example of FIPS 180-2. */
  protected static final String ABC_SHA_256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  /** The SHA-256 of no bytes at all. */
  protected static final String EMPTY_SHA_256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  /** The size limit of the stores that most tests use. */
  protected static final int LIMIT = 4096;

  private static final int THREADS = 16;
  private static final long LARGE_SIZE = 20_000_000;
  private static final String TEXT = "text/plain";
  private static final String PDF = "application/pdf";

  /** For subclasses, which the JUnit engine creates. */
  protected BlobStoreContract() {}

  /**
   * Creates an empty store that accepts blobs of up to {@code maxSize} bytes. A test may call it more
   * than once; each call returns an empty store.
   *
   * @param maxSize the largest blob, in bytes, the store must accept; a larger one it must refuse
   * @return a new, empty store
   */
  protected abstract BlobStore createBlobStore(long maxSize);

  /**
   * Fails if the store's medium holds anything of a write that failed, was rejected or was discarded as
   * a duplicate, such as a temporary file. The contract calls it after such writes; by default it
   * checks nothing beyond what the contract checks through the {@link BlobStore} interface.
   */
  protected void assertNothingLeftBehind() {}

  /** Storing bytes and reading them back. */
  @Nested
  @DisplayName("Storing and reading")
  public class RoundTrip {
    /** Creates the nested suite; the JUnit engine calls it. */
    public RoundTrip() {}

    @Test
    @DisplayName("bytes put in come back out unchanged, under the SHA-256 of the bytes")
    void roundTrip() throws IOException {
      BlobStore store = createBlobStore(LIMIT);
      byte[] content = randomBytes(LIMIT - 1, 1);
      BlobRef ref = put(store, content, PDF);
      assertEquals(new BlobRef(sha256(content), content.length, PDF), ref);
      assertArrayEquals(content, readAll(store, ref.contentHash()));
    }

    @Test
    @DisplayName("find returns what put returned")
    void findReturnsPutResult() {
      BlobStore store = createBlobStore(LIMIT);
      BlobRef ref = put(store, randomBytes(100, 2), TEXT);
      assertEquals(Optional.of(ref), store.find(ref.contentHash()));
    }

    @Test
    @DisplayName("put reads the content to its end and leaves closing it to the caller")
    void putDoesNotClose() {
      BlobStore store = createBlobStore(LIMIT);
      CloseRecordingStream content = new CloseRecordingStream(randomBytes(300, 3));
      store.put(content, TEXT);
      assertEquals(0, content.available());
      assertFalse(content.closed);
    }

    @Test
    @DisplayName("the store reports its limit and has a name")
    void limitAndName() {
      BlobStore store = createBlobStore(LIMIT);
      assertEquals(LIMIT, store.maxSize());
      assertFalse(store.name().isBlank());
    }
  }

  /** Blobs are addressed by the SHA-256 of their bytes. */
  @Nested
  @DisplayName("Content addressing")
  public class ContentAddressing {
    /** Creates the nested suite; the JUnit engine calls it. */
    public ContentAddressing() {}

    @Test
    @DisplayName("the bytes \"abc\" are stored under their known SHA-256")
    void knownHash() throws IOException {
      BlobStore store = createBlobStore(LIMIT);
      BlobRef ref = put(store, "abc".getBytes(US_ASCII), TEXT);
      assertEquals(new BlobRef(ABC_SHA_256, 3, TEXT), ref);
      assertArrayEquals("abc".getBytes(US_ASCII), readAll(store, ABC_SHA_256));
    }

    @Test
    @DisplayName("the same bytes stored twice get the same hash and are kept once")
    void deduplicates() {
      BlobStore store = createBlobStore(LIMIT);
      byte[] content = randomBytes(LIMIT, 4);
      BlobRef first = put(store, content, PDF);
      BlobRef second = put(store, content, PDF);
      assertEquals(first, second);
      assertNothingLeftBehind();
      assertTrue(store.delete(first.contentHash()));
      assertEquals(Optional.empty(), store.find(first.contentHash()), "one delete removes the only copy");
    }

    @Test
    @DisplayName("the same bytes stored again with another media type keep the first media type")
    void firstMediaTypeWins() {
      BlobStore store = createBlobStore(LIMIT);
      byte[] content = randomBytes(200, 5);
      BlobRef first = put(store, content, TEXT);
      assertEquals(first, put(store, content, PDF));
      assertEquals(Optional.of(first), store.find(first.contentHash()));
    }

    @Test
    @DisplayName("different bytes get different hashes")
    void differentBytes() {
      BlobStore store = createBlobStore(LIMIT);
      BlobRef a = put(store, randomBytes(64, 6), TEXT);
      BlobRef b = put(store, randomBytes(64, 7), TEXT);
      assertNotEquals(a.contentHash(), b.contentHash());
    }

    @Test
    @DisplayName("an empty blob is stored under the SHA-256 of no bytes")
    void emptyBlob() throws IOException {
      BlobStore store = createBlobStore(LIMIT);
      assertEquals(new BlobRef(EMPTY_SHA_256, 0, TEXT), store.put(InputStream.nullInputStream(), TEXT));
      assertArrayEquals(new byte[0], readAll(store, EMPTY_SHA_256));
    }
  }

  /** Blobs far larger than a buffer are streamed in and out. */
  @Nested
  @DisplayName("Large blobs")
  public class LargeBlobs {
    /** Creates the nested suite; the JUnit engine calls it. */
    public LargeBlobs() {}

    @Test
    @DisplayName("a 20 MB blob is streamed in and out without a byte changed")
    void largeBlob() throws IOException {
      BlobStore store = createBlobStore(32L * 1024 * 1024);
      String expected = sha256(new GeneratedStream(LARGE_SIZE));
      BlobRef ref = store.put(new GeneratedStream(LARGE_SIZE), "application/octet-stream");
      assertEquals(new BlobRef(expected, LARGE_SIZE, "application/octet-stream"), ref);
      try (InputStream in = store.open(expected)) {
        assertEquals(expected, sha256(in));
      }
    }
  }

  /** Content longer than the store's limit is refused while it is read. */
  @Nested
  @DisplayName("Size limit")
  public class SizeLimit {
    /** Creates the nested suite; the JUnit engine calls it. */
    public SizeLimit() {}

    @Test
    @DisplayName("content of exactly the limit is accepted")
    void exactlyTheLimit() {
      BlobStore store = createBlobStore(LIMIT);
      byte[] content = randomBytes(LIMIT, 8);
      assertEquals(LIMIT, put(store, content, PDF).size());
      assertTrue(store.find(sha256(content)).isPresent());
    }

    @Test
    @DisplayName("content one byte over the limit is rejected with the limit named, and nothing is kept")
    void oneByteOver() {
      BlobStore store = createBlobStore(LIMIT);
      byte[] content = randomBytes(LIMIT + 1, 9);
      ValidationException e = assertRule("content", "max-size",
          () -> put(store, content, PDF));
      assertTrue(e.getMessage().contains(Integer.toString(LIMIT)), e.getMessage());
      assertEquals(Optional.empty(), store.find(sha256(content)));
      assertEquals(Optional.empty(), store.find(sha256(content, LIMIT)), "not even the first bytes");
      assertNothingLeftBehind();
    }

    @Test
    @DisplayName("content far over the limit is rejected without being read to its end")
    void farOver() {
      BlobStore store = createBlobStore(LIMIT);
      GeneratedStream endless = new GeneratedStream(Long.MAX_VALUE);
      assertRule("content", "max-size", () -> store.put(endless, PDF));
      assertTrue(endless.position < 1024L * 1024, "read " + endless.position + " bytes");
      assertNothingLeftBehind();
    }
  }

  /** A write that fails stores nothing. */
  @Nested
  @DisplayName("Failed writes")
  public class FailedWrites {
    /** Creates the nested suite; the JUnit engine calls it. */
    public FailedWrites() {}

    @Test
    @DisplayName("content that fails midway is reported as a ConveneException and nothing is kept")
    void failingStream() {
      BlobStore store = createBlobStore(LIMIT);
      byte[] prefix = randomBytes(LIMIT / 2, 10);
      ConveneException e = assertThrows(ConveneException.class, () -> store.put(new FailingStream(prefix), PDF));
      assertFalse(e instanceof ValidationException, "not the caller's input error: " + e);
      assertEquals(Optional.empty(), store.find(sha256(prefix)));
      assertNothingLeftBehind();
    }

    @Test
    @DisplayName("the store works as before after a failed write")
    void worksAfterFailure() throws IOException {
      BlobStore store = createBlobStore(LIMIT);
      byte[] content = randomBytes(LIMIT / 2, 11);
      assertThrows(ConveneException.class, () -> store.put(new FailingStream(content), PDF));
      BlobRef ref = put(store, content, PDF);
      assertArrayEquals(content, readAll(store, ref.contentHash()));
    }
  }

  /** Many threads use one store at once. */
  @Nested
  @DisplayName("Concurrent use")
  @Timeout(value = 120, unit = SECONDS)
  public class Concurrency {
    /** Creates the nested suite; the JUnit engine calls it. */
    public Concurrency() {}

    @Test
    @DisplayName("16 threads storing the same bytes at once all get the same blob")
    void sameContent() throws Exception {
      BlobStore store = createBlobStore(1024 * 1024);
      byte[] content = randomBytes(512 * 1024, 12);
      List<BlobRef> refs = inParallel(THREADS, i -> put(store, content, PDF));
      assertEquals(1, new HashSet<>(refs).size(), refs::toString);
      assertEquals(new BlobRef(sha256(content), content.length, PDF), refs.get(0));
      assertArrayEquals(content, readAll(store, refs.get(0).contentHash()));
      assertNothingLeftBehind();
    }

    @Test
    @DisplayName("16 threads storing different bytes at once each find their own blob")
    void differentContent() throws Exception {
      BlobStore store = createBlobStore(1024 * 1024);
      List<byte[]> contents = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        contents.add(randomBytes(64 * 1024 + i, 100 + i));
      }
      List<BlobRef> refs = inParallel(THREADS, i -> put(store, contents.get(i), TEXT));
      for (int i = 0; i < THREADS; i++) {
        assertEquals(sha256(contents.get(i)), refs.get(i).contentHash());
        assertArrayEquals(contents.get(i), readAll(store, refs.get(i).contentHash()));
      }
      assertNothingLeftBehind();
    }

    @Test
    @DisplayName("readers racing the writers never see a partly stored blob")
    void noPartialReads() throws Exception {
      BlobStore store = createBlobStore(1024 * 1024);
      int writers = THREADS / 2;
      List<byte[]> contents = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        contents.add(randomBytes(256 * 1024, 200 + i));
      }
      List<String> hashes = contents.stream().map(BlobStoreContract::sha256).toList();
      CountDownLatch written = new CountDownLatch(writers);
      List<Integer> complete = inParallel(THREADS, i -> {
        if (i < writers) {
          put(store, contents.get(i), PDF);
          written.countDown();
          return 0;
        }
        return readWhileWriting(store, hashes, written);
      });
      assertEquals(writers * (THREADS - writers), complete.stream().mapToInt(Integer::intValue).sum(),
          "each reader's last pass saw every blob complete");
    }

    @Test
    @DisplayName("after storing and deleting the same bytes at once, the blob is either whole or absent")
    void putAndDelete() throws Exception {
      BlobStore store = createBlobStore(LIMIT);
      byte[] content = randomBytes(LIMIT, 13);
      String hash = sha256(content);
      int threads = 4;
      int putters = threads / 2;
      // Deleters keep deleting until the round's putters are done, so that deletes land between the
      // steps of a put; after each round the blob must be whole or absent.
      AtomicInteger putting = new AtomicInteger(putters);
      CyclicBarrier round = new CyclicBarrier(threads, () -> {
        assertWholeOrAbsent(store, content);
        putting.set(putters);
      });
      inParallel(threads, i -> {
        for (int rounds = 0; rounds < 100; rounds++) {
          if (i < putters) {
            try {
              put(store, content, TEXT);
            } finally {
              putting.decrementAndGet();
            }
          } else {
            do {
              store.delete(hash);
              Thread.yield();
            } while (putting.get() > 0);
          }
          await(round);
        }
        return 0;
      });
      assertNothingLeftBehind();
    }
  }

  /** Looking blobs up and deleting them. */
  @Nested
  @DisplayName("Finding and deleting")
  public class FindAndDelete {
    /** Creates the nested suite; the JUnit engine calls it. */
    public FindAndDelete() {}

    @Test
    @DisplayName("a hash never stored is not found, and opening it fails with NotFoundException")
    void missing() {
      BlobStore store = createBlobStore(LIMIT);
      assertEquals(Optional.empty(), store.find(ABC_SHA_256));
      assertThrows(NotFoundException.class, () -> store.open(ABC_SHA_256));
    }

    @Test
    @DisplayName("delete removes a blob once: then it is not found and cannot be opened")
    void delete() {
      BlobStore store = createBlobStore(LIMIT);
      BlobRef ref = put(store, randomBytes(100, 14), TEXT);
      assertTrue(store.delete(ref.contentHash()));
      assertFalse(store.delete(ref.contentHash()));
      assertEquals(Optional.empty(), store.find(ref.contentHash()));
      assertThrows(NotFoundException.class, () -> store.open(ref.contentHash()));
    }

    @Test
    @DisplayName("deleting one blob leaves the others")
    void deleteOne() {
      BlobStore store = createBlobStore(LIMIT);
      BlobRef kept = put(store, randomBytes(100, 15), TEXT);
      BlobRef deleted = put(store, randomBytes(100, 16), TEXT);
      assertTrue(store.delete(deleted.contentHash()));
      assertEquals(Optional.of(kept), store.find(kept.contentHash()));
    }

    @Test
    @DisplayName("a deleted blob can be stored again, with a new media type")
    void storeAgain() {
      BlobStore store = createBlobStore(LIMIT);
      byte[] content = randomBytes(100, 17);
      BlobRef first = put(store, content, TEXT);
      store.delete(first.contentHash());
      BlobRef again = put(store, content, PDF);
      assertEquals(new BlobRef(first.contentHash(), content.length, PDF), again);
      assertEquals(Optional.of(again), store.find(first.contentHash()));
    }
  }

  /** Malformed arguments fail with a {@link ValidationException} that names the field and the rule. */
  @Nested
  @DisplayName("Rejected arguments")
  public class RejectedArguments {
    /** Creates the nested suite; the JUnit engine calls it. */
    public RejectedArguments() {}

    @Test
    @DisplayName("open, find and delete reject a hash that is not 64 lower-case hex digits")
    void malformedHash() {
      BlobStore store = createBlobStore(LIMIT);
      for (String hash : List.of(ABC_SHA_256.toUpperCase(Locale.ROOT), ABC_SHA_256.substring(1),
          ABC_SHA_256 + "0", "g" + ABC_SHA_256.substring(1), "", "../../etc/passwd")) {
        assertRule("contentHash", "sha-256", () -> store.open(hash));
        assertRule("contentHash", "sha-256", () -> store.find(hash));
        assertRule("contentHash", "sha-256", () -> store.delete(hash));
      }
    }

    @Test
    @DisplayName("put rejects a malformed media type before reading the content")
    void malformedMediaType() {
      BlobStore store = createBlobStore(LIMIT);
      for (String mediaType : List.of("pdf", "application/", "/pdf", "text/plain; charset=UTF-8", "",
          "text / plain", "a/b/c")) {
        ByteArrayInputStream content = new ByteArrayInputStream("abc".getBytes(US_ASCII));
        assertRule("mediaType", "media-type", () -> store.put(content, mediaType));
        assertEquals(3, content.available(), "content read for " + mediaType);
      }
      assertEquals(Optional.empty(), store.find(ABC_SHA_256));
    }

    @Test
    @DisplayName("a missing argument is rejected as required")
    void missingArguments() {
      BlobStore store = createBlobStore(LIMIT);
      assertRule("content", "required", () -> store.put(null, TEXT));
      assertRule("mediaType", "required", () -> store.put(InputStream.nullInputStream(), null));
      assertRule("contentHash", "required", () -> store.open(null));
      assertRule("contentHash", "required", () -> store.find(null));
      assertRule("contentHash", "required", () -> store.delete(null));
    }
  }

  /**
   * Asserts that {@code call} fails with a {@link ValidationException} of this field and rule.
   *
   * @param field the field the exception must name
   * @param rule the rule the exception must name
   * @param call the call that must fail
   * @return the exception, for further checks of its message
   */
  protected static ValidationException assertRule(String field, String rule, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field + " " + rule, e.field() + " " + e.rule(), e.getMessage());
    return e;
  }

  /** Opens, reads and hashes every blob in passes until the writers are done; returns the last pass's count. */
  private static int readWhileWriting(BlobStore store, List<String> hashes, CountDownLatch written) {
    int complete;
    boolean last;
    do {
      last = written.getCount() == 0;
      complete = 0;
      for (String hash : hashes) {
        try (InputStream in = store.open(hash)) {
          assertEquals(hash, sha256(in), "a reader saw a partial blob");
          complete++;
        } catch (NotFoundException e) {
          assertFalse(last, "a blob was missing after its writer returned");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    } while (!last);
    return complete;
  }

  /** Checks that find and open agree, and that a blob they both see is whole; at rest only. */
  private static void assertWholeOrAbsent(BlobStore store, byte[] content) {
    String hash = sha256(content);
    Optional<BlobRef> found = store.find(hash);
    byte[] read;
    try {
      read = readAll(store, hash);
    } catch (NotFoundException e) {
      read = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(found.isPresent(), read != null, "find and open disagree");
    if (read != null) {
      assertEquals(Optional.of(new BlobRef(hash, content.length, TEXT)), found);
      assertArrayEquals(content, read);
    }
  }

  /** Waits for the other threads; gives up if one of them has failed and will never arrive. */
  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, SECONDS);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("another thread failed", e);
    }
  }

  /** Runs {@code task} on {@code threads} threads released together; returns the results in order. */
  private static <T> List<T> inParallel(int threads, IntFunction<T> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(threads);
    List<T> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int thread = i;
        futures.add(pool.submit(() -> {
          start.await();
          return task.apply(thread);
        }));
      }
      List<Throwable> failures = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      if (!failures.isEmpty()) {
        throw firstCause(failures);
      }
    }
    return results;
  }

  /** A failing thread breaks the barrier the others wait at: report its failure, theirs as suppressed. */
  private static Exception firstCause(List<Throwable> failures) {
    Throwable first = failures.stream()
        .filter(failure -> !(failure.getCause() instanceof BrokenBarrierException
            || failure.getCause() instanceof TimeoutException))
        .findFirst()
        .orElse(failures.get(0));
    failures.stream().filter(failure -> failure != first).forEach(first::addSuppressed);
    if (first instanceof Error error) {
      throw error;
    }
    return first instanceof Exception exception ? exception : new ExecutionException(first);
  }

  private static BlobRef put(BlobStore store, byte[] content, String mediaType) {
    return store.put(new ByteArrayInputStream(content), mediaType);
  }

  private static byte[] readAll(BlobStore store, String hash) throws IOException {
    try (InputStream in = store.open(hash)) {
      return in.readAllBytes();
    }
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) {
    return sha256(bytes, bytes.length);
  }

  private static String sha256(byte[] bytes, int length) {
    MessageDigest digest = newSha256();
    digest.update(bytes, 0, length);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256(InputStream in) {
    MessageDigest digest = newSha256();
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  /** Bytes computed from their position, so any number of them costs no memory and reads alike twice. */
  private static final class GeneratedStream extends InputStream {
    private final long size;
    private long position;

    GeneratedStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return position < size ? byteAt(position++) & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int n = (int) Math.min(length, size - position);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = byteAt(position++);
      }
      return n;
    }

    private static byte byteAt(long position) {
      return (byte) ((position * 0x9E3779B97F4A7C15L) >>> 56);
    }
  }

  /** Yields its bytes, then fails as a broken connection would. */
  private static final class FailingStream extends InputStream {
    private final ByteArrayInputStream bytes;

    FailingStream(byte[] prefix) {
      bytes = new ByteArrayInputStream(prefix);
    }

    @Override
    public int read() throws IOException {
      int b = bytes.read();
      if (b < 0) {
        throw new IOException("connection reset");
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = bytes.read(buffer, offset, length);
      if (n < 0) {
        throw new IOException("connection reset");
      }
      return n;
    }
  }

  /** Remembers whether it was closed. */
  private static final class CloseRecordingStream extends ByteArrayInputStream {
    private boolean closed;

    CloseRecordingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
