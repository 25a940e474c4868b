package no.gevinst.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded PostgreSQL unless an external one is configured through {@code spring.datasource.url}
 * (or {@code SPRING_DATASOURCE_URL}); then Spring Boot's own data source wiring takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatabaseConfiguration.NoExternalDatabase.class)
class DatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(GevinstProperties properties) {
        var settings = properties.embeddedPostgres();
        return new EmbeddedDatabase(
                EmbeddedPostgresServer.acquire(properties.dataDir().resolve("pg"), settings.port(), settings.clean()));
    }

    @Bean
    HikariDataSource dataSource(EmbeddedDatabase database) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(database.jdbcUrl())
                .username(EmbeddedPostgresServer.USER)
                .build();
    }

    /** Ties the shared server's lifetime to this context, so that it stops cleanly with the app. */
    record EmbeddedDatabase(String jdbcUrl) implements DisposableBean {
        @Override
        public void destroy() {
            EmbeddedPostgresServer.release();
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
