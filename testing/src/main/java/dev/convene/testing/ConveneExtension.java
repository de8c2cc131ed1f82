package dev.convene.testing;

import dev.convene.core.ConveneException;
import dev.convene.core.internal.Checks;
import dev.convene.platform.Convene;
import dev.convene.storage.blob.FileSystemBlobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test its own {@link TestWorld}, searching an index in a
 * temporary folder and keeping attachments in another, and closes it and deletes both folders after
 * the test. A test asks for it with a parameter of type {@code TestWorld}, or of type {@link Convene}
 * for the world's platform; both in one test are the same world.
 *
 * <p>{@link ConveneTest @ConveneTest} registers it with an empty world. Register it yourself to
 * start every test from the same world, built afresh for each test:
 *
 * {@snippet class=dev.convene.testing.snippets.ConveneExtensionSnippet region=world}
 */
public final class ConveneExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ConveneExtension.class);

  private final UnaryOperator<TestWorldBuilder> world;

  /** An extension whose worlds are empty; {@link ConveneTest @ConveneTest} registers it. */
  public ConveneExtension() {
    this(UnaryOperator.identity());
  }

  private ConveneExtension(UnaryOperator<TestWorldBuilder> world) {
    this.world = world;
  }

  /**
   * An extension that builds this world for each test, with search and attachments on temporary
   * folders. Leave {@code world}'s search and blob store unset: the extension sets them.
   *
   * @param world declares the world's communities, users and items on the builder it is handed, and
   *     returns it
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static ConveneExtension withWorld(UnaryOperator<TestWorldBuilder> world) {
    return new ConveneExtension(Checks.required(world, "world"));
  }

  /** Resolves parameters of type {@link TestWorld} and {@link Convene}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestWorld.class || type == Convene.class;
  }

  /** The test's world, or its platform; built on first use and closed after the test. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestWorld resolved = worldOf(context);
    return parameter.getParameter().getType() == Convene.class ? resolved.convene() : resolved;
  }

  private TestWorld worldOf(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    return store.getOrComputeIfAbsent(OpenWorld.class, key -> open(), OpenWorld.class).world();
  }

  private OpenWorld open() {
    Path folder;
    try {
      folder = Files.createTempDirectory("convene-test-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for the test's world", e);
    }
    try {
      Path index = Files.createDirectory(folder.resolve("index"));
      Path blobs = Files.createDirectory(folder.resolve("blobs"));
      TestWorldBuilder builder = Checks.required(world.apply(TestWorld.builder()), "world");
      TestWorld built = builder.search(search -> search.path(index)).blobStore(FileSystemBlobStore.create(blobs))
          .build();
      return new OpenWorld(built, folder);
    } catch (IOException e) {
      delete(folder);
      throw new UncheckedIOException("cannot create a folder for the test's world", e);
    } catch (RuntimeException e) {
      delete(folder);
      throw e;
    }
  }

  /** A world and its folder, closed and deleted when the test's context closes. */
  private record OpenWorld(TestWorld world, Path folder) implements AutoCloseable {
    @Override
    public void close() {
      try {
        world.close();
      } finally {
        delete(folder);
      }
    }
  }

  private static void delete(Path folder) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
          Files.delete(directory);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new ConveneException("test-world.cleanup-failed", Map.of(), "cannot delete the test's folder " + folder, e);
    }
  }
}
