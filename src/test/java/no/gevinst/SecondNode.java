package no.gevinst;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.gevinst.config.database.RunningDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another Gevinst node in the test JVM (profile {@code test}, a free port), against a database that is already
 * there: as several nodes behind a load balancer share one PostgreSQL. Close the context to stop the node.
 *
 * <p>Beside a running {@code @SpringBootTest} context (which uses the test JVM's embedded server):
 * {@code SecondNode.beside(context)}, or {@code SecondNode.start(SecondNode.databaseOf(context))}.
 */
public final class SecondNode {

    private static final AtomicInteger started = new AtomicInteger();

    /** Where a node finds its database: the role it works as, and the role its migrations run as. */
    public record Database(
            String jdbcUrl, String user, String password, String migrationUser, String migrationPassword) {

        /** One role for both, as in the README's simple setup. */
        public Database(String jdbcUrl, String user, String password) {
            this(jdbcUrl, user, password, user, password);
        }

        /** Without the passwords, which have no business in a test's output. */
        @Override
        public String toString() {
            return "Database[" + jdbcUrl + " as " + user + ", migrations as " + migrationUser + "]";
        }
    }

    private SecondNode() {}

    /** A node against the database, working and migrating as the one role given. */
    public static ConfigurableApplicationContext start(String jdbcUrl, String user, String password) {
        return start(new Database(jdbcUrl, user, password));
    }

    /** A node against the same database as the running node (embedded or external) and with the same roles. */
    public static ConfigurableApplicationContext beside(ConfigurableApplicationContext first, String... properties) {
        return start(databaseOf(first), properties);
    }

    /** The database a running node uses, with the roles it works and migrates as. */
    public static Database databaseOf(ConfigurableApplicationContext node) {
        return RunningDatabase.of(node);
    }

    /**
     * A node against the database; the properties ({@code name=value}) win over the test profile's.
     */
    public static ConfigurableApplicationContext start(Database database, String... properties) {
        List<String> settings = new ArrayList<>(List.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + database.password(),
                "gevinst.migration.username=" + database.migrationUser(),
                "gevinst.migration.password=" + database.migrationPassword(),
                // Unused against an external database; its own, so that no node could ever share an embedded one.
                "gevinst.data-dir=target/node-" + started.incrementAndGet(),
                "server.port=0",
                "spring.main.banner-mode=off"));
        settings.addAll(List.of(properties));
        // As command-line arguments, so that they win over the test profile's settings.
        return new SpringApplicationBuilder(GevinstApplication.class)
                .profiles("test")
                .run(settings.stream().map(setting -> "--" + setting).toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
