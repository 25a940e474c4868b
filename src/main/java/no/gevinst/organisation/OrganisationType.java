package no.gevinst.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of organisation that take part in health sector programmes. */
public enum OrganisationType {
    RHF,
    HF,
    KOMMUNE,
    FASTLEGEKONTOR,
    DIREKTORAT,
    ANNEN;

    public static Optional<OrganisationType> parse(String text) {
        return Arrays.stream(values())
                .filter(t -> t.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }

    public String messageKey() {
        return "organisation.type." + name();
    }
}
