package dev.slakit.downstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the {@code java} blocks of Markdown files into test sources, by this convention:
 * <ul>
 *   <li>A block that declares a top-level type (it contains {@code class X}) is a complete file: it is written as
 *       it is, as {@code X.java} in package {@code snippets} (unless it declares a package), so it must show its
 *       own imports. Surefire runs it when it is a test.</li>
 *   <li>Any other block is a list of statements: it becomes the body of a JUnit test method in a class named after
 *       its place ({@code README.md} line 73 gives {@code ReadmeMdLine73Test}) that imports {@link #JDK_IMPORTS}
 *       and every public (non-{@code internal}) {@code dev.slakit} package on the class path. When the block or
 *       its directives mention {@code server}, a fresh {@code FakeStatusServer server} on 127.0.0.1 is in scope.
 *       </li>
 *   <li>Directives in HTML comments: {@code <!-- given: statements -->} before the block and
 *       {@code <!-- then: statements -->} after it are run around it without being shown;
 *       {@code <!-- throws: X -->} makes the test pass only if the block throws {@code X};
 *       {@code <!-- snippet: compile-only -->} compiles without running; {@code <!-- snippet: skip -->} neither.
 *       </li>
 * </ul>
 * Run as a program: {@code SnippetSources <repository root> <output directory> <file or directory>...};
 * directories contribute their {@code *.md} files. Not thread-safe (a build step).
 */
public final class SnippetSources {

    /** The JDK packages every statement block imports. */
    public static final List<String> JDK_IMPORTS = List.of("java.io", "java.math", "java.net", "java.nio.file", "java.time",
            "java.time.format", "java.util", "java.util.concurrent");

    private static final Pattern USES_SERVER = Pattern.compile("\\bserver\\b");

    private SnippetSources() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: SnippetSources <repository root> <output directory> <file or directory>...");
        }
        Path root = Paths.get(args[0]).toAbsolutePath().normalize();
        Path out = Paths.get(args[1]).toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path p = root.resolve(args[i]);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such Markdown file or directory: " + p);
            }
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Path f : files) {
            String name = root.relativize(f).toString().replace('\\', '/');
            snippets.addAll(SnippetExtractor.extract(name, Files.readAllLines(f, StandardCharsets.UTF_8)));
        }
        int written = write(snippets, slakitPackages(Thread.currentThread().getContextClassLoader()), out);
        System.out.println("[snippets] " + written + " java blocks of " + files.size() + " Markdown files -> " + out);
    }

    /**
     * Writes one source file per block that is not skipped, after deleting {@code out}.
     *
     * @return the number of files written
     * @throws IllegalArgumentException if two class blocks declare the same type, or a class block has directives
     */
    public static int write(List<Snippet> snippets, Set<String> slakitPackages, Path out) throws IOException {
        deleteRecursively(out);
        Files.createDirectories(out.resolve("snippets"));
        Set<String> classNames = new HashSet<>();
        int written = 0;
        for (Snippet s : snippets) {
            if (s.mode() == Snippet.Mode.SKIP) {
                continue;
            }
            String type = s.declaredType();
            if (type != null) {
                if (!s.given().isEmpty() || !s.then().isEmpty() || s.throwsType() != null) {
                    throw new IllegalArgumentException(s.where() + ": a block that declares a class takes no"
                            + " given/then/throws directive");
                }
                if (!classNames.add(type)) {
                    throw new IllegalArgumentException(s.where() + ": another block already declares " + type);
                }
                Files.write(out.resolve("snippets").resolve(type + ".java"), withOrigin(s, String.join("\n", s.code())));
            } else {
                Files.write(out.resolve("snippets").resolve(className(s) + ".java"),
                        methodSource(s, slakitPackages).getBytes(StandardCharsets.UTF_8));
            }
            written++;
        }
        return written;
    }

    /** {@code README.md} line 73 gives {@code ReadmeMdLine73Test}; {@code docs/a-b.md} line 5 {@code ABMdLine5Test}. */
    static String className(Snippet s) {
        String base = s.file().substring(s.file().lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder();
        for (String part : base.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase());
            }
        }
        return sb + "Line" + s.line() + "Test";
    }

    static String methodSource(Snippet s, Set<String> slakitPackages) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Generated from ").append(s.where()).append("; edit the Markdown, not this file.\n");
        sb.append("package snippets;\n\n");
        for (String p : JDK_IMPORTS) {
            sb.append("import ").append(p).append(".*;\n");
        }
        for (String p : slakitPackages) {
            sb.append("import ").append(p).append(".*;\n");
        }
        sb.append("\n@SuppressWarnings(\"all\")\nclass ").append(className(s)).append(" {\n\n");
        if (s.mode() == Snippet.Mode.RUN) {
            sb.append("    @org.junit.jupiter.api.Test\n    @org.junit.jupiter.api.DisplayName(\"")
                    .append(s.where()).append("\")\n");
        }
        sb.append("    void snippet() throws Throwable {\n");
        String indent = "        ";
        boolean server = Stream.of(s.given(), s.code(), s.then()).flatMap(List::stream)
                .anyMatch(l -> USES_SERVER.matcher(l).find());
        if (server) {
            sb.append(indent).append("try (dev.slakit.testing.FakeStatusServer server = ")
                    .append("dev.slakit.testing.FakeStatusServer.start()) {\n");
            indent += "    ";
        }
        append(sb, indent, "// given (hidden in the Markdown)", s.given());
        if (s.throwsType() != null) {
            sb.append(indent).append("org.junit.jupiter.api.Assertions.assertThrows(").append(s.throwsType())
                    .append(".class, () -> {\n");
            append(sb, indent + "    ", "// " + s.where(), s.code());
            sb.append(indent).append("}, \"").append(s.where()).append(" must throw ").append(s.throwsType())
                    .append("\");\n");
        } else {
            append(sb, indent, "// " + s.where(), s.code());
        }
        append(sb, indent, "// then (hidden in the Markdown)", s.then());
        if (server) {
            sb.append("        }\n");
        }
        sb.append("    }\n}\n");
        return sb.toString();
    }

    private static void append(StringBuilder sb, String indent, String comment, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        sb.append(indent).append(comment).append('\n');
        for (String l : lines) {
            sb.append(indent).append(l).append('\n');
        }
    }

    /** A class block as it is, in package {@code snippets} unless it declares a package itself. */
    private static byte[] withOrigin(Snippet s, String code) {
        String pkg = s.code().stream().anyMatch(l -> l.startsWith("package ")) ? "" : "package snippets;\n";
        return ("// Generated from " + s.where() + "; edit the Markdown, not this file.\n" + pkg + code + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code dev.slakit} packages visible to {@code loader} that hold classes, without {@code internal} ones. */
    static Set<String> slakitPackages(ClassLoader loader) throws IOException {
        Set<String> packages = new TreeSet<>();
        for (URL url : Collections.list(loader.getResources("dev/slakit/"))) {
            List<String> entries = new ArrayList<>();
            if (url.getProtocol().equals("jar")) {
                JarURLConnection c = (JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = c.getJarFile()) {
                    jar.stream().forEach(e -> entries.add(e.getName()));
                }
            } else {
                Path dir;
                try {
                    dir = Paths.get(url.toURI()).getParent().getParent();
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
                try (Stream<Path> s = Files.walk(dir)) {
                    s.forEach(p -> entries.add(dir.relativize(p).toString().replace('\\', '/')));
                }
            }
            for (String e : entries) {
                int slash = e.lastIndexOf('/');
                if (e.endsWith(".class") && slash > 0 && !e.endsWith("package-info.class")) {
                    String pkg = e.substring(0, slash).replace('/', '.');
                    if (pkg.startsWith("dev.slakit.") && !pkg.matches(".*\\binternal\\b.*")
                            && !pkg.startsWith("dev.slakit.downstream")) {
                        packages.add(pkg);
                    }
                }
            }
        }
        return packages;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
