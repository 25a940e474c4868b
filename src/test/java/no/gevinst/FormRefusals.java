package no.gevinst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

/** What every refused form shows for a field (issue 21): its message beside it, and the field pointing to it. */
public final class FormRefusals {

    private FormRefusals() {}

    /** For {@code assertThat(html).satisfies(errorBeside("a-likely"))}: the field's error element and its link. */
    public static Consumer<String> errorBeside(String fieldId) {
        return html -> assertThat(html)
                .contains("id=\"" + fieldId + "-error\"")
                .contains("aria-describedby=\"" + fieldId + "-error\"");
    }
}
