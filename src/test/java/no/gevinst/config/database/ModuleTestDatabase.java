package no.gevinst.config.database;

import com.zaxxer.hikari.HikariDataSource;
import no.gevinst.config.GevinstProperties;
import no.gevinst.config.database.DatabaseConfiguration.EmbeddedDatabase;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;

/**
 * The embedded PostgreSQL, with the migrations run as the schema's owner, for a test that boots one module
 * ({@link no.gevinst.GevinstModuleTest}). It goes through {@link DatabaseConfiguration}'s own methods, on the test
 * JVM's shared server ({@link EmbeddedPostgresServers}), so a module test costs a Spring start, not another
 * PostgreSQL. Its beans are declared with Hikari's and Flyway's types: Spring Modulith drops from a module test every
 * bean whose type belongs to a module it does not boot, and these types belong to none.
 */
public final class ModuleTestDatabase {

    private ModuleTestDatabase() {}

    /** A pool on the shared server as the application's role; closing it lets the server go. */
    public static HikariDataSource dataSource(Environment environment) {
        GevinstProperties properties = Binder.get(environment).bindOrCreate("gevinst", GevinstProperties.class);
        DatabaseConfiguration configuration = new DatabaseConfiguration();
        EmbeddedDatabase database = configuration.embeddedDatabase(properties);
        Pool pool = new Pool(database);
        pool.setJdbcUrl(database.server().jdbcUrl());
        pool.setUsername(DatabaseRoles.APPLICATION);
        pool.setPassword(database.server().credentials().application());
        return pool;
    }

    /** Flyway as the schema's owner, as the application runs it; {@code pool} is one {@link #dataSource} made. */
    public static FlywayConfigurationCustomizer migrationsAsOwner(HikariDataSource pool) {
        if (!(pool instanceof Pool ours)) {
            throw new IllegalArgumentException("not a module test's pool: " + pool);
        }
        return new DatabaseConfiguration().migrationsAsOwner(ours.database);
    }

    private static final class Pool extends HikariDataSource {
        private final EmbeddedDatabase database;

        private Pool(EmbeddedDatabase database) {
            this.database = database;
        }

        @Override
        public void close() {
            try {
                super.close();
            } finally {
                database.destroy();
            }
        }
    }
}
