package no.gevinst.programme.web;

import java.util.Arrays;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A new item of the framework as the overview's forms bind it (one form a kind, the kind a hidden field), text as
 * typed, so that a refused one is shown again in the form of its kind.
 */
public class FrameworkAddForm {

    private @Nullable String kind;
    private @Nullable String name;

    /** The kind the form names; one that is none is refused for the form as a whole (its field is hidden). */
    FrameworkKind frameworkKind() {
        return Arrays.stream(FrameworkKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("kind", "framework.kind.unknown"));
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }
}
