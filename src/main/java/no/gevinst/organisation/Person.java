package no.gevinst.organisation;

import java.util.Objects;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.UserId;

/**
 * Someone who owns a benefit, is responsible for realising it or sits in a steering group. A person need not
 * be a user of Gevinst; when they are, {@code user} links the two.
 */
public record Person(
        PersonId id, String name, String email, String title, OrganisationId organisation, UserId user, long version) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
    }

    /** Initials for compact displays such as the network drawing ("Kari Nordmann" → "KN"). */
    public String initials() {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.toString();
    }
}
