package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.Printed;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
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
import no.gevinst.plan.Plans;
import no.gevinst.plan.Reminders;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The steering group report and the board summary scoped to one organisation (issue 18): the deviations are the
 * organisation's own largest, not the portfolio's largest that happen to be its; the reminders (plan versions awaiting
 * approval, measures past their deadline) are those of its own plans and benefits; the board summary is written over
 * its share; and a refused request keeps the organisation chosen on the way back to the dashboard or the double
 * counting.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class OrganisationScopedReportsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    Plans plans;

    @Autowired
    OrganisationDashboards scopes;

    @Autowired
    Reports reports;

    @Autowired
    Portfolio portfolio;

    /**
     * A programme whose owner has one benefit with one indicator a little behind, while a partner's benefit has more
     * indicators far behind than a report prints: the owner's deviation is outside the programme's ten largest.
     */
    @Test
    void theScopedSteeringReportPrintsTheOrganisationsOwnDeviationsAndReminders() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Programme programme = testProgrammes.create();
        OrganisationId owner = programme.owner();
        Organisation partner = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(
                        new OrganisationInput("Rapportpart " + tag, "ANNEN", TestOrganisationNumbers.unique(), null)));
        Benefit partners = benefit(programme, "Partnerens gevinst " + tag, partner.id());
        Benefit owners = benefit(programme, "Eierens gevinst " + tag, owner);
        List<Indicator> farBehind = new ArrayList<>();
        for (int i = 0; i <= Reports.DEVIATIONS_COLLECTED; i++) {
            farBehind.add(behind(partners, owner, "Langt bak " + i + " " + tag, "20"));
        }
        Indicator littleBehind = behind(owners, owner, "Litt bak " + tag, "15");
        users.runAs(TestProgrammes.COORDINATOR, () -> {
            Plan programmePlan = plans.create(programme.id(), new Plans.PlanInput(null, "Programplan " + tag));
            measure(programmePlan, "Partnerens tiltak " + tag, partners);
            measure(programmePlan, "Eierens tiltak " + tag, owners);
            plans.submit(programmePlan.id(), 1);
            Plan ownersPlan =
                    plans.create(programme.id(), new Plans.PlanInput(owner.toString(), "Eierens plan " + tag));
            plans.submit(ownersPlan.id(), 1);
        });

        PortfolioReportData whole =
                users.callAs(TestProgrammes.COORDINATOR, () -> reports.collect(null, null, programme.id()));
        assertThat(whole.deviations())
                .as("the programme's largest deviations, all the partner's")
                .extracting(d -> d.row().indicator().id())
                .hasSize(Reports.DEVIATIONS_COLLECTED)
                .isSubsetOf(farBehind.stream().map(Indicator::id).toList());
        assertThat(whole.lateMeasures()).hasSize(2);

        PortfolioReportData scoped =
                users.callAs(TestProgrammes.COORDINATOR, () -> scopes.collect(null, null, programme.id(), owner));
        assertThat(scoped.deviations())
                .as("the owner's own deviation, though the partner's ten are larger")
                .extracting(d -> d.row().indicator().id())
                .containsExactly(littleBehind.id());
        assertThat(scoped.lateMeasures()).extracting(Reminders.Reminder::what).containsExactly("Eierens tiltak " + tag);
        assertThat(scoped.approvals()).extracting(Reminders.Reminder::what).containsExactly("Eierens plan " + tag);
    }

    @Test
    void theScopedBoardSummaryIsWrittenOverTheOrganisationsShare() throws Exception {
        byte[] pdf = mvc.perform(get("/portfolio/board-summary.pdf?programme=" + hp() + "&organisation=" + stOlavs())
                        .with(users.session("kari")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Printed.text(pdf)).contains("Orientering om gevinstrealisering \u2013 St. Olavs hospital HF");
    }

    @Test
    void aRefusedScopedReportGoesBackToTheDashboardScopedToTheOrganisation() throws Exception {
        for (String document : List.of("report.pdf", "board-summary.pdf")) {
            mvc.perform(get("/portfolio/" + document + "?programme=" + hp() + "&organisation=" + stOlavs()
                                    + "&from=ikke-en-dato")
                            .with(users.session("kari")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl(
                            "/portfolio?programme=" + hp() + "&organisation=" + stOlavs() + "#steering-report"))
                    .andExpect(flash().attributeExists("reportErrors"))
                    .andExpect(flash().attribute("reportFrom", "ikke-en-dato"));
        }
        mvc.perform(get("/portfolio/organisation-report.pdf?programme=" + UUID.randomUUID() + "&organisation="
                                + stOlavs())
                        .with(users.session("kari")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/portfolio?organisation=" + stOlavs() + "#main"));
    }

    @Test
    void aRefusedDecisionOnTheScopedDoubleCountingIsShownOnTheListScopedToTheOrganisation() throws Exception {
        Conflict conflict = DemoDoubleCount.of(portfolio, users);
        mvc.perform(post("/portfolio/conflicts/" + conflict.key() + "/decision")
                        .param("programme", hp().toString())
                        .param("organisation", stOlavs().toString())
                        .param("kind", "")
                        .with(csrf())
                        .with(users.session("kari")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("failedKey", conflict.key()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeExists("selectedOrganisation", "decisionErrors"));
    }

    private ProgrammeId hp() {
        return users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private OrganisationId stOlavs() {
        return users.callAs(
                "kari", () -> organisations.search("883974832").getFirst().id());
    }

    private Benefit benefit(Programme programme, String title, OrganisationId arisesIn) {
        return users.callAs(
                TestProgrammes.COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), title)
                        .allocations(List.of(new BenefitInput.AllocationInput(arisesIn.toString(), "100")))
                        .build()));
    }

    /** From 20 towards 10 by the end of 2026; measured (where the programme measures) at {@code value} in June 2026. */
    private Indicator behind(Benefit benefit, OrganisationId measuredAt, String name, String value) {
        return users.callAs(TestProgrammes.COORDINATOR, () -> {
            Indicator indicator =
                    indicators.create(TestIndicators.monthly(benefit.id().toString(), name, null));
            indicators.setBaseline(
                    indicator.id(),
                    BaselineCommand.parse(
                            new BaselineInput("20", "2024-01-01", "2024-12-31", "", "", "", "", "false", null)));
            indicators.setTrajectory(
                    indicator.id(), TrajectoryCommand.parse(List.of("2025-01-01", "2026-12-31"), List.of("20", "10")));
            indicators.record(
                    indicator.id(),
                    MeasurementCommand.readAll(List.of(new MeasurementInput(
                            value, "2026-06-01", "2026-06-30", measuredAt.toString(), "", "", "", "", ""))),
                    MeasurementSource.FORM);
            return indicator;
        });
    }

    private void measure(Plan plan, String action, Benefit benefit) {
        plans.addMeasure(
                plan.id(),
                new Plans.MeasureInput(action, List.of(benefit.id().toString()), null, "2025-03-31", "PLANNED", null));
    }
}
