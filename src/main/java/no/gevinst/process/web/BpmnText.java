package no.gevinst.process.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.gevinst.shared.InvalidInputException;

/**
 * A BPMN document's text as it arrives, an uploaded file or an API body: never more than a diagram may hold is read
 * (a larger one is refused by name before the rest is read), decoded as UTF-8 without its byte order mark.
 */
final class BpmnText {

    /** The most a diagram may hold; the parser bounds the text the same way. */
    static final int MAX_BYTES = 1_048_576;

    private BpmnText() {}

    /** The text, or an InvalidInputException naming the field when it is too large or cannot be read. */
    static String read(InputStream in, long declaredSize, String field) {
        if (declaredSize > MAX_BYTES) {
            throw tooLarge(field, declaredSize);
        }
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(field, bytes.length);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (IOException e) {
            throw InvalidInputException.of(field, "process.bpmn.unreadable");
        }
    }

    private static InvalidInputException tooLarge(String field, long bytes) {
        return InvalidInputException.of(field, "process.bpmn.tooLarge", MAX_BYTES / 1024, bytes / 1024);
    }
}
