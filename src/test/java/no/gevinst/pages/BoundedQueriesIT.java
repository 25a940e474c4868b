package no.gevinst.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.QueryCounter;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The register, a benefit profile, an indicator page, the dashboard and the API's lists send the same number of SQL
 * statements after ten times more measurements on the same indicators and more benefits on the register, and the
 * indicator page and the measurements API answer with the same number of bytes: nothing they do grows with the
 * measurement history or with the number of benefits shown.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class BoundedQueriesIT {

    private static final int UNITS = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestParties world;

    @Autowired
    Programmes programmes;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesSendAsManyStatementsWhateverTheHistoryAndTheBenefitsShown() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Programme programme = programme();
        List<Benefit> shown = new ArrayList<>();
        List<Indicator> measured = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Benefit benefit = benefit(programme, "Avgrenset " + i);
            shown.add(benefit);
            measured.addAll(measuredIndicators(benefit, 0, 50));
        }
        Indicator first = measured.getFirst();
        users.runAs(coordinator, () -> {
            indicators.setBaseline(
                    first.id(),
                    BaselineCommand.parse(
                            new BaselineInput("20", "2018-01-01", "2018-01-31", "", "", "", "", "false", null)));
            indicators.setTrajectory(first.id(), TrajectoryCommand.parse(List.of("2030-12-31"), List.of("5")));
        });
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("register page", "/benefits?programme=" + programme.id());
        paths.put("benefit profile", "/benefits/" + shown.getFirst().id());
        paths.put("indicator page", "/indicators/" + first.id());
        paths.put("indicator page 2", "/indicators/" + first.id() + "?page=2");
        paths.put("dashboard page", "/portfolio");
        paths.put("register API", "/api/v1/benefits?programme=" + programme.id());
        paths.put("measurements API", "/api/v1/indicators/" + first.id() + "/measurements");
        RequestPostProcessor session = world.pageSession(coordinator);
        Map<String, Integer> before = statements(paths, session);
        System.out.println("Statements per request: " + before);
        printStatements(paths, session);
        int pageBytes = bytes(paths.get("indicator page"), session);
        int apiBytes = bytes(paths.get("measurements API"), session);

        // Ten times the history on the same indicators, all of it older than what the pages show.
        for (Indicator indicator : measured) {
            insertMonths(indicator, 200, 500);
        }
        assertThat(statements(paths, session)).isEqualTo(before);
        assertThat(bytes(paths.get("indicator page"), session)).isEqualTo(pageBytes);
        assertThat(bytes(paths.get("measurements API"), session)).isEqualTo(apiBytes);

        // More benefits on the register, each measured: the register and its API ask once for all of them.
        for (int i = 3; i < 12; i++) {
            measuredIndicators(benefit(programme, "Avgrenset " + i), 0, 50);
        }
        assertThat(statements(paths, session)).isEqualTo(before);
        // And few: a page reads the programmes once (five statements, however many the user sees) and the benefit
        // once, each in one statement, whatever its rights checks ask (issue 15: an indicator page sent 137 before, a
        // register page 104, a profile 78).
        assertThat(before).allSatisfy((page, n) -> assertThat(n).as(page).isPositive());
        // (issue 15, session 34) The register learns whether its benefits are measured from its own copy of the
        // indicators' status, in one statement; the indicator page keeps its status and series for the generation.
        assertThat(before.get("register page")).isLessThanOrEqualTo(11);
        // (issue 18: shared, handover) One more on the profile: the benefit's handover to the line. (Issue 15,
        // session 35) Where its indicators stand is kept for the generation, as the indicator page's standing: 14 → 10.
        assertThat(before.get("benefit profile")).isLessThanOrEqualTo(11);
        // (issue 18: waves) One more on the indicator page: the unit whose go-live its baseline is set at.
        assertThat(before.get("indicator page")).isLessThanOrEqualTo(13);
        assertThat(before.get("indicator page 2")).isLessThanOrEqualTo(13);
        assertThat(before.get("register API")).isLessThanOrEqualTo(9);
        assertThat(before.get("measurements API")).isLessThanOrEqualTo(10);
    }

    @Test
    void measurementsArePagedNewestFirstWithLinksToTheNextAndPreviousPage() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Indicator indicator =
                measuredIndicators(benefit(programme(), "Sidevis"), 0, 84).getFirst();
        RequestPostProcessor session = world.pageSession(coordinator);
        String api = "/api/v1/indicators/" + indicator.id() + "/measurements";

        List<String> ids = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        String next = api;
        int pages = 0;
        while (next != null) {
            MvcResult result = perform(next, session);
            var rows = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(result.getResponse().getContentAsString());
            rows.forEach(r -> {
                ids.add(r.get("id").asString());
                ends.add(r.get("periodEnd").asString());
            });
            String link = result.getResponse().getHeader("Link");
            assertThat(link).contains("<" + api + ">; rel=\"first\"");
            assertThat(result.getResponse().getHeader("X-Page")).isEqualTo(String.valueOf(++pages));
            var matcher =
                    java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
            next = matcher.find() ? matcher.group(1) : null;
            if (next != null) {
                assertThat(rows.size()).isEqualTo(100);
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(84 * UNITS).doesNotHaveDuplicates();
        assertThat(ends).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        var page = no.gevinst.PageActions.page(mvc, "/indicators/" + indicator.id() + "?page=2", session);
        assertThat(page.select("#measurements tbody tr")).hasSize(100);
        assertThat(page.select("#measurements a[rel=next]").attr("href")).contains("page=3");
        assertThat(page.select("#measurements a[rel=prev]").attr("href")).doesNotContain("page=");
        mvc.perform(get(api + "?size=1001").with(session)).andExpect(status().isBadRequest());
    }

    /** Each page's statements, after one request to warm what is read once. */
    private Map<String, Integer> statements(Map<String, String> paths, RequestPostProcessor session) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var path : paths.entrySet()) {
            perform(path.getValue(), session);
            // The fewer of two counts: a listener of an earlier write runs after its commit on another thread and
            // may retire a kept part between the warm-up and one count (seen once in a full run: the indicator page
            // at 15 instead of 14). A page that always sends more still fails.
            counts.put(path.getKey(), Math.min(counted(path.getValue(), session), counted(path.getValue(), session)));
        }
        return counts;
    }

    /**
     * The statements one request sends. The session's own rows are left out: each MockMvc request makes a new
     * session, where a browser's is written once and then at most once a minute (SessionTouches).
     */
    private int counted(String path, RequestPostProcessor session) throws Exception {
        return (int) QueryCounter.statements(() -> perform(path, session)).stream()
                .filter(sql -> sql == null || !sql.contains("SPRING_SESSION"))
                .count();
    }

    /** Which statements each page sends, most repeated first: where to look when a count grows. */
    private void printStatements(Map<String, String> paths, RequestPostProcessor session) throws Exception {
        for (var path : paths.entrySet()) {
            Map<String, Long> repeated = new java.util.TreeMap<>();
            for (String sql : QueryCounter.statements(() -> perform(path.getValue(), session))) {
                repeated.merge(String.valueOf(sql).replaceAll("\\s+", " "), 1L, Long::sum);
            }
            System.out.println("Statements of " + path.getKey() + ":");
            repeated.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> System.out.println("  " + e.getValue() + "x " + e.getKey()));
        }
    }

    private int bytes(String path, RequestPostProcessor session) throws Exception {
        // The CSRF token in the page's forms is masked afresh on each request, at the same length.
        return perform(path, session).getResponse().getContentAsByteArray().length;
    }

    private MvcResult perform(String path, RequestPostProcessor session) throws Exception {
        return mvc.perform(get(path).with(session)).andExpect(status().isOk()).andReturn();
    }

    private Programme programme() {
        String code = "BQ" + System.nanoTime() % 1_000_000;
        return users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code(code)
                        .name("Avgrensede spørringer " + code)
                        .description("")
                        .ownerOrganisationId(world.owner().id().toString())
                        .parties(List.of(
                                new ProgrammeInput.PartyInput(world.party().id().toString(), null, "Helseforetak")))
                        .build()));
    }

    private Benefit benefit(Programme programme, String title) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), title)
                        .ownerId(world.person(world.in(Role.GEVINSTEIER)).id().toString())
                        .expectedStart("2025-01-01")
                        .build()));
    }

    /** Two monthly indicators on the benefit, each measured by three units in the months given (back from now). */
    private List<Indicator> measuredIndicators(Benefit benefit, int fromMonthsBack, int months) {
        List<Indicator> created = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Indicator indicator = users.callAs(
                    TestUsers.ADMIN,
                    () -> indicators.create(
                            TestIndicators.monthly(benefit.id().toString(), "Ventetid " + created.size(), null)));
            insertMonths(indicator, fromMonthsBack, months);
            created.add(indicator);
        }
        return created;
    }

    /** Measurements of three units for each month from {@code fromMonthsBack} back, inserted in one statement. */
    private void insertMonths(Indicator indicator, int fromMonthsBack, int months) {
        jdbc.sql("""
                        INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,
                            unit, source, confidence, recorded_by)
                        SELECT gen_random_uuid(), :indicator, 10 + (m * 7 + u) % 13,
                               (date_trunc('month', DATE '2026-06-15') - make_interval(months => m))::date,
                               (date_trunc('month', DATE '2026-06-15') - make_interval(months => m - 1))::date - 1,
                               :organisation, 'enhet ' || u, 'API', 'HIGH', 'test'
                        FROM generate_series(:from, :to) AS m, generate_series(1, :units) AS u
                        """)
                .param("indicator", indicator.id().value())
                .param("organisation", world.owner().id().value())
                .param("from", fromMonthsBack)
                .param("to", fromMonthsBack + months - 1)
                .param("units", UNITS)
                .update();
    }
}
