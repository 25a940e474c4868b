package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.Printed;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.report.OrganisationDocuments;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organisation-scoped figures count a benefit shared between programmes at each programme's share, as the
 * programme's dashboard does (issue 18), so that the organisations and the remainder add up to the programme's figure.
 * The benefit (as in {@link SharedBenefitRealisedIT}) is priced at 72 000 kr a year from 2026 and realised 36 000 kr in
 * 2026, unsigned; here 75 % of it is allocated to St. Olavs and 25 % to no organisation, and 40 % is shared with the
 * receiving programme. Worked by hand:
 *
 * <ul>
 *   <li>receiving programme: forecast 40 % of 72 000 = 28 800 kr, of it St. Olavs 75 % = 21 600 kr and unallocated
 *       7 200 kr; realised 40 % of 36 000 = 14 400 kr, St. Olavs 10 800 kr, unallocated 3 600 kr;
 *   <li>home programme: forecast 72 000 − 28 800 = 43 200 kr, St. Olavs 32 400 kr; realised 21 600 kr, St. Olavs
 *       16 200 kr.
 * </ul>
 *
 * Before, the receiving programme's scope did not count the benefit at all (St. Olavs 0 kr, the reconciliation's whole
 * 0 kr against the dashboard's 28 800 kr) and the home programme's counted all of it (54 000 kr for St. Olavs).
 */
@GevinstIntegrationTest
class SharedBenefitOrganisationScopeIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Valuations valuations;

    @Autowired
    BenefitSharing sharing;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    Organisations organisations;

    @Autowired
    Dashboards dashboards;

    @Autowired
    OrganisationDashboards scoped;

    @Autowired
    Programmes programmes;

    @Autowired
    Plans plans;

    @Autowired
    OrganisationDocuments documents;

    @Test
    void eachProgrammesOrganisationsCountTheSharedBenefitAtTheProgrammesShareAndAddUpToItsDashboard() {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Benefit benefit = pricedAndMeasured(home);
        OrganisationId stOlavs = users.callAs(
                "kari", () -> organisations.search("883974832").getFirst().id());
        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        users.callAs(COORDINATOR, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));

        OrganisationDashboard there = users.callAs(COORDINATOR, () -> scoped.of(receiving.id(), stOlavs, TODAY));
        OrganisationFigures.Year received = there.figures().year(2026);
        assertThat(received.forecast()).isEqualByComparingTo("21600");
        assertThat(received.realised()).isEqualByComparingTo("10800");
        assertThat(received.unsigned()).isEqualByComparingTo("10800");

        Reconciliation r = there.reconciliation();
        assertThat(r.balances()).isTrue();
        assertThat(r.whole().year(2026).forecast()).isEqualByComparingTo("28800");
        assertThat(r.whole().year(2026).realised()).isEqualByComparingTo("14400");
        assertThat(r.unallocated().year(2026).forecast()).isEqualByComparingTo("7200");
        assertThat(r.unallocated().year(2026).realised()).isEqualByComparingTo("3600");
        // The parts add up to the programme's own dashboard.
        Dashboard.Year dashboard = year(receiving);
        assertThat(r.whole().year(2026).forecast()).isEqualByComparingTo(dashboard.forecast());
        assertThat(r.whole().year(2026).realised()).isEqualByComparingTo(dashboard.realised());

        OrganisationFigures.Year kept = users.callAs(COORDINATOR, () -> scoped.of(home.id(), stOlavs, TODAY))
                .figures()
                .year(2026);
        assertThat(kept.forecast()).isEqualByComparingTo("32400");
        assertThat(kept.realised()).isEqualByComparingTo("16200");
        Reconciliation atHome = users.callAs(COORDINATOR, () -> scoped.reconciliation(home.id(), TODAY));
        assertThat(atHome.balances()).isTrue();
        assertThat(atHome.whole().year(2026).forecast())
                .isEqualByComparingTo(year(home).forecast());
        assertThat(atHome.whole().year(2026).realised())
                .isEqualByComparingTo(year(home).realised());

        // St. Olavs' flows in the receiving programme show the shared benefit at the programme's share.
        FlowReport flows = users.callAs(COORDINATOR, () -> scoped.flows(receiving.id(), stOlavs));
        assertThat(flows.shared()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(benefit.id());
            assertThat(f.home()).isEqualTo(home.id());
            assertThat(f.nokPerYearAtShare()).isEqualByComparingTo("28800");
        });
    }

    /**
     * The planned kroner of a shared benefit count at each programme's share, by the forecast's rule (SharedForecasts
     * .change), on the dashboard and in the organisation-scoped figures alike. The home programme's plan is approved
     * with the benefit priced at 72 000 kr in 2026; then 40 % is shared with the receiving programme, which has no
     * approved plan, and the benefit's valuation is doubled (hourly cost 600 → 1 200 kr). Worked by hand, 2026:
     *
     * <ul>
     *   <li>the benefit's planned kroner are what the home plan froze, 72 000 kr (not the valuation's 144 000 kr);
     *   <li>receiving programme: planned 40 % of 72 000 = 28 800 kr (its forecast is 40 % of 144 000 = 57 600 kr), St.
     *       Olavs (75 %) 21 600 kr;
     *   <li>home programme: planned 72 000 − 28 800 = 43 200 kr, St. Olavs 32 400 kr;
     *   <li>together 28 800 + 43 200 = 72 000 kr: the benefit once. Approving the receiving programme's plan (which
     *       holds the benefit, unpriced in its own valuation) changes none of it.
     * </ul>
     *
     * Before, the home programme's planned was 72 000 kr unsplit (St. Olavs 54 000 kr) and the receiving programme's
     * 40 % of the valuation, 57 600 kr: 129 600 kr together.
     */
    @Test
    void aSharedBenefitsPlannedKronerCountAtEachProgrammesShareOfWhatTheHomePlanFroze() {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Benefit benefit = pricedAndMeasured(home);
        OrganisationId stOlavs = users.callAs(
                "kari", () -> organisations.search("883974832").getFirst().id());
        approve(home);
        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        users.callAs(COORDINATOR, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));
        users.callAs(
                COORDINATOR,
                () -> valuations.setModel(benefit.id(), timeSaving("1200").withVersion("0")));

        for (boolean receivingApproved : new boolean[] {false, true}) {
            if (receivingApproved) {
                approve(receiving);
            }
            assertThat(year(receiving).forecast()).isEqualByComparingTo("57600");
            assertThat(year(receiving).planned()).isEqualByComparingTo("28800");
            assertThat(year(home).planned()).isEqualByComparingTo("43200");
            assertThat(year(receiving).planned().add(year(home).planned())).isEqualByComparingTo("72000");

            OrganisationDashboard there = users.callAs(COORDINATOR, () -> scoped.of(receiving.id(), stOlavs, TODAY));
            assertThat(yearOf(there).planned()).isEqualByComparingTo("21600");
            assertThat(there.reconciliation().balances()).isTrue();
            OrganisationDashboard atHome = users.callAs(COORDINATOR, () -> scoped.of(home.id(), stOlavs, TODAY));
            assertThat(yearOf(atHome).planned()).isEqualByComparingTo("32400");
            assertThat(atHome.reconciliation().balances()).isTrue();
        }
    }

    /**
     * In the receiving programme's organisation status report a shared benefit shows the home programme's indicators,
     * which measure it, marked as measured by the home programme; before, it showed none ("no indicator"), as its
     * indicators are not the receiving programme's. Read by a reader of the receiving programme who does not see the
     * home programme, for the municipality that owns it and is allocated 75 % of the benefit.
     */
    @Test
    void theReceivingProgrammesStatusReportShowsTheHomeProgrammesIndicatorsOfASharedBenefit() throws Exception {
        Programme home = testProgrammes.create();
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Organisation municipality = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        "Målekommune " + suffix, "KOMMUNE", TestOrganisationNumbers.unique(), null)));
        Benefit benefit = pricedAndMeasured(home, municipality.id());
        String coordinator = users.withRole("maal-k-" + suffix, Role.GEVINSTKOORDINATOR, municipality.id());
        String reader = users.withRole("maal-l-" + suffix, Role.LESER, municipality.id());
        Programme receiving = receivingOf(municipality, "MK" + suffix);
        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        users.callAs(coordinator, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));

        assertThat(users.callAs(reader, () -> programmes.find(home.id()))).isEmpty();
        OrganisationStatus status =
                users.callAs(reader, () -> scoped.status(receiving.id(), municipality.id(), "YEAR", "2026"));
        assertThat(status.requirements()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(benefit.id());
            assertThat(r.measuredBy()).isEqualTo(home.name());
            assertThat(r.ownMeasurements()).isFalse();
            assertThat(r.indicators()).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo("Ventetid delt og fordelt");
                assertThat(i.baseline()).isEqualByComparingTo("20");
                assertThat(i.target()).isEqualByComparingTo("10");
                assertThat(i.latest()).isEqualByComparingTo("15");
            });
        });
        byte[] pdf = users.callAs(reader, () -> documents.statusPdf(receiving.id(), municipality.id(), "YEAR", "2026"));
        assertThat(Printed.text(pdf).replaceAll("\\s+", " "))
                .contains("Ventetid delt og fordelt")
                .contains(home.name());
    }

    private Programme receivingOf(Organisation owner, String code) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code(code)
                        .name("Mottakerprogram " + code)
                        .description("")
                        .ownerOrganisationId(owner.id().toString())
                        .build()));
    }

    private void approve(Programme programme) {
        users.callAs(COORDINATOR, () -> {
            Plan plan = plans.create(programme.id(), new Plans.PlanInput("", "Plan " + programme.code()));
            PlanVersion submitted =
                    plans.submit(plan.id(), 1, plans.version(plan.id(), 1).version());
            return plans.approve(
                    plan.id(),
                    1,
                    new Plans.ApprovalInput(
                            "Styringsgruppen", NorwegianTime.today().toString(), "SG-1/26"),
                    submitted.version());
        });
    }

    private static Dashboard.Year yearOf(OrganisationDashboard d) {
        return d.dashboard().years().stream()
                .filter(y -> y.year() == 2026)
                .findFirst()
                .orElseThrow();
    }

    /**
     * A reader of the receiving programme only (it is owned by an organisation of its own, the home programme by the
     * test programmes' owner) sees the shared benefit's realised kroner at the programme's share, 40 % of 36 000 =
     * 14 400 kr, where before they saw "not measured" (the home programme's målbaner and actuals were out of their
     * sight); the home programme itself stays out of it.
     */
    @Test
    void aReaderWhoCannotSeeTheHomeProgrammeSeesTheSharedRealisedKronerAtTheShare() {
        Programme home = testProgrammes.create();
        Benefit benefit = pricedAndMeasured(home);
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Organisation municipality = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        "Delingskommune " + suffix, "KOMMUNE", TestOrganisationNumbers.unique(), null)));
        String coordinator = users.withRole("deling-k-" + suffix, Role.GEVINSTKOORDINATOR, municipality.id());
        String reader = users.withRole("deling-l-" + suffix, Role.LESER, municipality.id());
        Programme receiving = users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code("DK" + suffix)
                        .name("Kommunens program " + suffix)
                        .description("")
                        .ownerOrganisationId(municipality.id().toString())
                        .build()));
        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        users.callAs(coordinator, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));

        assertThat(users.callAs(reader, () -> programmes.find(home.id()))).isEmpty();
        Dashboard.Year seen = users.callAs(reader, () -> dashboards.of(receiving.id(), TODAY)).years().stream()
                .filter(y -> y.year() == 2026)
                .findFirst()
                .orElseThrow();
        assertThat(seen.forecast()).isEqualByComparingTo("28800");
        assertThat(seen.realised()).isEqualByComparingTo("14400");
        assertThat(seen.realisedUnsigned()).isEqualByComparingTo("14400");
        Realised traced = users.callAs(reader, () -> dashboards.realised(receiving.id(), 2026, TODAY));
        assertThat(traced.benefits()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(benefit.id());
            assertThat(b.realised()).isEqualByComparingTo("14400");
        });
    }

    private Benefit pricedAndMeasured(Programme home) {
        return pricedAndMeasured(
                home,
                users.callAs(
                        "kari",
                        () -> organisations.search("883974832").getFirst().id()));
    }

    private Benefit pricedAndMeasured(Programme home, OrganisationId allocatedTo) {
        return users.callAs(COORDINATOR, () -> {
            Benefit b = benefits.create(TestBenefitInputs.bare(home.id().toString(), "Delt, målt og fordelt")
                    .benefitClass("CAPACITY")
                    .allocations(List.of(new BenefitInput.AllocationInput(allocatedTo.toString(), "75")))
                    .investorIds(List.of(home.owner().toString()))
                    .build());
            valuations.saveAssumption(
                    home.id(),
                    AssumptionInputBuilder.number("sykepleiere", "10").build());
            valuations.setModel(b.id(), timeSaving("600"));
            Indicator indicator =
                    indicators.create(TestIndicators.monthly(b.id().toString(), "Ventetid delt og fordelt", null));
            indicators.setBaseline(
                    indicator.id(),
                    BaselineCommand.parse(
                            new BaselineInput("20", "2024-01-01", "2024-12-31", "", "", "", "", "false", null)));
            indicators.setTrajectory(
                    indicator.id(), TrajectoryCommand.parse(List.of("2025-01-01", "2026-12-31"), List.of("20", "10")));
            indicators.record(
                    indicator.id(),
                    MeasurementCommand.readAll(List.of(new MeasurementInput(
                            "15", "2026-06-01", "2026-06-30", home.owner().toString(), "", "", "", "", ""))),
                    MeasurementSource.FORM);
            return b;
        });
    }

    private static ValuationInputs.ModelInput timeSaving(String hourlyCost) {
        return new ValuationInputs.ModelInput(
                "OWN_ORGANISATION",
                "TIME_SAVING",
                Map.of(
                        "persons", "sykepleiere",
                        "minutesPerPeriod", "60",
                        "periodsPerYear", "12",
                        "hourlyCost", hourlyCost),
                "2026",
                "CUMULATIVE",
                List.of("100"));
    }

    private Dashboard.Year year(Programme programme) {
        return users.callAs(COORDINATOR, () -> dashboards.of(programme.id(), TODAY)).years().stream()
                .filter(y -> y.year() == 2026)
                .findFirst()
                .orElseThrow();
    }
}
