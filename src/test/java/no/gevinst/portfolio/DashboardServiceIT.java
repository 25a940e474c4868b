package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard counts what the register lists, per programme and across them, and only what the user may see. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class DashboardServiceIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    Dashboards dashboards;

    @Autowired
    Benefits benefits;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void everyCountEqualsTheRegistersCountForTheSameFilter() {
        users.runAs("kari", () -> {
            RegisterTally tally = dashboards.of(null, TODAY).register();

            assertThat(tally.total()).isPositive().isEqualTo(count(BenefitQuery.all()));
            for (BenefitStatus s : BenefitStatus.values()) {
                assertThat(tally.byStatus().getOrDefault(s, 0L))
                        .as("status %s", s)
                        .isEqualTo(count(query(null, null, null, s, null, false)));
            }
            for (BenefitClass c : BenefitClass.values()) {
                assertThat(tally.byClass().getOrDefault(c, 0L))
                        .as("class %s", c)
                        .isEqualTo(count(query(null, null, c, null, null, false)));
            }
            for (IndicatorFilter f : IndicatorFilter.values()) {
                assertThat(tally.byIndicator().get(f))
                        .as("indicator %s", f)
                        .isEqualTo(count(query(null, null, null, null, f, false)));
            }
            assertThat(tally.byArea()).isNotEmpty();
            tally.byArea()
                    .forEach((area, n) -> assertThat(n)
                            .as("area %s", area)
                            .isEqualTo(count(query(area, null, null, null, null, false))));
            assertThat(tally.byPriorityArea()).isNotEmpty();
            tally.byPriorityArea()
                    .forEach((pa, n) -> assertThat(n)
                            .as("priority area %s", pa)
                            .isEqualTo(count(query(null, pa, null, null, null, false))));
            assertThat(tally.withWarnings()).isEqualTo(count(query(null, null, null, null, null, true)));
        });
    }

    @Test
    void theProgrammeFilterCountsOneProgrammeAndTheWholeIsTheSumOfItsProgrammes() {
        users.runAs(TestUsers.ADMIN, () -> {
            Dashboard all = dashboards.of(null, TODAY);
            assertThat(all.programmes())
                    .extracting(Dashboard.ProgrammeLine::code)
                    .contains("HP", "DBEP");
            long sum = 0;
            for (Programme p : programmes.visible()) {
                sum += count(BenefitQuery.inProgramme(p.id()));
            }
            assertThat(all.register().total()).isEqualTo(sum);
            // Each programme's own dashboard values the whole portfolio (double counting crosses programmes), so it
            // is built for the demo's programmes and a few others, not for the hundreds the suite has made by now.
            List<Programme> sample = programmes.visible().stream()
                    .sorted(java.util.Comparator.comparing(
                            (Programme p) -> !List.of("HP", "DBEP").contains(p.code())))
                    .limit(5)
                    .toList();
            for (Programme p : sample) {
                Dashboard one = dashboards.of(p.id(), TODAY);
                assertThat(one.programmes())
                        .extracting(Dashboard.ProgrammeLine::id)
                        .containsExactly(p.id());
                assertThat(one.register().total()).isEqualTo(count(BenefitQuery.inProgramme(p.id())));
            }
        });
    }

    @Test
    void aUserSeesOnlyTheProgrammesSheMaySee() {
        ProgrammeId hp =
                users.callAs("kari", () -> programmes.visible().getFirst().id());
        users.runAs("dina", () -> {
            Dashboard dashboard = dashboards.of(null, TODAY);
            assertThat(dashboard.programmes())
                    .extracting(Dashboard.ProgrammeLine::code)
                    .containsExactly("DBEP");
            assertThat(dashboard.register().total()).isEqualTo(count(BenefitQuery.all()));
            assertThatThrownBy(() -> dashboards.of(hp, TODAY)).isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void theDemosDoubleCountMakesNetLessThanGrossAgainstTheHundredMillionTarget() {
        users.runAs("kari", () -> {
            Dashboard dashboard = dashboards.of(null, TODAY);
            assertThat(dashboard.unresolvedConflicts()).isPositive();
            assertThat(dashboard.totals().net()).isLessThan(dashboard.totals().gross());
            Dashboard.Year in2027 = dashboard.years().stream()
                    .filter(y -> y.year() == 2027)
                    .findFirst()
                    .orElseThrow();
            assertThat(in2027.excluded()).isPositive();
            assertThat(in2027.net()).isEqualByComparingTo(in2027.forecast().subtract(in2027.excluded()));
            assertThat(in2027.target()).isEqualByComparingTo("100000000");
            assertThat(dashboard.hasTarget()).isTrue();
        });
    }

    @Test
    void thePageAndTheApiShowTheDashboard() throws Exception {
        mvc.perform(get("/portfolio").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"count-status-PLANNED\"")))
                .andExpect(content().string(Matchers.containsString("role=\"img\"")))
                .andExpect(content().string(Matchers.containsString("/benefits?warning=ANY")))
                // The demo's cross-organisation benefit, with its period not yet signed off by the municipality.
                .andExpect(content().string(Matchers.containsString("Færre reinnleggelser for pasienter med kols")))
                .andExpect(content().string(Matchers.containsString("ikke signert av mottakende part")));
        mvc.perform(get("/api/v1/portfolio/dashboard").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmes[*].code", Matchers.contains("DBEP")))
                .andExpect(jsonPath("$.register.total", Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/portfolio/dashboard?programme=not-an-id").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isNotFound());
    }

    private long count(BenefitQuery query) {
        return benefits.search(query).total();
    }

    private static BenefitQuery query(
            String area,
            String priorityArea,
            BenefitClass benefitClass,
            BenefitStatus status,
            IndicatorFilter indicator,
            boolean anyWarning) {
        return BenefitQuery.builder()
                .area(area)
                .priorityArea(priorityArea)
                .benefitClass(benefitClass)
                .status(status)
                .anyWarning(anyWarning)
                .indicator(indicator)
                .build();
    }
}
