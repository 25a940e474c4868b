package no.gevinst.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the demo's data files under {@code src/main/resources/demo/} into typed records. The files hold the data;
 * the demo classes only hand it to the modules' services, so that rights, audit and validation apply as for users.
 */
final class DemoFiles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DemoFiles() {}

    /** The records of a file holding a JSON array, in the file's order. */
    static <T> List<T> list(String file, Class<T[]> type) {
        try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
            return Arrays.asList(JSON.readValue(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo file " + file, e);
        }
    }
}
