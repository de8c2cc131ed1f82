package dev.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A search snippet, escaped HTML with marks, becomes runs of plain text that the template escapes. */
class SnippetSegmentsTest {
  @Test
  void marksBecomeMarkedRunsAndEntitiesBecomeText() {
    assertEquals(List.of(new Views.Segment("a ", false), new Views.Segment("report", true),
            new Views.Segment(" on <b>pensions</b> & \"more\"", false)),
        PortalServer.segments("a <mark>report</mark> on &lt;b&gt;pensions&lt;/b&gt; &amp; &quot;more&quot;"));
  }

  @Test
  void anEscapedAmpersandIsUnescapedOnce() {
    assertEquals(List.of(new Views.Segment("&lt;", false)), PortalServer.segments("&amp;lt;"));
  }

  @Test
  void anEmptySnippetHasNoRunsAndAnUnclosedMarkRunsToTheEnd() {
    assertEquals(List.of(), PortalServer.segments(""));
    assertEquals(List.of(new Views.Segment("x", false), new Views.Segment("y", true)),
        PortalServer.segments("x<mark>y"));
  }
}
