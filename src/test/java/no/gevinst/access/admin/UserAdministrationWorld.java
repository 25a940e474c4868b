package no.gevinst.access.admin;

import java.util.UUID;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Two programmes in organisations of their own, a coordinator of the first, a leser in each and a user without
 * roles: whose accounts the coordinator administers and whose not. Names are new on every call, since the test JVM
 * shares one database.
 */
@Component
class UserAdministrationWorld {

    private final TestUsers users;
    private final Organisations organisations;
    private final Programmes programmes;
    private final no.gevinst.access.Users accounts;

    UserAdministrationWorld(
            TestUsers users, Organisations organisations, Programmes programmes, no.gevinst.access.Users accounts) {
        this.users = users;
        this.organisations = organisations;
        this.programmes = programmes;
        this.accounts = accounts;
    }

    record World(
            String tag,
            Organisation inside,
            Organisation outside,
            Programme programme,
            Programme otherProgramme,
            String coordinator,
            String insideReader,
            String outsideReader,
            String pending) {}

    World create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Organisation inside = organisation("Brukerforetaket " + tag);
        Organisation outside = organisation("Fremmedforetaket " + tag);
        Programme programme = programme(inside, "BA" + tag);
        Programme other = programme(outside, "BB" + tag);
        String coordinator = users.withRole("koord-" + tag, Role.GEVINSTKOORDINATOR, inside.id());
        String insideReader = users.withRole("inne-" + tag, Role.LESER, inside.id());
        String outsideReader = users.withRole("ute-" + tag, Role.LESER, outside.id());
        String pending = "venter-" + tag;
        users.runAs(TestUsers.ADMIN, () -> accounts.create(pending, "Venter " + tag, TestUsers.PASSWORD));
        return new World(tag, inside, outside, programme, other, coordinator, insideReader, outsideReader, pending);
    }

    UserId id(String username) {
        return ((CurrentUser) users.userDetails(username)).id();
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(
                        new OrganisationInput(name, "ANNEN", TestOrganisationNumbers.unique(), null)));
    }

    private Programme programme(Organisation owner, String code) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code(code)
                        .name("Program " + code)
                        .description("")
                        .ownerOrganisationId(owner.id().toString())
                        .build()));
    }
}
