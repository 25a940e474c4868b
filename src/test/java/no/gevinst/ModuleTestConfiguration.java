package no.gevinst;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import no.gevinst.config.database.ModuleTestDatabase;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * What every {@link GevinstModuleTest} needs beyond its modules: the database, and none of the shared test helpers of
 * this root package ({@link TestUsers}, {@link TestProgrammes}, {@link QueryCounter}, …). Those are components the
 * application's scan finds and they need beans of most modules; Spring Modulith keeps them, as the root package
 * belongs to no module.
 */
@TestConfiguration(proxyBeanMethods = false)
class ModuleTestConfiguration {

    private static final String ROOT = GevinstApplication.class.getPackageName();

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Environment environment) {
        return ModuleTestDatabase.dataSource(environment);
    }

    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(HikariDataSource dataSource) {
        return ModuleTestDatabase.migrationsAsOwner(dataSource);
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor withoutRootTestHelpers() {
        return registry -> Arrays.stream(registry.getBeanDefinitionNames())
                .filter(name -> inRootPackage(registry.getBeanDefinition(name).getBeanClassName()))
                .forEach(registry::removeBeanDefinition);
    }

    private static boolean inRootPackage(String className) {
        return className != null
                && className.startsWith(ROOT + ".")
                && className.lastIndexOf('.') == ROOT.length()
                && !className.equals(GevinstApplication.class.getName())
                && !className.equals(ModuleTestConfiguration.class.getName());
    }
}
