package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The three bundles (bokmål, nynorsk, English) in step: the same keys, the same arguments, MessageFormat-safe. */
class MessageBundlesTest {

    private static final String[] BUNDLES = {"messages.properties", "messages_nn.properties", "messages_en.properties"};

    /** An argument as MessageFormat reads it: {0}, {1,number,#}, {0,choice,…} (its index and its format type). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?");

    @Test
    void bokmalNynorskAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> bokmal = load("messages.properties").stringPropertyNames();
        for (String other : new String[] {"messages_nn.properties", "messages_en.properties"}) {
            Set<String> keys = load(other).stringPropertyNames();
            assertThat(keys).as("keys missing in " + other).containsAll(bokmal);
            assertThat(bokmal).as("keys of " + other + " missing in bokmål").containsAll(keys);
        }
    }

    /** A translation that drops or adds an argument, or formats it otherwise ({1,number,#} as {1}), is wrong. */
    @Test
    void everyTranslationTakesTheSameArgumentsAsBokmal() throws IOException {
        Properties bokmal = load("messages.properties");
        for (String other : new String[] {"messages_nn.properties", "messages_en.properties"}) {
            Properties translated = load(other);
            List<String> wrong = new ArrayList<>();
            for (String key : bokmal.stringPropertyNames()) {
                String nb = bokmal.getProperty(key);
                String tr = translated.getProperty(key, "");
                if (!arguments(nb).equals(arguments(tr))) {
                    wrong.add(key + ": " + arguments(nb) + " ≠ " + arguments(tr));
                }
            }
            assertThat(wrong).as(other).isEmpty();
        }
    }

    /** Nynorsk is kept line for line with bokmål, so that the lead merges and a reader compares them side by side. */
    @Test
    void nynorskKeepsBokmalsOrder() throws IOException {
        assertThat(keysInOrder("messages_nn.properties")).isEqualTo(keysInOrder("messages.properties"));
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as(bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
        }
    }

    /** MessageFormat reads a single quote as the start of literal text, which would swallow the arguments. */
    @Test
    void noMessageWithArgumentsHasASingleQuote() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as(bundle)
                    .filteredOn(key -> messages.getProperty(key).matches("(?s).*\\{\\d.*"))
                    .allSatisfy(key -> assertThat(messages.getProperty(key).replace("''", ""))
                            .as(key)
                            .doesNotContain("'"));
        }
    }

    /**
     * The arguments of a message: each index with the format types it is written in ("1" → [number]). A plural choice
     * is left out of the types, since one language may need a plural form where another does not ("1 benefit is" /
     * "1 gevinst er"); what is inside the choice must still format the argument alike.
     */
    private static SortedMap<String, SortedSet<String>> arguments(String message) {
        SortedMap<String, SortedSet<String>> found = new TreeMap<>();
        Matcher argument = ARGUMENT.matcher(message);
        while (argument.find()) {
            SortedSet<String> types = found.computeIfAbsent(argument.group(1), i -> new TreeSet<>());
            String type = argument.group(2) == null ? "" : argument.group(2);
            if (!type.equals("choice")) {
                types.add(type);
            }
        }
        return found;
    }

    private static List<String> keysInOrder(String name) throws IOException {
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('=')))
                    .toList();
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
