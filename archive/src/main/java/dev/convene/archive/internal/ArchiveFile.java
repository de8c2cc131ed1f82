package dev.convene.archive.internal;

import dev.convene.core.ConveneException;
import dev.convene.core.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An archive opened for reading: a zip file read by entry name, so that an import can read the small
 * entries first, stream the large ones line by line and fetch each attachment's bytes when it needs
 * them. An archive given as a stream is copied to a temporary file first, deleted on {@link #close()}.
 * Every defect of the zip or of an entry is a {@link ValidationException} naming the entry.
 */
final class ArchiveFile implements AutoCloseable {
  private final ZipFile zip;
  private final Optional<Path> temporary;

  private ArchiveFile(ZipFile zip, Optional<Path> temporary) {
    this.zip = zip;
    this.temporary = temporary;
  }

  /** Opens the archive at {@code path}. */
  static ArchiveFile open(Path path) {
    return open(path, Optional.empty());
  }

  /** Copies {@code in} to a temporary file, which {@link #close()} deletes, and opens it. */
  static ArchiveFile copy(InputStream in) {
    Path file;
    try {
      file = Files.createTempFile("convene-archive-", ".zip");
    } catch (IOException e) {
      throw new ConveneException("archive.read-failed", Map.of(),
          "cannot create a temporary file for the archive: " + e.getMessage(), e);
    }
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(file);
      throw new ConveneException("archive.read-failed", Map.of(), "cannot read the archive: " + e.getMessage(), e);
    }
    return open(file, Optional.of(file));
  }

  private static ArchiveFile open(Path path, Optional<Path> temporary) {
    try {
      return new ArchiveFile(new ZipFile(path.toFile(), StandardCharsets.UTF_8), temporary);
    } catch (ZipException e) {
      temporary.ifPresent(ArchiveFile::deleteQuietly);
      throw new ValidationException("archive", "zip", "is not a zip file: " + e.getMessage());
    } catch (IOException e) {
      temporary.ifPresent(ArchiveFile::deleteQuietly);
      throw new ConveneException("archive.read-failed", Map.of(),
          "cannot open the archive " + path + ": " + e.getMessage(), e);
    }
  }

  /** The entry named {@code name}, if the archive has one. */
  Optional<ZipEntry> entry(String name) {
    return Optional.ofNullable(zip.getEntry(name));
  }

  /** Opens the entry's bytes; the caller closes the stream. */
  InputStream open(ZipEntry entry) {
    try {
      return zip.getInputStream(entry);
    } catch (IOException e) {
      throw broken(entry.getName(), e);
    }
  }

  /** The whole JSON value of the entry {@code name}, which must exist. */
  In json(String name) {
    ZipEntry entry = require(name);
    try (InputStream in = open(entry)) {
      return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw broken(name, e);
    }
  }

  /** The elements of the JSON array in the entry {@code name}, each read by {@code read}. */
  <T> List<T> array(String name, Function<In, T> read) {
    In json = json(name);
    List<T> values = new ArrayList<>();
    json.elements().forEach(element -> values.add(read.apply(element.asObject())));
    return values;
  }

  /**
   * Reads the JSON Lines entry {@code name}, which must exist, line by line: each non-blank line is
   * one value, named {@code name:<line>} in errors. Only one line is held at a time.
   */
  void lines(String name, Consumer<In> each) {
    ZipEntry entry = require(name);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(entry), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          each.accept(Json.parse(line, name + ":" + number).asObject());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw broken(name, e);
    }
  }

  /** Reads the JSON Lines entry {@code name} as {@link #lines} does, if the archive has it. */
  void linesIfPresent(String name, Consumer<In> each) {
    if (entry(name).isPresent()) {
      lines(name, each);
    }
  }

  private ZipEntry require(String name) {
    return entry(name).orElseThrow(() -> new ValidationException(name, "required", "is missing from the archive"));
  }

  private static ValidationException broken(String name, Exception e) {
    return new ValidationException(name, "zip", "cannot be read from the archive: " + e.getMessage());
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // nothing was written: a failure to close a file we only read loses nothing
    }
    temporary.ifPresent(ArchiveFile::deleteQuietly);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
