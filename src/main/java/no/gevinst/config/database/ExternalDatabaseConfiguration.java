package no.gevinst.config.database;

import org.postgresql.Driver;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * An external PostgreSQL ({@code SPRING_DATASOURCE_URL}): Gevinst works as {@code SPRING_DATASOURCE_USERNAME};
 * the migrations run as {@code GEVINST_MIGRATION_USERNAME} (the schema's owner) when it is set, and as the same
 * role otherwise, so that a simple setup with one role still works.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfiguration.ExternalDatabase.class)
class ExternalDatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    AvailabilityTrackingDataSource dataSource(DataSourceProperties properties, DatabaseAvailability availability) {
        AvailabilityTrackingDataSource dataSource = properties
                .initializeDataSourceBuilder()
                .type(AvailabilityTrackingDataSource.class)
                .build();
        dataSource.reportTo(availability);
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(DataSourceProperties properties, Environment environment) {
        return flyway -> {
            String owner = environment.getProperty("gevinst.migration.username");
            if (StringUtils.hasText(owner)) {
                flyway.dataSource(new SimpleDriverDataSource(
                        new Driver(),
                        properties.determineUrl(),
                        owner,
                        environment.getProperty("gevinst.migration.password", "")));
            }
            String application = properties.determineUsername();
            if (!StringUtils.hasText(application)) {
                throw new IllegalStateException(
                        "Set SPRING_DATASOURCE_USERNAME: the migrations grant that role its rights");
            }
            MigrationPlaceholders.applicationRole(flyway, application);
        };
    }

    static class ExternalDatabase extends DatabaseConfiguration.NoExternalDatabase {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
