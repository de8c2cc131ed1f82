package dev.convene.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The time of a search named by the last announcement expiry it has passed. */
class ExpiriesTest {

  private static Document announcement(String key, long expires) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KEY, key, Field.Store.NO));
    doc.add(new LongPoint(Fields.EXPIRES, expires));
    return doc;
  }

  @Test
  @DisplayName("names a time by the last expiry at or before it, over every segment, deleted ones included")
  void lastPassed() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
             .setMergePolicy(NoMergePolicy.INSTANCE))) {
      writer.addDocument(announcement("a", 100));
      writer.addDocument(announcement("b", 300));
      writer.addDocument(new Document());
      writer.commit();
      writer.addDocument(announcement("c", 200));
      writer.addDocument(announcement("d", 300));
      writer.commit();
      Expiries expiries = new Expiries();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(2, reader.leaves().size());
        assertEquals(Long.MIN_VALUE, expiries.lastPassed(reader, 99), "nothing has expired yet");
        assertEquals(100, expiries.lastPassed(reader, 100), "an expiry is passed at its instant");
        assertEquals(100, expiries.lastPassed(reader, 199));
        assertEquals(200, expiries.lastPassed(reader, 250), "from the second segment");
        assertEquals(300, expiries.lastPassed(reader, Long.MAX_VALUE));
      }
      writer.deleteDocuments(new Term(Fields.KEY, "c"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        // the deleted announcement's instant may stay: between two listed instants nothing expires either
        long passed = expiries.lastPassed(reader, 250);
        assertEquals(true, passed == 100 || passed == 200, "100 or 200, not " + passed);
      }
    }
  }
}
