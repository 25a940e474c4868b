package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PageActions;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestNamedCoordinator;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.OrganisationId;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The indicator page offers corrections and the measurement form only for the organisations the user may record
 * for, returns an indicator refused after all to its form with what was typed, and names who recorded in full.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class IndicatorPageFitsTheRoleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestParties world;

    @Autowired
    TestNamedCoordinator named;

    @Autowired
    Indicators indicators;

    @Autowired
    Benefits benefits;

    @Test
    void anOwnerIsOfferedToCorrectAndRecordOnlyForTheirOwnOrganisation() throws Exception {
        Indicator indicator = world.indicator(world.benefit("Rettes bare av sine egne"));
        users.runAs(
                world.in(Role.GEVINSTKOORDINATOR),
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(
                                measurement("40", world.owner().id()),
                                measurement("30", world.party().id()))),
                        MeasurementSource.FORM));

        Document page =
                PageActions.page(mvc, "/indicators/" + indicator.id(), world.pageSession(world.in(Role.GEVINSTEIER)));

        assertThat(page.select("details.correction")).hasSize(1);
        assertThat(page.select("details.correction").first().parent().parent().text())
                .contains(world.owner().name());
        assertThat(page.select("select[name=organisation] option").eachAttr("value"))
                .containsExactly(world.owner().id().toString());
        assertThat(PageActions.writesInMain(PageActions.page(
                        mvc, "/indicators/" + indicator.id(), world.pageSession(world.in(Role.LESER)))))
                .isEmpty();
    }

    @Test
    void anIndicatorRefusedAfterAllReturnsToTheFormWithWhatWasTyped() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Benefit benefit = world.benefit("Indikator nektet");
        Document form =
                PageActions.page(mvc, "/benefits/" + benefit.id() + "/indicators/new", world.pageSession(coordinator));

        String html = mvc.perform(PageActions.submit(PageActions.form(form), "name", "Skrevet før")
                        .with(PageActions.afterWithdrawal(
                                users.userDetails(coordinator),
                                new RoleAssignment(Role.LESER, world.owner().id()))))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document answer = PageActions.parse(html);
        assertThat(answer.select("[role=alert]").text())
                .contains("ikke lenger tilgang til å legge til måleindikatorer");
        assertThat(answer.select("input[name=name]").val()).isEqualTo("Skrevet før");
        assertThat(users.callAs(TestUsers.ADMIN, () -> indicators.ofBenefit(benefit.id())))
                .isEmpty();
    }

    @Test
    void anIndicatorWithoutNameOrUnitIsRefusedAtTheEdgeNamingBothAndKeepsWhatWasTyped() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Benefit benefit = world.benefit("Indikator uten navn");
        Document form =
                PageActions.page(mvc, "/benefits/" + benefit.id() + "/indicators/new", world.pageSession(coordinator));

        String html = mvc.perform(PageActions.submit(
                                PageActions.form(form),
                                java.util.Map.of("name", " \t ", "unit", "", "definition", "Ventetid i minutter"))
                        .with(world.pageSession(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document answer = PageActions.parse(html);
        assertThat(answer.select("[role=alert] li").eachText())
                .containsExactly(
                        "Navn må fylles ut.",
                        "Enhet må fylles ut, for eksempel «minutter» eller «per 1 000 liggedøgn».");
        assertThat(answer.select("textarea[name=definition]").text()).isEqualTo("Ventetid i minutter");
        assertThat(users.callAs(TestUsers.ADMIN, () -> indicators.ofBenefit(benefit.id())))
                .isEmpty();
    }

    @Test
    void theMeasurementsNameWhoRecordedThemInFullNeverByUserName() throws Exception {
        Indicator indicator = users.callAs(named.username(), () -> {
            Benefit benefit = benefits.create(
                    TestBenefitInputs.bare(named.programme().id().toString(), "Målt")
                            .build());
            Indicator created =
                    indicators.create(TestIndicators.monthly(benefit.id().toString(), "Målt", null));
            indicators.record(
                    created.id(),
                    MeasurementCommand.readAll(
                            List.of(measurement("12", named.organisation().id()))),
                    MeasurementSource.FORM);
            return created;
        });

        Document page = PageActions.page(mvc, "/indicators/" + indicator.id(), users.session(named.username()));

        String measurements =
                page.select("#measurements-heading ~ .table-scroll table").text();
        assertThat(measurements).contains(named.fullName()).doesNotContain(named.username());
    }

    private static MeasurementInput measurement(String value, OrganisationId organisation) {
        return new MeasurementInput(
                value, "2025-01-01", "2025-01-31", organisation.toString(), null, null, null, null, null);
    }
}
