package no.gevinst.mypage.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.indicator.IndicatorDue;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Rag;
import no.gevinst.mypage.domain.MyPage.Coordinated;
import no.gevinst.mypage.domain.MyPage.Measurer;
import no.gevinst.mypage.domain.MyPage.OwnedBenefit;
import no.gevinst.mypage.domain.MyPage.Owner;
import no.gevinst.mypage.domain.MyPage.RoleLine;
import no.gevinst.mypage.domain.MyPage.Steered;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.plan.Reminders;
import no.gevinst.plan.Reminders.PendingApproval;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the start page of one user from the other modules' facades, section by section for the roles they hold.
 * Each section costs a few queries over all the user's items at once, never one per benefit or indicator; only a
 * coordinator's page values the programmes, since double counting cannot be found otherwise.
 */
@Service
@Transactional(readOnly = true)
public class MyPageService {

    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;
    private final Benefits benefits;
    private final Indicators indicators;
    private final Reminders reminders;
    private final Networks networks;
    private final Portfolio portfolio;
    private final Flows flows;

    MyPageService(
            Programmes programmes,
            Organisations organisations,
            People people,
            Benefits benefits,
            Indicators indicators,
            Reminders reminders,
            Networks networks,
            Portfolio portfolio,
            Flows flows) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
        this.benefits = benefits;
        this.indicators = indicators;
        this.reminders = reminders;
        this.networks = networks;
        this.portfolio = portfolio;
        this.flows = flows;
    }

    /** The user's page as of the day. */
    public MyPage of(CurrentUser user, LocalDate today) {
        if (user.roles().isEmpty()) {
            return MyPage.pending(user.displayName());
        }
        List<Programme> visible = programmes.visible();
        Map<ProgrammeId, Programme> byId = visible.stream()
                .collect(Collectors.toMap(Programme::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        boolean decides = user.holdsAnywhere(Role.GEVINSTKOORDINATOR) || user.holdsAnywhere(Role.STYRINGSGRUPPE);
        List<PendingApproval> awaiting = decides ? reminders.awaitingApproval() : List.of();
        return new MyPage(
                user.displayName(),
                false,
                roles(user, byId),
                reminders.forCurrentUser(today).size(),
                user.holdsAnywhere(Role.GEVINSTEIER) ? owner(user, today) : null,
                user.holdsAnywhere(Role.MAALEANSVARLIG) ? measurer(user, byId.keySet(), today) : null,
                user.holdsAnywhere(Role.GEVINSTKOORDINATOR) ? coordinated(visible, awaiting) : List.of(),
                user.holdsAnywhere(Role.STYRINGSGRUPPE) ? steered(user, visible, awaiting) : List.of(),
                user.holdsAnywhere(Role.LESER) || user.holdsEverywhere(Role.ADMINISTRATOR) ? visible : null,
                byId);
    }

    private List<RoleLine> roles(CurrentUser user, Map<ProgrammeId, Programme> visible) {
        Map<OrganisationId, String> names = organisations.findAll(user.organisations()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
        return user.roles().stream()
                .map(r -> new RoleLine(
                        r.role(),
                        r.organisation() == null ? null : names.getOrDefault(r.organisation(), ""),
                        r.programme() == null || !visible.containsKey(r.programme())
                                ? null
                                : visible.get(r.programme()).name()))
                .toList();
    }

    /** The benefits the user's person owns (those still in play), and what waits on them and on the person. */
    private Owner owner(CurrentUser user, LocalDate today) {
        Person person = people.ofUser(user.id()).orElse(null);
        if (person == null) {
            return new Owner(List.of(), List.of(), List.of(), List.of(), flows.awaitingSignOff());
        }
        List<Benefit> owned = benefits.list(BenefitQuery.ownedBy(person.id())).stream()
                .filter(b -> b.status() != BenefitStatus.CLOSED && b.status() != BenefitStatus.ABANDONED)
                .toList();
        List<BenefitId> ids = owned.stream().map(Benefit::id).toList();
        Map<BenefitId, Rag> rags = ids.isEmpty() ? Map.of() : indicators.worstRag(ids);
        return new Owner(
                owned.stream()
                        .map(b -> new OwnedBenefit(b, rags.getOrDefault(b.id(), Rag.NONE)))
                        .toList(),
                indicators.dueMeasurementsOf(ids, today),
                reminders.openMeasuresOf(person.id()),
                networks.openElementsOf(person.id()),
                flows.awaitingSignOff());
    }

    /**
     * The indicators due in the organisations where the user is måleansvarlig: for every programme where the role is
     * held for all of them, and for its own programme where it is held for one alone.
     */
    private Measurer measurer(CurrentUser user, Set<ProgrammeId> visible, LocalDate today) {
        if (user.holdsEverywhere(Role.MAALEANSVARLIG)) {
            return new Measurer(indicators.dueMeasurements(visible, today));
        }
        Set<OrganisationId> everyProgramme = new HashSet<>();
        Map<ProgrammeId, Set<OrganisationId>> oneProgramme = new LinkedHashMap<>();
        for (RoleAssignment r : user.roles()) {
            if (r.role() != Role.MAALEANSVARLIG || r.organisation() == null) {
                continue;
            }
            if (r.programme() == null) {
                everyProgramme.add(r.organisation());
            } else {
                oneProgramme
                        .computeIfAbsent(r.programme(), p -> new HashSet<>())
                        .add(r.organisation());
            }
        }
        Map<IndicatorId, IndicatorDue> due = new LinkedHashMap<>();
        indicators.dueMeasurementsIn(visible, everyProgramme, today).forEach(d -> due.putIfAbsent(d.indicator(), d));
        oneProgramme.forEach((programme, organisations) -> indicators
                .dueMeasurementsIn(List.of(programme), organisations, today)
                .forEach(d -> due.putIfAbsent(d.indicator(), d)));
        return new Measurer(List.copyOf(due.values()));
    }

    /** The programmes the user coordinates, each with its warnings, unresolved double counting and pending plans. */
    private List<Coordinated> coordinated(List<Programme> visible, List<PendingApproval> awaiting) {
        List<Programme> coordinated =
                visible.stream().filter(p -> programmes.canCoordinate(p.id())).toList();
        if (coordinated.isEmpty()) {
            return List.of();
        }
        List<ConflictStatus> unresolved =
                portfolio.conflicts().stream().filter(s -> s.decision() == null).toList();
        List<Coordinated> pages = new ArrayList<>();
        for (Programme p : coordinated) {
            pages.add(new Coordinated(
                    p,
                    carried(benefits.warningCounts(BenefitQuery.inProgramme(p.id()))),
                    unresolved.stream()
                            .filter(s -> s.conflict().programmes().contains(p.id()))
                            .toList(),
                    awaiting.stream().filter(a -> a.programme().equals(p.id())).toList()));
        }
        return pages;
    }

    /** Only the warnings some benefit carries, in the order of the warnings. */
    private static Map<HealthWarning, Long> carried(Map<HealthWarning, Long> counts) {
        Map<HealthWarning, Long> carried = new EnumMap<>(HealthWarning.class);
        counts.forEach((warning, n) -> {
            if (n > 0) {
                carried.put(warning, n);
            }
        });
        return carried;
    }

    /**
     * The programmes whose steering group the user sits in (the role held in one of its organisations, for it), each
     * with the versions the user may decide.
     */
    private static List<Steered> steered(CurrentUser user, List<Programme> visible, List<PendingApproval> awaiting) {
        return visible.stream()
                .filter(p -> user.holdsInAny(Role.STYRINGSGRUPPE, p.organisations(), p.id()))
                .map(p -> new Steered(
                        p,
                        awaiting.stream()
                                .filter(a -> a.programme().equals(p.id()) && a.mayApprove())
                                .toList()))
                .toList();
    }
}
