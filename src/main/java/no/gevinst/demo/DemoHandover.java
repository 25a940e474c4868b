package no.gevinst.demo;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.HandoverInput;
import no.gevinst.handover.Handovers;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Issue 18: a Helseplattformen benefit handed over to the line at St. Olavs hospital and accepted there, as seed 000
 * §3 describes the work passing into continuous improvement. St. Olavs has its own approved sub-plan with the measures
 * of the benefit; the two open ones need Helse Møre og Romsdal too, where the benefit also arises, and so are
 * flagged for the regional coordinator of Helse Midt-Norge, Randi Ås (user {@code randi}). A second benefit is
 * proposed to Ole Hansen and waits for his answer, so that accepting can be shown. Dates and decisions are demo values.
 */
@Component
class DemoHandover {

    static final String ACCEPTED = "Færre legemiddelfeil ved lukket legemiddelsløyfe";
    static final String PROPOSED = "Redusert tid til legemiddelavstemming ved innleggelse";

    private final Handovers handovers;
    private final DemoPlans plans;
    private final Benefits benefits;
    private final People people;
    private final Users users;
    private final UserDetailsService accounts;

    DemoHandover(
            Handovers handovers,
            DemoPlans plans,
            Benefits benefits,
            People people,
            Users users,
            UserDetailsService accounts) {
        this.handovers = handovers;
        this.plans = plans;
        this.benefits = benefits;
        this.people = people;
        this.users = users;
        this.accounts = accounts;
    }

    void load(
            ProgrammeId hp,
            UnaryOperator<String> organisationId,
            OrganisationId region,
            UnaryOperator<String> personId) {
        regionalCoordinator(region);
        Benefit medication = benefit(hp, ACCEPTED);
        plans.load("HP", hp, organisationId, personId);

        var proposed =
                handovers.propose(medication.id(), new HandoverInput(personId.apply("ingrid"), "2026-01-01", null));
        as("ingrid", () -> handovers.accept(medication.id(), proposed.version()));

        Benefit reconciliation = benefit(hp, PROPOSED);
        handovers.propose(reconciliation.id(), new HandoverInput(personId.apply("ole"), "2026-07-01", null));
    }

    /** Randi Ås coordinates, for the region, the measures that need several of its trusts. */
    private void regionalCoordinator(OrganisationId region) {
        Person randi = people.create(
                new PersonInput("Randi Ås", "randi.as@example.no", "Regional gevinstkoordinator", region.toString()));
        var user = users.create(
                "randi", randi.name(), DemoDataset.PASSWORD, new RoleAssignment(Role.REGIONAL_KOORDINATOR, region));
        people.linkUser(randi.id(), user);
    }

    private Benefit benefit(ProgrammeId hp, String title) {
        return benefits.list(BenefitQuery.inProgramme(hp)).stream()
                .filter(b -> b.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    /** Only the receiver may accept: the demo signs in as them for that one step. */
    private <T> T as(String username, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
