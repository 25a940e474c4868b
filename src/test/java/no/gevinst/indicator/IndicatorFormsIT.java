package no.gevinst.indicator;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The indicator page's forms refuse bad input on the page itself (issue 21): 422 with the form shown again holding
 * what was typed and the error beside the field it names (and in a summary linking to it), 409 when the baseline or
 * the trajectory changed since it was read, nothing written either way; saved, back to the page with the confirmation.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class IndicatorFormsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestParties world;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMeasurementWithBadFieldsIsShownAgainWithEachFieldNamedAndNothingRecorded() throws Exception {
        Indicator indicator = indicator("Måling med feil");
        String before = rows(indicator);
        MockHttpServletResponse response = send(post("/indicators/" + indicator.id() + "/measurements")
                .param("value", "1,2,3")
                .param("periodStart", "31.02.2026")
                .param("periodEnd", "")
                .param("organisation", world.owner().id().toString())
                .param("subUnit", "Sengepost 3")
                .param("confidence", "HIGH")
                .param("comment", "Skrevet for hånd"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .satisfies(errorBeside("value"))
                .satisfies(errorBeside("periodStart"))
                .satisfies(errorBeside("periodEnd"))
                .contains("href=\"#value\"", "href=\"#periodStart\"")
                .contains("«1,2,3» er ikke et tall.")
                .contains("value=\"1,2,3\"", "value=\"31.02.2026\"", "value=\"Sengepost 3\"")
                .contains("value=\"Skrevet for hånd\"")
                .contains("value=\"HIGH\" selected");
        assertThat(rows(indicator)).isEqualTo(before);

        // Sent right, it is recorded and the page says so.
        LocalDate month = NorwegianTime.today().withDayOfMonth(1).minusMonths(1);
        MockHttpServletResponse saved = send(post("/indicators/" + indicator.id() + "/measurements")
                .param("value", "12,5")
                .param("periodStart", month.toString())
                .param("periodEnd", month.plusMonths(1).minusDays(1).toString())
                .param("organisation", world.owner().id().toString())
                .param("confidence", "MEDIUM"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/indicators/" + indicator.id() + "#record");
        assertThat(rows(indicator)).isNotEqualTo(before);
    }

    @Test
    void aBlankDateOnTheMeasurementFormIsAskedForBesideItsFieldNotCalledNoDate() throws Exception {
        Indicator indicator = indicator("Måling uten dato");
        String before = rows(indicator);
        MockHttpServletResponse response = send(post("/indicators/" + indicator.id() + "/measurements")
                .param("value", "12,5")
                .param("periodStart", " ")
                .param("periodEnd", "31.01.2026")
                .param("organisation", world.owner().id().toString())
                .param("confidence", "MEDIUM"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .satisfies(errorBeside("periodStart"))
                .contains("Fyll inn datoen.")
                .doesNotContain("«» er ikke en dato", "« » er ikke en dato")
                .contains("value=\"12,5\"", "value=\"31.01.2026\"");
        assertThat(rows(indicator)).isEqualTo(before);
    }

    @Test
    void aBaselineWithTextForItsValueIsRefusedBesideTheValueAndAStaleOneIsAConflict() throws Exception {
        Indicator indicator = indicator("Nullpunkt med feil");
        String before = rows(indicator);
        MockHttpServletResponse refused = send(post("/indicators/" + indicator.id() + "/baseline")
                .param("value", "tretti")
                .param("periodStart", "2025-01-01")
                .param("periodEnd", "")
                .param("method", "Telling i journalen"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .satisfies(errorBeside("b-value"))
                .satisfies(errorBeside("b-periodEnd"))
                .contains("href=\"#b-value\"")
                .contains("value=\"tretti\"", "value=\"Telling i journalen\"")
                .containsPattern("<details open[^>]*>\\s*<summary[^>]*>Sett eller endre nullpunktet");
        assertThat(rows(indicator)).isEqualTo(before);

        users.runAs(world.in(Role.GEVINSTKOORDINATOR), () -> indicators.setBaseline(indicator.id(), baseline("30")));
        String set = rows(indicator);
        MockHttpServletResponse stale = send(post("/indicators/" + indicator.id() + "/baseline")
                .param("value", "31")
                .param("periodStart", "2025-01-01")
                .param("periodEnd", "2025-01-31")
                .param("version", "999"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Noen andre har endret dette").contains("value=\"31\"");
        assertThat(rows(indicator)).isEqualTo(set);
    }

    @Test
    void aTrajectoryWithABadCellNamesThatCellAndKeepsEveryRowAsSent() throws Exception {
        Indicator indicator = indicator("Målbane med feil");
        long version = users.callAs(
                world.in(Role.GEVINSTKOORDINATOR),
                () -> indicators.view(indicator.id(), NorwegianTime.today()).trajectoryVersion());
        String before = rows(indicator);
        MockHttpServletResponse refused = send(post("/indicators/" + indicator.id() + "/trajectory")
                .param("targetDate", "2027-12-31", "31.02.2026")
                .param("targetValue", "1,2,3", "5")
                .param("version", Long.toString(version)));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .satisfies(errorBeside("t-targetValue0"))
                .satisfies(errorBeside("t-targetDate1"))
                .contains("href=\"#t-targetValue0\"", "href=\"#t-targetDate1\"")
                .contains("value=\"1,2,3\"", "value=\"31.02.2026\"", "value=\"2027-12-31\"");
        assertThat(rows(indicator)).isEqualTo(before);

        MockHttpServletResponse stale = send(post("/indicators/" + indicator.id() + "/trajectory")
                .param("targetDate", "2027-12-31")
                .param("targetValue", "5")
                .param("version", Long.toString(version + 7)));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Noen andre har endret dette").contains("value=\"2027-12-31\"");
        assertThat(rows(indicator)).isEqualTo(before);

        MockHttpServletResponse blank =
                send(post("/indicators/" + indicator.id() + "/trajectory").param("version", Long.toString(version)));
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(rows(indicator)).isEqualTo(before);
    }

    @Test
    void aCorrectionWithoutANumberOrAReasonOpensAgainOnItsRowAndCorrectsNothing() throws Exception {
        Indicator indicator = indicator("Retting med feil");
        users.runAs(
                world.in(Role.GEVINSTKOORDINATOR),
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(new MeasurementInput(
                                "40",
                                "2025-03-01",
                                "2025-03-31",
                                world.owner().id().toString(),
                                null,
                                null,
                                null,
                                "HIGH",
                                null))),
                        MeasurementSource.FORM));
        String measurement = jdbc.sql("SELECT id::text FROM measurement WHERE indicator_id = :i::uuid")
                .param("i", indicator.id().toString())
                .query(String.class)
                .single();
        String before = rows(indicator);
        MockHttpServletResponse refused = send(post("/measurements/" + measurement + "/correction")
                .param("value", "førti")
                .param("reason", ""));
        assertThat(refused.getStatus()).isEqualTo(422);
        String prefix = "corr-" + measurement + "-";
        assertThat(body(refused))
                .satisfies(errorBeside(prefix + "value"))
                .satisfies(errorBeside(prefix + "reason"))
                .contains("href=\"#" + prefix + "value\"")
                .contains("value=\"førti\"")
                .containsPattern("<details class=\"correction\" open");
        assertThat(rows(indicator)).isEqualTo(before);
    }

    private Indicator indicator(String title) {
        return world.indicator(world.benefit(title));
    }

    private static BaselineCommand baseline(String value) {
        return BaselineCommand.parse(new BaselineInput(value, "2025-01-01", "2025-01-31", "", "", "", "", null, null));
    }

    /** The indicator's measurements, baseline and targets as stored, to see that a refused form wrote nothing. */
    private String rows(Indicator indicator) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM measurement WHERE indicator_id = :i::uuid) || '/'
                            || (SELECT count(*) FROM measurement WHERE indicator_id = :i::uuid
                                    AND superseded_by IS NOT NULL) || '/'
                            || (SELECT count(*) FROM baseline WHERE indicator_id = :i::uuid) || '/'
                            || coalesce((SELECT max(value)::text FROM baseline WHERE indicator_id = :i::uuid), '-') || '/'
                            || (SELECT count(*) FROM target_point WHERE indicator_id = :i::uuid)
                        """)
                .param("i", indicator.id().toString())
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(world.pageSession(world.in(Role.GEVINSTKOORDINATOR)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }
}
