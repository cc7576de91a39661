package dev.slakit.status.watch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a main class of the test classpath in a child JVM and reads its standard output line by line. */
final class ChildJvm implements AutoCloseable {

    final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx64m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        return new ChildJvm(pb.start());
    }

    /** @return the next line the child printed, or null at its end */
    String readLine() throws IOException {
        return out.readLine();
    }

    /** Reads lines until one equals {@code expected}; fails if the child ends first. */
    void await(String expected) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new AssertionError("child ended without printing " + expected + ", exit " + exitCode());
    }

    int exitCode() {
        try {
            return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Kills the child like kill -9 and waits for it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    static String path(File f) {
        return f.getAbsolutePath();
    }
}
