package dev.slakit.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet convention itself: what is extracted, how it is wrapped, and which README edits fail the build. */
class SnippetExtractorTest {

    private static List<Snippet> extract(String markdown) {
        return SnippetExtractor.extract("README.md", markdown.lines().toList());
    }

    @Test
    void takesOnlyJavaBlocksWithTheirLineAndDirectives() {
        List<Snippet> s = extract("""
                # Title
                ```bash
                echo <!-- given: not a directive inside a fence -->
                ```
                <!-- given: int a = 1; -->
                <!-- throws: IllegalStateException -->

                ```java
                check(a);
                ```

                <!-- then: cleanUp(); -->
                text
                ```java
                class Foo {}
                ```
                """);

        assertThat(s).hasSize(2);
        assertThat(s.get(0).line()).isEqualTo(8);
        assertThat(s.get(0).code()).containsExactly("check(a);");
        assertThat(s.get(0).given()).containsExactly("int a = 1;");
        assertThat(s.get(0).then()).containsExactly("cleanUp();");
        assertThat(s.get(0).throwsType()).isEqualTo("IllegalStateException");
        assertThat(s.get(0).declaredType()).isNull();
        assertThat(s.get(1).declaredType()).isEqualTo("Foo");
        assertThat(s.get(1).given()).isEmpty();
    }

    @Test
    void aDirectiveDetachedFromItsBlockFailsNamingTheLine() {
        assertThatThrownBy(() -> extract("""
                <!-- given: int a = 1; -->
                Some text that was inserted later.
                ```java
                check(a);
                ```
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("README.md:1:");
    }

    @Test
    void anUnknownSnippetModeAndAnUnclosedFenceFail() {
        assertThatThrownBy(() -> extract("<!-- snippet: maybe -->\n```java\nx();\n```\n"))
                .hasMessageContaining("compile-only or skip");
        assertThatThrownBy(() -> extract("```java\nx();\n"))
                .hasMessageContaining("README.md:1: the code fence is never closed");
    }

    @Test
    void statementsBecomeATestMethodWithTheServerOnlyWhenMentioned() {
        Snippet uses = extract("<!-- given: URI e = server.endpoint(); -->\n```java\nuse(e);\n```\n").get(0);
        Snippet plain = extract("```java\nuse(1);\n```\n").get(0);

        String withServer = SnippetSources.methodSource(uses, Set.of("dev.slakit.sla"));
        String without = SnippetSources.methodSource(plain, Set.of("dev.slakit.sla"));

        assertThat(SnippetSources.className(uses)).isEqualTo("ReadmeMdLine2Test");
        assertThat(withServer).contains("import dev.slakit.sla.*;", "import java.time.*;", "@org.junit.jupiter.api.Test",
                "FakeStatusServer server = dev.slakit.testing.FakeStatusServer.start()", "URI e = server.endpoint();");
        assertThat(without).doesNotContain("FakeStatusServer");
    }

    @Test
    void compileOnlyBlocksAreNotTestsAndThrowsWrapsTheBlock() {
        Snippet compileOnly = extract("<!-- snippet: compile-only -->\n```java\nuse(1);\n```\n").get(0);
        Snippet throwing = extract("<!-- throws: UnsupportedSlaException -->\n```java\nuse(1);\n```\n").get(0);

        assertThat(SnippetSources.methodSource(compileOnly, Set.of())).doesNotContain("@org.junit.jupiter.api.Test");
        assertThat(SnippetSources.methodSource(throwing, Set.of()))
                .contains("assertThrows(UnsupportedSlaException.class, () -> {");
    }

    @Test
    void writesClassBlocksAsTheyAreAndRefusesTwoOfTheSameName(@TempDir Path dir) throws Exception {
        List<Snippet> s = extract("```java\nclass MyTest {}\n```\n<!-- snippet: skip -->\n```java\nnot java\n```\n");

        assertThat(SnippetSources.write(s, Set.of(), dir)).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("snippets/MyTest.java")))
                .contains("package snippets;", "class MyTest {}", "README.md:1");
        assertThatThrownBy(() -> SnippetSources.write(List.of(s.get(0), s.get(0)), Set.of(), dir))
                .hasMessageContaining("already declares MyTest");
    }

    @Test
    void findsThePublicSlakitPackagesOnTheClassPath() throws Exception {
        Set<String> packages = SnippetSources.slakitPackages(getClass().getClassLoader());

        assertThat(packages).contains("dev.slakit.sla", "dev.slakit.status", "dev.slakit.testing")
                .noneMatch(p -> p.contains("internal")).noneMatch(p -> p.startsWith("dev.slakit.downstream"));
    }
}
