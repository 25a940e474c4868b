package no.gevinst.config.database;

import no.gevinst.SecondNode;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** The database a running node uses, for starting another node against it ({@link SecondNode}). */
public final class RunningDatabase {

    private RunningDatabase() {}

    public static SecondNode.Database of(ApplicationContext node) {
        DatabaseConfiguration.EmbeddedDatabase embedded = node.getBeanProvider(
                        DatabaseConfiguration.EmbeddedDatabase.class)
                .getIfAvailable();
        if (embedded != null) {
            EmbeddedPostgresServer server = embedded.server();
            return new SecondNode.Database(
                    server.jdbcUrl(),
                    DatabaseRoles.APPLICATION,
                    server.credentials().application(),
                    DatabaseRoles.OWNER,
                    server.credentials().owner());
        }
        Environment settings = node.getEnvironment();
        String url = settings.getRequiredProperty("spring.datasource.url");
        String user = settings.getRequiredProperty("spring.datasource.username");
        String password = settings.getProperty("spring.datasource.password", "");
        String migrationUser = settings.getProperty("gevinst.migration.username", "");
        if (!StringUtils.hasText(migrationUser)) {
            return new SecondNode.Database(url, user, password);
        }
        return new SecondNode.Database(
                url, user, password, migrationUser, settings.getProperty("gevinst.migration.password", ""));
    }

    /** Whether the node runs an embedded server of its own: a node against an external database never does. */
    public static boolean hasEmbeddedServer(ApplicationContext node) {
        return node.getBeanProvider(DatabaseConfiguration.EmbeddedDatabase.class)
                        .getIfAvailable()
                != null;
    }
}
