package dev.convene.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the class a ready platform: declare a parameter of type {@link TestWorld} (an
 * empty world) or {@link dev.convene.platform.Convene} (that world's platform), in a test method, a
 * constructor or a {@code @BeforeEach} method. Each test gets its own, searching an index in a
 * temporary folder and keeping attachments in another, closed and deleted after the test.
 *
 * {@snippet class=dev.convene.testing.snippets.ConveneTestSnippet region=annotation}
 *
 * <p>To start every test from a world of communities, people and items, register a {@link
 * ConveneExtension} with that world instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(ConveneExtension.class)
public @interface ConveneTest {}
