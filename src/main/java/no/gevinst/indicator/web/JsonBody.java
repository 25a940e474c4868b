package no.gevinst.indicator.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON body taken as text and read only after the sender has been allowed to send it: Spring reads a typed
 * {@code @RequestBody} before the controller runs, so that a refused user would learn from a 400 what is wrong with
 * the body instead of getting 403 or 404. What cannot be read is refused as Spring would have refused it.
 */
final class JsonBody {

    private JsonBody() {}

    static <T> T read(JsonMapper json, String body, TypeReference<T> type) {
        String text = body == null ? "" : body;
        try {
            return json.readValue(text, type);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("Unreadable body: " + e.getOriginalMessage(), e, sent(text));
        }
    }

    private static HttpInputMessage sent(String body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public HttpHeaders getHeaders() {
                return HttpHeaders.EMPTY;
            }
        };
    }
}
