package no.gevinst.config.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes a download (PDF, XLSX, CSV, SVG, ZIP, ...) by the media types its mapping produces, each a binary string,
 * whatever the method returns (many write to the response themselves and return nothing).
 */
final class DownloadMediaTypes implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        List<String> binary = binaryTypes(handlerMethod);
        if (binary.isEmpty()) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse success = responses.entrySet().stream()
                .filter(e -> e.getKey().startsWith("2"))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> {
                    ApiResponse ok = new ApiResponse().description("The file");
                    responses.addApiResponse("200", ok);
                    return ok;
                });
        Content content = new Content();
        binary.forEach(type -> content.addMediaType(
                type, new MediaType().schema(new StringSchema().format("binary").contentMediaType(type))));
        success.setContent(content);
        if (success.getDescription() == null || success.getDescription().equals("OK")) {
            success.setDescription("The file, as " + String.join(" or ", binary));
        }
        return operation;
    }

    static List<String> binaryTypes(HandlerMethod handlerMethod) {
        RequestMapping mapping =
                AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        if (mapping == null) {
            return List.of();
        }
        return Arrays.stream(mapping.produces())
                .map(type -> org.springframework.http.MediaType.parseMediaType(type)
                        .removeQualityValue()
                        .toString())
                .filter(DownloadMediaTypes::isBinary)
                .toList();
    }

    private static boolean isBinary(String type) {
        return !type.contains("json") && !type.startsWith("text/html");
    }
}
