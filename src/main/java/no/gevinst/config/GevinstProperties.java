package no.gevinst.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code gevinst.*}.
 *
 * @param dataDir where the embedded PostgreSQL keeps its files between runs
 * @param embeddedPostgres how the embedded PostgreSQL is run
 */
@ConfigurationProperties("gevinst")
public record GevinstProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue EmbeddedPostgres embeddedPostgres) {

    /**
     * @param port the port to listen on; 0 picks a free one
     * @param clean start from an empty data directory (tests only: it throws the data away)
     */
    public record EmbeddedPostgres(
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean clean) {}
}
