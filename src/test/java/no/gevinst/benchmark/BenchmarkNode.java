package no.gevinst.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import no.gevinst.GevinstApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second Gevinst node in this JVM against the first node's database, configured as any node against an external
 * PostgreSQL is ({@code spring.datasource.*}, migrations as the schema's owner): the benchmark sends half its users
 * to each node, as a load balancer would.
 */
final class BenchmarkNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BenchmarkNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param first the first node's pool, whose URL and application role the second node uses
     * @param credentials the embedded server's password file, for the owner role the migrations run as; may be
     *     absent, and then the second node checks the migrations as the application role
     */
    static BenchmarkNode start(DataSource first, Path credentials, Path dataDirectory) throws Exception {
        HikariDataSource pool = first.unwrap(HikariDataSource.class);
        // As command-line arguments: application.yml's ${PORT:8080} and friends outrank default properties.
        List<String> properties = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + pool.getJdbcUrl(),
                "--spring.datasource.username=" + pool.getUsername(),
                "--spring.datasource.password=" + pool.getPassword(),
                "--spring.thymeleaf.cache=true",
                "--gevinst.data-dir=" + dataDirectory.toAbsolutePath(),
                "--gevinst.demo=false"));
        if (Files.isRegularFile(credentials)) {
            Properties passwords = new Properties();
            try (Reader reader = Files.newBufferedReader(credentials)) {
                passwords.load(reader);
            }
            properties.add("--gevinst.migration.username=gevinst_owner");
            properties.add("--gevinst.migration.password=" + passwords.getProperty("gevinst_owner"));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GevinstApplication.class)
                .profiles("test")
                .run(properties.toArray(String[]::new));
        return new BenchmarkNode(context);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
