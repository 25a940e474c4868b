package no.gevinst.demo;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.ProgrammeInput.PartyInput;
import no.gevinst.programme.ProgrammeInput.PhaseInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Creates the organisations, people, programmes and users of the demo's data files through the modules' services,
 * in the files' order.
 */
@Component
class DemoFoundation {

    private final Organisations organisations;
    private final People people;
    private final Programmes programmes;
    private final Users users;

    DemoFoundation(Organisations organisations, People people, Programmes programmes, Users users) {
        this.organisations = organisations;
        this.people = people;
        this.programmes = programmes;
        this.users = users;
    }

    /** Creates the organisations and adds them to the map by their keys. */
    void organisations(Map<String, Organisation> byKey) {
        for (var org : DemoFiles.list("organisations.json", DemoFoundationData.Org[].class)) {
            String parent = org.parent() == null ? null : id(byKey, org.parent());
            byKey.put(
                    org.key(),
                    organisations.create(new OrganisationInput(org.name(), org.type(), org.number(), parent)));
        }
    }

    /** Creates the people, with an e-mail address made from the name, and adds them to the map by their keys. */
    void people(Map<String, Person> byKey, UnaryOperator<String> organisationId) {
        for (var someone : DemoFiles.list("people.json", DemoFoundationData.Someone[].class)) {
            String email = someone.name()
                            .toLowerCase(Locale.ROOT)
                            .replace(' ', '.')
                            .replace("ø", "o")
                            .replace("å", "a")
                            .replace("æ", "ae")
                    + "@example.no";
            byKey.put(
                    someone.key(),
                    people.create(new PersonInput(
                            someone.name(), email, someone.title(), organisationId.apply(someone.organisation()))));
        }
    }

    /** Creates the programmes with their objectives and answers them by code, in the file's order. */
    Map<String, Programme> programmes(UnaryOperator<String> organisationId, UnaryOperator<String> personId) {
        Map<String, Programme> byCode = new LinkedHashMap<>();
        for (var prog : DemoFiles.list("programmes.json", DemoFoundationData.Prog[].class)) {
            Programme created = programmes.create(input(prog, organisationId, personId));
            for (int i = 0; i < prog.objectives().size(); i++) {
                programmes.addObjective(
                        created.id(),
                        new ObjectiveInput(
                                String.valueOf(i + 1), prog.objectives().get(i)));
            }
            byCode.put(prog.code(), programmes.find(created.id()).orElseThrow());
        }
        return byCode;
    }

    private static ProgrammeInput input(
            DemoFoundationData.Prog prog, UnaryOperator<String> organisationId, UnaryOperator<String> personId) {
        return ProgrammeInput.builder()
                .code(prog.code())
                .name(prog.name())
                .description(prog.description())
                .ownerOrganisationId(organisationId.apply(prog.owner()))
                .currentPhase(prog.phase())
                .economicTargetNok(prog.economicTargetNok())
                .economicTargetFrom(prog.economicTargetFrom())
                .phases(prog.phases().stream()
                        .map(p -> new PhaseInput(p.phase(), p.start(), p.end()))
                        .toList())
                .parties(prog.parties().stream()
                        .map(p -> new PartyInput(
                                organisationId.apply(p.organisation()), personId.apply(p.responsible()), p.role()))
                        .toList())
                .steeringGroup(prog.steeringGroup().stream().map(personId).toList())
                .coFinancierOrganisationId(prog.coFinancier() == null ? null : organisationId.apply(prog.coFinancier()))
                .build();
    }

    /** Creates the logins and links each to its person. */
    void users(Map<String, Person> persons, Map<String, Organisation> orgs, Map<String, Programme> byCode) {
        for (var login : DemoFiles.list("users.json", DemoFoundationData.Login[].class)) {
            Person person = persons.get(login.person());
            ProgrammeId programme = login.programme() == null
                    ? null
                    : byCode.get(login.programme()).id();
            var userId = users.create(
                    login.username(),
                    person.name(),
                    DemoDataset.PASSWORD,
                    new RoleAssignment(
                            Role.valueOf(login.role()),
                            orgs.get(login.organisation()).id(),
                            programme));
            people.linkUser(person.id(), userId);
        }
    }

    private static String id(Map<String, Organisation> byKey, String key) {
        return byKey.get(key).id().toString();
    }
}
