package no.gevinst.config.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

/**
 * Adds the error responses every API operation can give, by rule, each an RFC 9457 problem detail of the one shared
 * {@code ProblemDetail} schema ({@link ApiProblemHandler} writes them): all operations may get 401 and 403; those with
 * parameters or a body 400; those with an id in the path 404; writes 409 (a stale version or a duplicate) and 422
 * (refused by a rule); those with a body 413; reading a valuation 422 when what is stored cannot be computed.
 * Responses the page advice lends every operation (HTML error pages as text) are replaced.
 */
final class ProblemResponses implements OpenApiCustomizer {

    static final String SCHEMA = "ProblemDetail";
    static final String FIELD_SCHEMA = "ProblemField";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** How a path names an id ("/benefits/{id}"): such operations may answer 404. */
    private static final String PATH_VARIABLE = "{";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Bad input: the errors list names each bad field or parameter",
            "401", "Not authenticated: no, an unknown, expired or revoked token, or a wrong password",
            "403", "Authenticated but not allowed by the caller's roles",
            "404", "No such resource, or none the caller may see",
            "409", "The version sent is stale (currentVersion tells the current one), or the record exists already",
            "413", "The body or file is larger than the limit",
            "422", "Well-formed but refused by a rule of the method; the errors list names each cause");

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(FIELD_SCHEMA, fieldSchema());
        components.addSchemas(SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> addErrors(path, method, operation)));
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean write = WRITES.contains(method);
        boolean body = operation.getRequestBody() != null;
        boolean parameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        put(responses, "400", parameters || body || write);
        put(responses, "401", true);
        put(responses, "403", true);
        put(responses, "404", path.contains(PATH_VARIABLE));
        put(responses, "409", write);
        put(responses, "413", body);
        put(responses, "422", write || path.contains("/valuation"));
    }

    private static void put(ApiResponses responses, String status, boolean applies) {
        if (!applies) {
            responses.remove(status);
            return;
        }
        ApiResponse existing = responses.get(status);
        String description = existing == null || isGeneric(status, existing.getDescription())
                ? DESCRIPTIONS.get(status)
                : existing.getDescription();
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
    }

    /**
     * A description that only repeats the reason phrase ("Not Found"), as springdoc writes for the page advice's
     * error pages (which are not what the API answers), says less than ours.
     */
    private static boolean isGeneric(String status, String description) {
        return description == null
                || description.isBlank()
                || description.equals(
                        HttpStatus.valueOf(Integer.parseInt(status)).getReasonPhrase());
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, as every API error is answered")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description(
                                        "What kind of problem: about:blank, or urn:gevinst:problem:invalid-input, ...")
                                .example("urn:gevinst:problem:invalid-input"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().format("int32").description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong, in the caller's language"))
                .addProperty(
                        "instance",
                        new StringSchema().format("uri").description("The path of the request that went wrong"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_SCHEMA))
                                .description("Each bad field or cause (400, 413, 422)"))
                .addProperty(
                        "currentVersion",
                        new IntegerSchema()
                                .format("int64")
                                .description("The current version of the record (409 on a stale write)"))
                .addProperty(
                        "programmeId",
                        new StringSchema()
                                .format("uuid")
                                .description("The programme whose valuation cannot be computed (422)"))
                .addProperty("programme", new StringSchema().description("The name of that programme (422)"))
                .required(List.of("status"));
    }

    private static Schema<?> fieldSchema() {
        return new ObjectSchema()
                .description("One bad field: where, a stable code, and a message in the caller's language")
                .addProperty(
                        "field",
                        new StringSchema()
                                .description(
                                        "The field, parameter or JSON path (rows[1].value); body for the whole body")
                                .example("rows[1].value"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("A stable message key clients may switch on")
                                .example("value.invalid"))
                .addProperty("message", new StringSchema().description("The problem in words"))
                .required(List.of("field", "code", "message"));
    }
}
