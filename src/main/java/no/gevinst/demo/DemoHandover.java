package no.gevinst.demo;

import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.HandoverCommand;
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
 * Issue 18, read from {@code demo/handovers.json}: a Helseplattformen benefit handed over to the line at St. Olavs
 * hospital and accepted there, as seed 000 §3 describes the work passing into continuous improvement. St. Olavs has
 * its own approved sub-plan with the measures of the benefit; the two open ones need Helse Møre og Romsdal too, where
 * the benefit also arises, and so are flagged for the regional coordinator of Helse Midt-Norge, Randi Ås (user
 * {@code randi}). A second benefit is proposed to Ole Hansen and waits for his answer, so that accepting can be
 * shown. Dates and decisions are demo values.
 */
@Component
class DemoHandover {

    static final String FILE = "handovers.json";

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

    void load(Map<String, ProgrammeId> byCode, UnaryOperator<String> organisationId, UnaryOperator<String> personId) {
        for (DemoHandoverData data : DemoFiles.list(FILE, DemoHandoverData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            regionalCoordinator(data.coordinator(), organisationId);
            plans.load(data.programme(), programme, organisationId, personId);
            for (DemoHandoverData.Handover h : data.handovers()) {
                Benefit benefit = benefit(programme, h.benefit());
                var proposed = handovers.propose(
                        benefit.id(), HandoverCommand.parse(personId.apply(h.receiver()), h.from(), null));
                if (h.accepted()) {
                    as(h.receiver(), () -> handovers.accept(benefit.id(), proposed.version()));
                }
            }
        }
    }

    /** The regional coordinator follows, for the region, the measures that need several of its trusts. */
    private void regionalCoordinator(DemoHandoverData.Coordinator c, UnaryOperator<String> organisationId) {
        String region = organisationId.apply(c.organisation());
        Person person = people.create(new PersonInput(c.name(), c.email(), c.title(), region));
        var user = users.create(
                c.username(),
                person.name(),
                DemoDataset.PASSWORD,
                new RoleAssignment(Role.REGIONAL_KOORDINATOR, OrganisationId.of(region)));
        people.linkUser(person.id(), user);
    }

    private Benefit benefit(ProgrammeId programme, String title) {
        return benefits.list(BenefitQuery.inProgramme(programme)).stream()
                .filter(b -> b.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo benefit " + title));
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
