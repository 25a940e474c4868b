package no.gevinst;

import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import org.springframework.stereotype.Component;

/**
 * Programmes that tests create and change for themselves, owned by an organisation of their own, so that the demo
 * programmes keep the phases other tests expect and no demo user sees the test programmes.
 */
@Component
public class TestProgrammes {

    /** The coordinator of the test organisation, and so of every programme made here. */
    public static final String COORDINATOR = "portvokter";

    private static final String OWNER = "Faseprøveforetaket";

    private final Programmes programmes;
    private final Benefits benefits;
    private final Organisations organisations;
    private final TestUsers users;

    TestProgrammes(Programmes programmes, Benefits benefits, Organisations organisations, TestUsers users) {
        this.programmes = programmes;
        this.benefits = benefits;
        this.organisations = organisations;
        this.users = users;
    }

    /** A new programme in its first phase, coordinated by {@link #COORDINATOR}. */
    public synchronized Programme create() {
        Organisation owner = owner();
        users.withRole(COORDINATOR, Role.GEVINSTKOORDINATOR, owner.id());
        String code = "FG" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return users.callAs(
                COORDINATOR,
                () -> programmes.create(ProgrammeInput.builder()
                        .code(code)
                        .name("Faseprøve " + code)
                        .description("")
                        .ownerOrganisationId(owner.id().toString())
                        .build()));
    }

    /** A benefit as first noted down: a title and a justified priority, nothing else. */
    public Benefit bareBenefit(Programme programme, String title) {
        return bareBenefit(programme, title, "NON_PRICED");
    }

    /** The same in a benefit class, such as CAPACITY for a time saving to be priced. */
    public Benefit bareBenefit(Programme programme, String title, String benefitClass) {
        return users.callAs(
                COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), title)
                        .benefitClass(benefitClass)
                        .build()));
    }

    /** Found by name, since every Spring context of the run shares the one database. */
    private Organisation owner() {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.all().stream()
                        .filter(o -> o.name().equals(OWNER))
                        .findFirst()
                        .orElseGet(() -> organisations.create(
                                new OrganisationInput(OWNER, "ANNEN", TestOrganisationNumbers.unique(), null))));
    }
}
