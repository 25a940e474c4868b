package no.gevinst.config.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tidies the document: a tag that two controllers declare becomes one (their descriptions joined), and the examples
 * in {@code openapi/examples.json} are set on the operations they name ({@code "GET /api/v1/programmes/{id}"}: a
 * {@code request} body and answers by status). An example for an operation that is no longer there is an error, so
 * that renaming a route cannot leave its example behind unnoticed.
 */
final class ApiHousekeeping implements OpenApiCustomizer {

    static final String EXAMPLES = "openapi/examples.json";

    @Override
    public void customise(OpenAPI openApi) {
        mergeTags(openApi);
        examples().forEach((operation, parts) -> addExamples(openApi, operation, parts));
    }

    private static void mergeTags(OpenAPI openApi) {
        if (openApi.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : openApi.getTags()) {
            Tag first = byName.putIfAbsent(tag.getName(), tag);
            if (first != null
                    && tag.getDescription() != null
                    && !tag.getDescription().equals(first.getDescription())) {
                first.setDescription(
                        first.getDescription() == null
                                ? tag.getDescription()
                                : first.getDescription() + "; " + tag.getDescription());
            }
        }
        openApi.setTags(new ArrayList<>(byName.values()));
    }

    private static void addExamples(OpenAPI openApi, String key, Map<String, Object> parts) {
        String[] methodAndPath = key.split(" ", 2);
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(methodAndPath[1]);
        Operation operation =
                item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
        if (operation == null) {
            throw new IllegalStateException(EXAMPLES + " has an example for " + key + ", which the API has not");
        }
        parts.forEach((part, example) -> {
            Content content = part.equals("request")
                    ? (operation.getRequestBody() == null
                            ? null
                            : operation.getRequestBody().getContent())
                    : content(operation.getResponses().get(part));
            if (content == null) {
                throw new IllegalStateException(EXAMPLES + ": " + key + " has no " + part + " to give an example");
            }
            content.forEach((type, media) -> {
                if (!type.equals(ProblemResponses.PROBLEM_JSON)) {
                    media.setExample(example);
                }
            });
        });
    }

    private static Content content(ApiResponse response) {
        return response == null ? null : response.getContent();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> examples() {
        JsonMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            return json.readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
