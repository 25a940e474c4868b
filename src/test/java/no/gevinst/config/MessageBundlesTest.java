package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void bokmalAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> bokmal = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(english).as("keys missing in English").containsAll(bokmal);
        assertThat(bokmal).as("keys missing in bokmål").containsAll(english);
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as(bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
        }
    }

    /** MessageFormat reads a single quote as the start of literal text, which would swallow the arguments. */
    @Test
    void noMessageWithArgumentsHasASingleQuote() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as(bundle)
                    .filteredOn(key -> messages.getProperty(key).matches("(?s).*\\{\\d.*"))
                    .allSatisfy(key -> assertThat(messages.getProperty(key).replace("''", ""))
                            .as(key)
                            .doesNotContain("'"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
