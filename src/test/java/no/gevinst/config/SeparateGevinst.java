package no.gevinst.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.GevinstApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Gevinst of its own in the test JVM, on its own data directory under target/ (so its own embedded
 * PostgreSQL, or the external one given), for tests that kill or stop its database: the server that the other
 * integration tests share is never touched.
 */
final class SeparateGevinst {

    private SeparateGevinst() {}

    static ConfigurableApplicationContext start(String name, String... properties) {
        List<String> settings = new ArrayList<>(List.of(
                "gevinst.data-dir=target/" + name,
                "gevinst.demo=false",
                "server.port=0",
                "spring.main.banner-mode=off"));
        settings.addAll(List.of(properties));
        // As command-line arguments, so that they win over the test profile's settings.
        return new SpringApplicationBuilder(GevinstApplication.class)
                .profiles("test")
                .run(settings.stream().map(setting -> "--" + setting).toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext gevinst) {
        return Integer.parseInt(gevinst.getEnvironment().getRequiredProperty("local.server.port"));
    }

    static Path postgresDirectory(String name) {
        return Path.of("target", name, "pg").toAbsolutePath();
    }

    static ProcessHandle postmaster(String name) throws java.io.IOException {
        long pid = Long.parseLong(Files.readAllLines(postgresDirectory(name).resolve("postmaster.pid"))
                .getFirst()
                .trim());
        return ProcessHandle.of(pid).orElseThrow();
    }
}
