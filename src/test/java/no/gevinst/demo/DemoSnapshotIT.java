package no.gevinst.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's API answers, written with generated ids replaced by the name of what they point to, so that the demo
 * read from data files can be compared with the demo built in code. The first run (no {@code target/demo-before})
 * writes the reference; later runs write {@code target/demo-after} and must answer the same (properties and arrays
 * compared in a stable order). Other tests change the demo, so it runs only when asked, alone on a fresh database:
 * {@code DEMO_SNAPSHOT=1 ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DemoSnapshotIT},
 * once on the commit before a change of the demo and once after it.
 */
@GevinstIntegrationTest
@EnabledIfEnvironmentVariable(named = "DEMO_SNAPSHOT", matches = ".+")
@AutoConfigureMockMvc
class DemoSnapshotIT {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[0-9.:+\\-Z]*");
    private static final List<String> NAMES = List.of("code", "title", "name", "label", "username", "number");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final Map<String, String> names = new HashMap<>();

    @Test
    void theDemoAnswersAsBefore() throws Exception {
        Map<String, JsonNode> answers = answers();
        answers.values().forEach(this::collectNames);
        Path before = Path.of("target", "demo-before");
        boolean reference = !Files.isDirectory(before);
        Path dir = reference ? before : Path.of("target", "demo-after");
        Files.createDirectories(dir);
        for (var answer : answers.entrySet()) {
            Files.writeString(dir.resolve(answer.getKey() + ".json"), normalised(answer.getValue()));
        }
        if (!reference) {
            for (String file : answers.keySet()) {
                assertThat(canonical(dir.resolve(file + ".json")))
                        .as(file)
                        .isEqualTo(canonical(before.resolve(file + ".json")));
            }
        }
    }

    private String canonical(Path file) throws java.io.IOException {
        return json.writeValueAsString(sorted(json.readTree(Files.readString(file))));
    }

    private Map<String, JsonNode> answers() throws Exception {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("programmes", read("/api/v1/programmes"));
        answers.put("benefits", read("/api/v1/benefits?size=500"));
        answers.put("dashboard", read("/api/v1/portfolio/dashboard"));
        answers.put("organisations", read("/api/v1/organisations"));
        answers.put("people", read("/api/v1/people"));
        for (JsonNode programme : objectsWith(answers.get("programmes"), "code")) {
            String id = programme.get("id").asString();
            String code = programme.get("code").asString();
            for (String part : List.of("export", "network", "valuation", "objectives", "plans", "decisions")) {
                answers.put(code + "-" + part, read("/api/v1/programmes/" + id + "/" + part));
            }
        }
        for (JsonNode benefit : objectsWith(answers.get("benefits"), "title")) {
            String id = benefit.get("id").asString();
            JsonNode indicators = read("/api/v1/benefits/" + id + "/indicators");
            answers.put("indicators-" + benefit.get("title").asString().hashCode(), indicators);
        }
        return answers;
    }

    private JsonNode read(String path) throws Exception {
        String body = mvc.perform(get(path).with(users.session(TestUsers.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static List<JsonNode> objectsWith(JsonNode node, String field) {
        List<JsonNode> found = new ArrayList<>();
        if (node.isObject() && node.has(field) && node.has("id")) {
            found.add(node);
        }
        for (JsonNode child : node) {
            found.addAll(objectsWith(child, field));
        }
        return found;
    }

    private void collectNames(JsonNode node) {
        if (node.isObject() && node.has("id") && node.get("id").isString()) {
            NAMES.stream()
                    .filter(n -> node.has(n) && node.get(n).isValueNode())
                    .findFirst()
                    .ifPresent(n -> names.putIfAbsent(
                            node.get("id").asString(), n + ":" + node.get(n).asString()));
        }
        for (JsonNode child : node) {
            collectNames(child);
        }
    }

    /** The answer with ids named, times blanked and arrays in a stable order. */
    private String normalised(JsonNode answer) {
        Matcher ids = UUID.matcher(json.writeValueAsString(answer));
        String named = ids.replaceAll(m -> Matcher.quoteReplacement("@" + names.getOrDefault(m.group(), "?")));
        String text = INSTANT.matcher(named).replaceAll("#time");
        return json.writeValueAsString(sorted(json.readTree(text)));
    }

    private JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            // Maps built from unordered queries come in any key order: compare them by key.
            ObjectNode ordered = json.createObjectNode();
            new java.util.TreeSet<>(object.propertyNames()).forEach(key -> ordered.set(key, sorted(object.get(key))));
            return ordered;
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(item -> items.add(sorted(item)));
            items.sort(Comparator.comparing(JsonNode::toString));
            array.removeAll();
            items.forEach(array::add);
        }
        return node;
    }
}
