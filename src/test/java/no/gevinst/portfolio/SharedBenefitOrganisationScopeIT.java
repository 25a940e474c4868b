package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
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
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
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
                () -> programmes.create(new ProgrammeInput(
                        "DK" + suffix,
                        "Kommunens program " + suffix,
                        "",
                        municipality.id().toString(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
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
        OrganisationId stOlavs = users.callAs(
                "kari", () -> organisations.search("883974832").getFirst().id());
        return users.callAs(COORDINATOR, () -> {
            Benefit b = benefits.create(TestBenefitInputs.bare(home.id().toString(), "Delt, målt og fordelt")
                    .benefitClass("CAPACITY")
                    .allocations(List.of(new BenefitInput.AllocationInput(stOlavs.toString(), "75")))
                    .investorIds(List.of(home.owner().toString()))
                    .build());
            valuations.saveAssumption(
                    home.id(),
                    new ValuationInputs.AssumptionInput(
                            "sykepleiere", null, "10", null, null, "", "", null, null, "false"));
            valuations.setModel(
                    b.id(),
                    new ValuationInputs.ModelInput(
                            "OWN_ORGANISATION",
                            "TIME_SAVING",
                            Map.of(
                                    "persons", "sykepleiere",
                                    "minutesPerPeriod", "60",
                                    "periodsPerYear", "12",
                                    "hourlyCost", "600"),
                            "2026",
                            "CUMULATIVE",
                            List.of("100")));
            Indicator indicator =
                    indicators.create(TestIndicators.monthly(b.id().toString(), "Ventetid delt og fordelt", null));
            indicators.setBaseline(
                    indicator.id(), new BaselineInput("20", "2024-01-01", "2024-12-31", "", "", "", "", "false", null));
            indicators.setTrajectory(
                    indicator.id(), List.of(new String[] {"2025-01-01", "20"}, new String[] {"2026-12-31", "10"}));
            indicators.record(
                    indicator.id(),
                    List.of(new MeasurementInput(
                            "15", "2026-06-01", "2026-06-30", home.owner().toString(), "", "", "", "", "")),
                    MeasurementSource.FORM);
            return b;
        });
    }

    private Dashboard.Year year(Programme programme) {
        return users.callAs(COORDINATOR, () -> dashboards.of(programme.id(), TODAY)).years().stream()
                .filter(y -> y.year() == 2026)
                .findFirst()
                .orElseThrow();
    }
}
