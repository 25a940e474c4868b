package no.gevinst.config.database;

import no.gevinst.config.GevinstProperties;
import org.postgresql.Driver;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Starts the embedded PostgreSQL unless an external one is configured through {@code spring.datasource.url}
 * (or {@code SPRING_DATASOURCE_URL}; then {@link ExternalDatabaseConfiguration} applies). Gevinst works as the
 * ordinary role {@code gevinst_app}; the migrations run as the schema's owner.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatabaseConfiguration.NoExternalDatabase.class)
class DatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(GevinstProperties properties) {
        var settings = properties.embeddedPostgres();
        return new EmbeddedDatabase(
                EmbeddedPostgresServers.acquire(properties.dataDir().resolve("pg"), settings.port(), settings.clean()));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    AvailabilityTrackingDataSource dataSource(EmbeddedDatabase database, DatabaseAvailability availability) {
        AvailabilityTrackingDataSource dataSource = new AvailabilityTrackingDataSource();
        dataSource.setJdbcUrl(database.server().jdbcUrl());
        dataSource.setUsername(DatabaseRoles.APPLICATION);
        dataSource.setPassword(database.server().credentials().application());
        dataSource.reportTo(availability);
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedDatabase database) {
        return flyway -> {
            SimpleDriverDataSource owner = new SimpleDriverDataSource(
                    new Driver(),
                    database.server().jdbcUrl(),
                    DatabaseRoles.OWNER,
                    database.server().credentials().owner());
            flyway.dataSource(owner);
            MigrationPlaceholders.applicationRole(flyway, DatabaseRoles.APPLICATION);
        };
    }

    /** Ties the shared server's lifetime to this context, so that it stops cleanly with the app. */
    record EmbeddedDatabase(EmbeddedPostgresServer server) implements DisposableBean {
        @Override
        public void destroy() {
            EmbeddedPostgresServers.release(server);
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
