package no.gevinst.stakeholder.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.stakeholder.InvolvementAction;
import no.gevinst.stakeholder.Stakeholder;
import no.gevinst.stakeholder.StakeholderId;

/** The analysis and the plan as the pages list them: with the names of organisations, stakeholders and people. */
final class Rows {

    /** A stakeholder with the number that names its point on the grid, and its organisation's name. */
    record StakeholderRow(int number, Stakeholder stakeholder, String organisation) {}

    /** An action with its stakeholder's, responsible person's and measure owner's names. */
    record ActionRow(InvolvementAction action, String stakeholder, String responsible, String owner) {}

    private Rows() {}

    static List<StakeholderRow> stakeholders(List<Stakeholder> stakeholders, List<Organisation> organisations) {
        Map<OrganisationId, String> names =
                organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        return java.util.stream.IntStream.range(0, stakeholders.size())
                .mapToObj(i -> new StakeholderRow(
                        i + 1,
                        stakeholders.get(i),
                        names.getOrDefault(stakeholders.get(i).organisation(), "")))
                .toList();
    }

    static List<ActionRow> actions(List<InvolvementAction> actions, List<Stakeholder> stakeholders, People people) {
        Map<StakeholderId, String> names = new HashMap<>();
        stakeholders.forEach(s -> names.put(s.id(), s.name()));
        Map<PersonId, Person> persons = people.findAll(actions.stream()
                .flatMap(a -> Stream.of(a.responsible(), a.measureOwner()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Function<PersonId, String> name =
                id -> id != null && persons.containsKey(id) ? persons.get(id).name() : "";
        return actions.stream()
                .map(a -> new ActionRow(
                        a,
                        names.getOrDefault(a.stakeholder(), ""),
                        name.apply(a.responsible()),
                        name.apply(a.measureOwner())))
                .toList();
    }
}
