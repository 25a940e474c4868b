package no.gevinst.portfolio.domain;

import static no.gevinst.TestProgrammes.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.DecisionInput;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conflict statuses, the flow matrix and the organisations' names kept per programme (issue 15 after issue 21)
 * follow every write they depend on: two programmes whose priced benefits share a measure and a title across them, and
 * flow from one organisation to others; then random measurements, register edits in one programme or the other, an
 * organisation renamed, decisions taken, benefits edited through the service (their lists written again) and their
 * valuation models changed. After each, the dashboards served (kept parts and all) equal those computed
 * afresh, the conflicts a sharing reading finds (statuses, names and all) equal those of a fresh reading, and a
 * dashboard asked for again unchanged is the one kept.
 */
@GevinstIntegrationTest
class PortfolioPartsKeptIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    /** The measure the priced benefits share: indicators of one name and unit measure the same thing. */
    private final String measure = "Ventetid delt " + TestOrganisationNumbers.unique();

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    Valuations valuations;

    @Autowired
    Dashboards dashboards;

    @Autowired
    DashboardService computed;

    @Autowired
    Portfolio portfolio;

    @Autowired
    PortfolioService control;

    @Autowired
    Reading.Start readings;

    @Autowired
    DashboardGeneration generation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterEachWriteTheKeptStatusesFlowsAndNamesEqualThoseWorkedOutAfresh() {
        World w = world();
        Programme first = w.first();
        Programme second = w.second();
        Organisation investor = w.investor();
        Organisation receiver = w.receiver();
        List<Indicator> measured = new ArrayList<>();
        measured.add(priced(first, "Felles gevinst", investor, receiver, 70));
        measured.add(priced(second, "Felles gevinst", investor, receiver, 60));
        assertKeptEqualsFresh(first, second, "start");

        Random random = new Random(21);
        for (int step = 0; step < 16; step++) {
            int action = random.nextInt(8);
            Programme in = random.nextBoolean() ? first : second;
            switch (action) {
                case 0 -> measure(measured.get(random.nextInt(measured.size())), step);
                case 1 -> measured.add(priced(in, "Ny " + step, receiver, investor, 10 + random.nextInt(60)));
                case 2 -> measured.add(priced(in, "Felles gevinst", investor, receiver, 20 + random.nextInt(50)));
                case 3 -> rename(random.nextBoolean() ? investor : receiver, step);
                case 4 -> decideOne(step);
                case 5 -> edit(created.get(random.nextInt(created.size())), step, 5 + random.nextInt(90));
                case 6 ->
                    redefine(
                            measured.get(random.nextInt(measured.size())),
                            random.nextBoolean() ? measure : "Eget mål " + step);
                default -> remodel(created.get(random.nextInt(created.size())), 10 + random.nextInt(60));
            }
            assertKeptEqualsFresh(first, second, "step " + step + ", action " + action);
        }
    }

    /**
     * An edit of a benefit through the service (its title and its allocation's share, so its lists are written again)
     * and a change of its valuation model move its own programme's generations only (V61): the other programme's kept
     * parts, and what is kept of the rows no programme's are in, stand.
     */
    @Test
    void anEditOfABenefitRetiresOnlyItsOwnProgrammesParts() {
        World w = world();
        Programme first = w.first();
        Programme second = w.second();
        Organisation investor = w.investor();
        Organisation receiver = w.receiver();
        priced(first, "Redigert gevinst", investor, receiver, 40);
        priced(second, "Urørt gevinst", investor, receiver, 50);
        Created edited = created.getFirst();
        assertKeptEqualsFresh(first, second, "start");

        DashboardGeneration.Generations before = generation.read();
        edit(edited, 1, 30);
        remodel(edited, 45);
        DashboardGeneration.Generations after = generation.read();

        assertThat(after.whole()).isGreaterThan(before.whole());
        assertThat(after.of(first.id()).own())
                .isGreaterThan(before.of(first.id()).own());
        assertThat(after.registerOf(first.id()).own())
                .isGreaterThan(before.registerOf(first.id()).own());
        assertThat(after.of(second.id())).isEqualTo(before.of(second.id()));
        assertThat(after.registerOf(second.id())).isEqualTo(before.registerOf(second.id()));
        assertThat(after.others()).isEqualTo(before.others());
        assertKeptEqualsFresh(first, second, "after the edit");
    }

    /**
     * What is kept of a programme's indicators alone (V62) stands while its benefits are edited and measured, the
     * status a measurement leaves on an indicator included, and is worked out again when an indicator is defined
     * anew or a benefit is placed in another programme (both programmes').
     */
    @Test
    void aBenefitEditLeavesTheProgrammesIndicatorsKeptAndAnIndicatorsEditDoesNot() {
        World w = world();
        Programme first = w.first();
        Programme second = w.second();
        Organisation investor = w.investor();
        Organisation receiver = w.receiver();
        Indicator measured = priced(first, "Målt gevinst", investor, receiver, 40);
        priced(second, "Målt gevinst", investor, receiver, 50);
        assertKeptEqualsFresh(first, second, "start");

        DashboardGeneration.Generations before = generation.read();
        edit(created.getFirst(), 1, 30);
        measure(measured, 1);
        // The status the measurement leaves on its indicator, and the register's copy of it, as the indicator module
        // writes them: the data stays as every other reader (a programme's export, say) expects it.
        TestIndicators.statusLeft(jdbc, measured.id(), "RED", LocalDate.of(2026, 2, 28));
        DashboardGeneration.Generations edited = generation.read();
        assertThat(edited.registerOf(first.id()).own())
                .isGreaterThan(before.registerOf(first.id()).own());
        assertThat(edited.indicatorsOf(first.id())).isEqualTo(before.indicatorsOf(first.id()));
        assertKeptEqualsFresh(first, second, "after the benefit's edit and a measurement");

        redefine(measured, "Eget mål");
        DashboardGeneration.Generations redefined = generation.read();
        assertThat(redefined.indicatorsOf(first.id()).own())
                .isGreaterThan(edited.indicatorsOf(first.id()).own());
        assertThat(redefined.indicatorsOf(second.id())).isEqualTo(edited.indicatorsOf(second.id()));
        assertKeptEqualsFresh(first, second, "after the indicator's new name");

        placeIn(created.getFirst(), second);
        DashboardGeneration.Generations moved = generation.read();
        assertThat(moved.indicatorsOf(first.id()).own())
                .isGreaterThan(redefined.indicatorsOf(first.id()).own());
        assertThat(moved.indicatorsOf(second.id()).own())
                .isGreaterThan(redefined.indicatorsOf(second.id()).own());
        placeIn(created.getFirst(), first);
    }

    /** Two programmes whose benefits flow from an investor to a receiver, each with its nurses to value time by. */
    private record World(Programme first, Programme second, Organisation investor, Organisation receiver) {}

    private World world() {
        World w = new World(
                testProgrammes.create(), testProgrammes.create(), organisation("Investerer"), organisation("Mottaker"));
        nurses(w.first());
        nurses(w.second());
        return w;
    }

    private void assertKeptEqualsFresh(Programme first, Programme second, String when) {
        for (ProgrammeId p : List.of(first.id(), second.id())) {
            Dashboard kept = users.callAs(COORDINATOR, () -> dashboards.of(p, TODAY));
            assertSameKroner(kept, users.callAs(COORDINATOR, () -> computed.of(p, TODAY)), when);
            assertThat(users.callAs(COORDINATOR, () -> dashboards.of(p, TODAY)))
                    .as("asked again unchanged")
                    .isSameAs(kept);
        }
        for (String user : List.of(COORDINATOR, TestUsers.ADMIN)) {
            assertSameKroner(
                    users.callAs(user, () -> dashboards.of(null, TODAY)),
                    users.callAs(user, () -> computed.of(null, TODAY)),
                    when + ", " + user);
            List<ConflictStatus> fresh = users.callAs(user, () -> portfolio.conflicts());
            List<ConflictStatus> sharing = users.callAs(
                    user,
                    () -> control.control(null, readings.sharing(generation.read(), TODAY))
                            .statuses());
            assertThat(sharing).as(when + ", " + user).isEqualTo(fresh);
        }
    }

    /**
     * Equal, amounts compared by value: the totals added up from each programme's row ({@link NetRows}) may carry an
     * amount at another scale than the whole portfolio's totals (343200 for 3.432E+5) when one row excludes nothing;
     * the krone is the same, and pages and the API write both alike (plain numbers).
     */
    private static void assertSameKroner(Dashboard kept, Dashboard fresh, String when) {
        assertThat(kept)
                .as(when)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(fresh);
    }

    /** A priced time saving allocated partly to the receiver, invested in by the investor, measured by the measure. */
    private Indicator priced(Programme programme, String title, Organisation from, Organisation to, int share) {
        BenefitInput input = TestBenefitInputs.bare(programme.id().toString(), title)
                .benefitClass("CAPACITY")
                .allocations(List.of(new BenefitInput.AllocationInput(to.id().toString(), String.valueOf(share))))
                .investorIds(List.of(from.id().toString()))
                .build();
        Benefit benefit = users.callAs(COORDINATOR, () -> benefits.create(input));
        created.add(new Created(benefit.id(), input));
        modelVersions.put(
                benefit.id(),
                users.callAs(COORDINATOR, () -> valuations.setModel(benefit.id(), timeSaving(30 + share))));
        return users.callAs(
                COORDINATOR,
                () -> indicators.create(TestIndicators.monthly(benefit.id().toString(), measure, null)));
    }

    /** A benefit created here, with the input it was created from: what an edit of it starts from. */
    private record Created(BenefitId id, BenefitInput input) {}

    private final List<Created> created = new ArrayList<>();

    /** Each benefit's model's version: what a change of the model names. */
    private final Map<BenefitId, Long> modelVersions = new java.util.HashMap<>();

    /** Changes the benefit's valuation model to another time saving. */
    private void remodel(Created benefit, int minutes) {
        String version = String.valueOf(modelVersions.get(benefit.id()));
        modelVersions.put(
                benefit.id(),
                users.callAs(
                        COORDINATOR,
                        () -> valuations.setModel(
                                benefit.id(), timeSaving(minutes).withVersion(version))));
    }

    /** Edits the benefit through the service: a new title and a new share of its first allocation. */
    private void edit(Created benefit, int step, int share) {
        BenefitInput.AllocationInput to = benefit.input().allocations().getFirst();
        BenefitInput changed = TestBenefitInputs.from(benefit.input())
                .title(benefit.input().title() + " " + step)
                .allocations(List.of(new BenefitInput.AllocationInput(to.organisationId(), String.valueOf(share))))
                .build();
        users.runAs(COORDINATOR, () -> {
            long version = benefits.find(benefit.id()).orElseThrow().version();
            benefits.update(benefit.id(), changed, version);
        });
    }

    private void measure(Indicator indicator, int step) {
        jdbc.sql("""
                        INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,
                            unit, source, confidence, recorded_by)
                        SELECT gen_random_uuid(), :indicator, :value, :start, :end,
                               p.owner_organisation_id, 'minutter', 'API', 'HIGH', 'kept-parts-it'
                        FROM indicator i JOIN benefit b ON b.id = i.benefit_id JOIN programme p ON p.id = b.programme_id
                        WHERE i.id = :indicator
                        """)
                .param("indicator", indicator.id().value())
                .param("value", 40 + step)
                .param("start", LocalDate.of(2026, 1, 1).plusMonths(step))
                .param("end", LocalDate.of(2026, 1, 1).plusMonths(step + 1).minusDays(1))
                .update();
    }

    /** Gives the indicator another name: its measure key, and so the conflicts it is in, change. */
    private void redefine(Indicator indicator, String name) {
        jdbc.sql("UPDATE indicator SET name = :name WHERE id = :id")
                .param("name", name)
                .param("id", indicator.id().value())
                .update();
    }

    /** The indicator module's copy of where the benefit is, as a move of the benefit writes it. */
    private void placeIn(Created benefit, Programme programme) {
        jdbc.sql("UPDATE indicator_benefit_scope SET programme_id = :programme WHERE benefit_id = :benefit")
                .param("programme", programme.id().value())
                .param("benefit", benefit.id().value())
                .update();
    }

    private void rename(Organisation organisation, int step) {
        jdbc.sql("UPDATE organisation SET name = :name WHERE id = :id")
                .param("name", organisation.name() + " " + step)
                .param("id", organisation.id().value())
                .update();
    }

    /** A decision on the first conflict that has none, or a changed one on the first that has. */
    private void decideOne(int step) {
        List<ConflictStatus> statuses = users.callAs(COORDINATOR, () -> portfolio.conflicts());
        statuses.stream().filter(ConflictStatus::canDecide).findFirst().ifPresent(s -> {
            Long version = s.decision() == null ? null : s.decision().version();
            users.runAs(
                    COORDINATOR,
                    () -> portfolio.decide(
                            s.conflict().key(),
                            new DecisionInput("ACCEPTED", null, Map.of(), "Ulike gevinster " + step, version)));
        });
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        name + " " + TestOrganisationNumbers.unique(),
                        "ANNEN",
                        TestOrganisationNumbers.unique(),
                        null)));
    }

    private void nurses(Programme programme) {
        users.callAs(
                COORDINATOR,
                () -> valuations.saveAssumption(
                        programme.id(),
                        new ValuationInputs.AssumptionInput(
                                "sykepleiere",
                                null,
                                "10",
                                null,
                                null,
                                "personer",
                                "Bemanningsplan",
                                null,
                                null,
                                "false")));
    }

    private static ValuationInputs.ModelInput timeSaving(int minutes) {
        return new ValuationInputs.ModelInput(
                "OWN_ORGANISATION",
                "TIME_SAVING",
                Map.of(
                        "persons", "sykepleiere",
                        "minutesPerPeriod", String.valueOf(minutes),
                        "periodsPerYear", "12",
                        "hourlyCost", "600"),
                "2026",
                "CUMULATIVE",
                List.of("100"));
    }
}
