package no.gevinst;

import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import org.springframework.stereotype.Component;

/**
 * A coordinator whose full name differs from their user name, with a programme of their own organisation: pages
 * must show the one, never the other. A suffix of its own, since every Spring context of the run shares the database.
 */
@Component
public class TestNamedCoordinator {

    private final TestUsers testUsers;
    private final Users users;
    private final Organisations organisations;
    private final Programmes programmes;

    private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    private Organisation organisation;
    private Programme programme;

    TestNamedCoordinator(TestUsers testUsers, Users users, Organisations organisations, Programmes programmes) {
        this.testUsers = testUsers;
        this.users = users;
        this.organisations = organisations;
        this.programmes = programmes;
    }

    /** The coordinator's user name; the user exists once asked for, whichever test of the context asks first. */
    public String username() {
        build();
        return name();
    }

    private String name() {
        return "fn-" + suffix;
    }

    public String fullName() {
        return "Karianne Fullnavnsen " + suffix;
    }

    public Organisation organisation() {
        build();
        return organisation;
    }

    /** A programme of the coordinator's organisation, created by them. */
    public Programme programme() {
        build();
        return programme;
    }

    private synchronized void build() {
        if (programme != null) {
            return;
        }
        organisation = testUsers.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        "Fullnavnforetaket " + suffix, "ANNEN", TestOrganisationNumbers.unique(), null)));
        testUsers.runAs(
                TestUsers.ADMIN,
                () -> users.create(
                        name(),
                        fullName(),
                        TestUsers.PASSWORD,
                        new RoleAssignment(Role.GEVINSTKOORDINATOR, organisation.id())));
        programme = testUsers.callAs(
                name(),
                () -> programmes.create(ProgrammeInput.builder()
                        .code("FN" + suffix)
                        .name("Fullnavn " + suffix)
                        .description("")
                        .ownerOrganisationId(organisation.id().toString())
                        .build()));
    }
}
