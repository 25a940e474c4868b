package no.gevinst.benefit.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;

/** The register's names and codes in both directions, read once per export or import. */
record SpreadsheetNames(
        Map<String, Programme> programmes,
        Map<String, Programme> programmesByCode,
        Map<String, Integer> objectiveNumbers,
        List<Organisation> organisations,
        List<Person> people) {

    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("(\\d{9})");

    static SpreadsheetNames read(Programmes programmes, Organisations organisations, People people) {
        List<Programme> visible = programmes.visible();
        Map<String, Integer> objectiveNumbers = new HashMap<>();
        programmes
                .objectives(visible.stream().map(Programme::id).collect(Collectors.toSet()))
                .forEach(o -> objectiveNumbers.put(o.id().toString(), o.number()));
        return new SpreadsheetNames(
                visible.stream().collect(Collectors.toMap(p -> p.id().toString(), p -> p)),
                visible.stream().collect(Collectors.toMap(Programme::code, p -> p)),
                objectiveNumbers,
                organisations.all(),
                people.all());
    }

    String organisationLabel(OrganisationId id) {
        return organisations.stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .map(o -> o.name() + " (" + o.organisationNumber().value() + ")")
                .orElse(id.toString());
    }

    /** Accepts "Name (123456789)", the number alone or the exact name. */
    Optional<String> organisation(String text) {
        Matcher number = ORGANISATION_NUMBER.matcher(text.replace(" ", ""));
        Optional<Organisation> found = number.find()
                ? organisations.stream()
                        .filter(o -> o.organisationNumber().value().equals(number.group(1)))
                        .findFirst()
                : organisations.stream()
                        .filter(o -> o.name().equalsIgnoreCase(text))
                        .findFirst();
        return found.map(o -> o.id().toString());
    }

    String personLabel(PersonId id) {
        if (id == null) {
            return "";
        }
        return people.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .map(p -> p.email() != null ? p.email() : p.name())
                .orElse("");
    }

    /** Accepts the e-mail address or a name that only one person has. */
    Optional<String> person(String text) {
        List<Person> matches = people.stream()
                .filter(p -> text.equalsIgnoreCase(p.email()) || text.equalsIgnoreCase(p.name()))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst().id().toString()) : Optional.empty();
    }
}
