package no.gevinst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.mock.web.MockHttpServletResponse;

/** What every refused form shows for a field (issue 21): its message beside it, and the field pointing to it. */
public final class FormRefusals {

    private FormRefusals() {}

    /** For {@code assertThat(html).satisfies(errorBeside("a-likely"))}: the field's error element and its link. */
    public static Consumer<String> errorBeside(String fieldId) {
        return html -> assertThat(html)
                .contains("id=\"" + fieldId + "-error\"")
                .contains("aria-describedby=\"" + fieldId + "-error\"");
    }

    /** The answer's page as the browser reads it: UTF-8, whatever the response says of its encoding. */
    public static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
