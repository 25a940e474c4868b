package no.gevinst.config.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document is the API's contract: every route in it, every operation summarised with the problem
 * responses it can give, downloads described by their media types, examples for the main resources, and Redocly's
 * linter finds no error in it. The document is written to {@code target/openapi.json} for the linter and for readers.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class OpenApiContractIT {

    /** Pinned: the linter's rules change between versions. */
    static final String REDOCLY = "@redocly/cli@2.77.0";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi.json").with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json);
        document = JSON.readTree(json);
    }

    @Test
    void redoclyFindsNoErrorInTheServedDocument() throws Exception {
        ProcessBuilder lint = new ProcessBuilder(
                        npx(), "--yes", REDOCLY, "lint", "target/openapi.json", "--config", "redocly.yaml")
                .redirectErrorStream(true);
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        lint.environment().put("npm_config_prefer_offline", "true");
        lint.environment().put("npm_config_update_notifier", "false");
        Process process = lint.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Woohoo! Your API description is valid.");
    }

    @Test
    void everyOperationHasASummary() {
        List<String> without = new ArrayList<>();
        operations((path, method, operation) -> {
            if (operation.path("summary").asString("").isBlank()) {
                without.add(method.toUpperCase() + " " + path + " (operationId "
                        + operation.path("operationId").asString("") + ")");
            }
        });
        assertThat(without)
                .as("operations without @Operation(summary = ...) on their controller method")
                .isEmpty();
    }

    @Test
    void everyMappedApiRouteIsInTheDocument() {
        Set<String> documented = new TreeSet<>();
        operations((path, method, operation) -> documented.add(method.toUpperCase() + " " + path));
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (!documented.contains(method.name() + " " + path)) {
                        missing.add(method.name() + " " + path + " (" + handler.getShortLogMessage() + ")");
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(documented).hasSizeGreaterThan(100);
    }

    @Test
    void noTwoTypesShareASchemaName() {
        SchemaNames names = new SchemaNames();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))) {
                names.add(handler);
            }
        });
        assertThat(names.shared())
                .as("types that would share one schema in the document: give one @Schema(name = ...)")
                .isEmpty();
    }

    @Test
    void errorsAreProblemDetailsByRule() {
        JsonNode problem = document.at("/components/schemas/ProblemDetail/properties");
        assertThat(names(problem))
                .contains("type", "title", "status", "detail", "instance", "errors", "currentVersion");
        assertThat(names(document.at("/components/schemas/ProblemField/properties")))
                .containsExactly("field", "code", "message");
        operations((path, method, operation) -> {
            JsonNode responses = operation.path("responses");
            List<String> expected = new ArrayList<>(List.of("401", "403"));
            boolean write = !method.equals("get");
            if (path.contains("{")) {
                expected.add("404");
            }
            if (write) {
                expected.addAll(List.of("400", "409", "422"));
            }
            if (operation.has("requestBody")) {
                expected.add("413");
            }
            for (String status : expected) {
                assertThat(responses
                                .path(status)
                                .at("/content/application~1problem+json/schema/$ref")
                                .asString(""))
                        .as(method + " " + path + " " + status)
                        .isEqualTo("#/components/schemas/ProblemDetail");
                assertThat(responses.path(status).path("description").asString(""))
                        .as(method + " " + path + " " + status + " says when it is given")
                        .isNotIn("Bad Request", "Not Found", "Conflict");
            }
            responses
                    .properties()
                    .forEach(e -> assertThat(e.getValue().path("content").has("*/*"))
                            .as(method + " " + path + " " + e.getKey() + " has a media type")
                            .isFalse());
        });
    }

    @Test
    void downloadsAreBinaryOfTheirMediaTypes() {
        Map<String, String> downloads = Map.of(
                "/api/v1/programmes/{id}/valuation.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "/api/v1/plans/{plan}/versions/{number}/workbook.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "/api/v1/plans/{plan}/versions/{number}/document.pdf", "application/pdf",
                "/api/v1/plans/{plan}/annual-status.pdf", "application/pdf",
                "/api/v1/portfolio/report.pdf", "application/pdf",
                "/api/v1/portfolio/board-summary.pdf", "application/pdf",
                "/api/v1/programmes/{id}/network.pdf", "application/pdf",
                "/api/v1/programmes/{id}/network.svg", "image/svg+xml",
                "/api/v1/audit", "text/csv");
        downloads.forEach((path, type) -> {
            JsonNode schema = document.path("paths")
                    .path(path)
                    .path("get")
                    .at("/responses/200/content")
                    .path(type)
                    .path("schema");
            assertThat(schema.path("type").asString("")).as(path).isEqualTo("string");
            assertThat(schema.path("format").asString("")).as(path).isEqualTo("binary");
        });
    }

    @Test
    void theMainResourcesHaveExamples() {
        for (String pointer : List.of(
                "/paths/~1api~1v1~1programmes~1{id}/get/responses/200/content/application~1json/example/code",
                "/paths/~1api~1v1~1programmes/post/requestBody/content/application~1json/example/name",
                "/paths/~1api~1v1~1benefits~1{id}/get/responses/200/content/application~1json/example/code",
                "/paths/~1api~1v1~1benefits/post/requestBody/content/application~1json/example/title",
                "/paths/~1api~1v1~1indicators~1{id}/get/responses/200/content/application~1json/example/indicator",
                "/paths/~1api~1v1~1benefits~1{id}~1indicators/post/requestBody/content/application~1json/example/name",
                "/paths/~1api~1v1~1indicators~1{id}~1measurements/post/requestBody/content/application~1json/example/0",
                "/paths/~1api~1v1~1indicators~1{id}~1measurements/get/responses/200/content/application~1json/example/0")) {
            assertThat(document.at(pointer).isMissingNode()).as(pointer).isFalse();
        }
    }

    @Test
    void theSimulationWritesNoNumberInExponentForm() throws Exception {
        List<String> programmes = jdbc.sql("select id::text from programme order by code")
                .query(String.class)
                .list();
        List<String> numbers = new ArrayList<>();
        for (String programme : programmes) {
            var response = mvc.perform(get("/api/v1/programmes/" + programme + "/valuation/simulation")
                            .param("draws", "200")
                            .with(admin()))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 200) {
                numbers.addAll(numbers(response.getContentAsString(StandardCharsets.UTF_8)));
            }
        }
        assertThat(numbers).isNotEmpty();
        assertThat(numbers).noneMatch(n -> n.contains("e") || n.contains("E"));
        assertThat(numbers)
                .as("figures of ten million kroner or more, which a double writes as 1.0E7 by default")
                .anyMatch(n -> n.replace("-", "").split("\\.")[0].length() >= 8);
    }

    /** The text of every number in the JSON, as written. */
    private static List<String> numbers(String json) {
        List<String> numbers = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                    numbers.add(parser.getString());
                }
            }
        }
        return numbers;
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private void operations(OperationVisitor visitor) {
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> visitor.visit(path.getKey(), op.getKey(), op.getValue())));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static String npx() {
        return System.getProperty("os.name").toLowerCase().contains("win") ? "npx.cmd" : "npx";
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }
}
