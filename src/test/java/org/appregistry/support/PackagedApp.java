package org.appregistry.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged application (target/app-registry-*.jar, as {@code java -jar} runs it in
 * production) on its own port and PostgreSQL database, with the demo people (operator, alice,
 * bob, carol) so that a harness can build its world over HTTP. {@link #kill()} is {@code kill -9}.
 */
public final class PackagedApp implements AutoCloseable {

    /** base64 of 32 bytes: the same on every node and across restarts, as in production */
    private static final String SECRETS_KEY = "cmVsaWFiaWxpdHktaGFybmVzcy1rZXktMzItYnl0ZXMhIQ==";
    public static final String OPERATOR_PASSWORD = "operator";

    private final String name;
    private final int port;
    private final String databaseUrl;
    private final List<String> settings;
    private Process process;

    public PackagedApp(String name, int port, String databaseUrl, String... settings) {
        this.name = name;
        this.port = port;
        this.databaseUrl = databaseUrl;
        this.settings = List.of(settings);
    }

    public int port() {
        return port;
    }

    /** Starts the jar and returns once /actuator/health is UP. */
    public PackagedApp start(Duration patience) {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx768m", "-jar", jar().toString(),
                "--server.port=" + port, "--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--registry.secrets.key=" + SECRETS_KEY));
        command.addAll(settings);
        Path log = Path.of("target", "reliability", name + ".log");
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
        await().atMost(patience).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended at start, see " + log);
            }
            return healthStatus() == 200;
        });
        return this;
    }

    /** kill -9: no shutdown hook, no lock released, no transaction finished. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The status of /actuator/health, 0 when nothing answers. */
    public int healthStatus() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health")).timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    public HttpApi as(String userId, String password) {
        return new HttpApi(port, userId, password);
    }

    public HttpApi asOperator() {
        return as("operator", OPERATOR_PASSWORD);
    }

    @Override
    public void close() {
        kill();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("app-registry-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: ./mvnw package first"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
