package no.gevinst;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A programme owned by one organisation with a second as party, a third organisation outside it, and one user per
 * role in the owner, each a person of the same name: the world in which tests try the attacks on rights by role and
 * organisation. Names carry a suffix of their own, since every Spring context of the run shares the one database.
 */
@Component
public class TestParties {

    private final TestUsers users;
    private final Organisations organisations;
    private final People people;
    private final Programmes programmes;
    private final Benefits benefits;
    private final Indicators indicators;
    private final JdbcClient jdbc;

    private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    private final Map<String, Person> persons = new HashMap<>();
    private Organisation owner;
    private Organisation party;
    private Organisation outsider;
    private Programme programme;

    TestParties(
            TestUsers users,
            Organisations organisations,
            People people,
            Programmes programmes,
            Benefits benefits,
            Indicators indicators,
            JdbcClient jdbc) {
        this.users = users;
        this.organisations = organisations;
        this.people = people;
        this.programmes = programmes;
        this.benefits = benefits;
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    /** The user holding the role in the programme's owner organisation. */
    public String in(Role role) {
        build();
        return "rp-" + role.name().toLowerCase(Locale.ROOT) + "-" + suffix;
    }

    /** The måleansvarlig of the programme's party. */
    public String partyMeasurer() {
        build();
        return "rp-maaler-part-" + suffix;
    }

    /** A gevinsteier of an organisation that takes no part in the programme. */
    public String outsideOwner() {
        build();
        return "rp-eier-utenfor-" + suffix;
    }

    /** A logged-in browser session of the user, for page requests. */
    public org.springframework.test.web.servlet.request.RequestPostProcessor pageSession(String username) {
        build();
        return users.session(username);
    }

    /** The person of the user (or of the name given to a person without a user). */
    public Person person(String name) {
        build();
        return persons.get(name);
    }

    /** A person of the owner organisation who has no user, and so no role. */
    public Person personWithoutUser() {
        return person("rp-uten-bruker-" + suffix);
    }

    public Programme programme() {
        build();
        return programme;
    }

    public Organisation owner() {
        build();
        return owner;
    }

    public Organisation party() {
        build();
        return party;
    }

    public Organisation outsider() {
        build();
        return outsider;
    }

    /** A new benefit of the programme, registered by its coordinator and owned by the owner organisation's gevinsteier. */
    public Benefit benefit(String title) {
        Person realOwner = person(in(Role.GEVINSTEIER));
        return users.callAs(in(Role.GEVINSTKOORDINATOR), () -> benefits.create(benefitInput(title, realOwner)));
    }

    /**
     * A new benefit naming the user's person as owner, stored directly as a benefit named before owners needed the
     * gevinsteier role would be, or one whose owner has since changed role: the rule must hold for those too.
     */
    public Benefit benefitNaming(String username, String title) {
        Benefit b = benefit(title);
        jdbc.sql("UPDATE benefit SET owner_id = :owner WHERE id = :id")
                .param("owner", person(username).id().value())
                .param("id", b.id().value())
                .update();
        return users.callAs(TestUsers.ADMIN, () -> benefits.find(b.id()).orElseThrow());
    }

    /** A monthly indicator on the benefit, defined by the programme's coordinator. */
    public Indicator indicator(Benefit benefit) {
        return users.callAs(
                in(Role.GEVINSTKOORDINATOR),
                () -> indicators.create(TestIndicators.monthly(benefit.id().toString(), "Ventetid " + suffix, null)));
    }

    /** The rows of every table a write could touch, audit entries included: a refused write leaves it as it was. */
    public long rowsWritten() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM benefit) + (SELECT count(*) FROM benefit_status_change)
                             + (SELECT count(*) FROM indicator) + (SELECT count(*) FROM measurement)
                             + (SELECT count(*) FROM audit_log)
                        """).query(Long.class).single();
    }

    /** The benefit as stored, whoever may see it. */
    public Benefit stored(Benefit benefit) {
        return users.callAs(TestUsers.ADMIN, () -> benefits.find(benefit.id()).orElseThrow());
    }

    private synchronized void build() {
        if (programme != null) {
            return;
        }
        owner = organisation("Rettighetsforetaket " + suffix);
        party = organisation("Partsforetaket " + suffix);
        outsider = organisation("Utenforforetaket " + suffix);
        for (Role role : Role.values()) {
            if (role != Role.ADMINISTRATOR) {
                user(owner, "rp-" + role.name().toLowerCase(Locale.ROOT) + "-" + suffix, role);
            }
        }
        user(party, "rp-maaler-part-" + suffix, Role.MAALEANSVARLIG);
        user(outsider, "rp-eier-utenfor-" + suffix, Role.GEVINSTEIER);
        String name = "rp-uten-bruker-" + suffix;
        persons.put(
                name,
                users.callAs(
                        TestUsers.ADMIN,
                        () -> people.create(new PersonInput(
                                name,
                                name + "@example.no",
                                "Uten bruker",
                                owner.id().toString()))));
        programme = users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code("RP" + suffix)
                        .name("Rettigheter " + suffix)
                        .description("")
                        .ownerOrganisationId(owner.id().toString())
                        .parties(
                                List.of(new ProgrammeInput.PartyInput(party.id().toString(), null, "Helseforetak")))
                        .build()));
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(
                        new OrganisationInput(name, "ANNEN", TestOrganisationNumbers.unique(), null)));
    }

    private void user(Organisation organisation, String username, Role role) {
        users.withRole(username, role, organisation.id());
        UserId id = ((CurrentUser) users.userDetails(username)).id();
        Person person = users.callAs(TestUsers.ADMIN, () -> {
            Person p = people.create(new PersonInput(
                    username,
                    username + "@example.no",
                    role.name(),
                    organisation.id().toString()));
            people.linkUser(p.id(), id);
            return people.find(p.id()).orElseThrow();
        });
        persons.put(username, person);
    }

    private BenefitInput benefitInput(String title, Person owner) {
        return TestBenefitInputs.bare(programme.id().toString(), title)
                .ownerId(owner.id().toString())
                .expectedStart("2025-01-01")
                .build();
    }
}
