package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.programme.Programmes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's JSON carries the page's figures and not the measurement history: every count, krone and year the
 * page shows is in the JSON with the same value (the page rounds kroner to whole ones), and the detail is behind
 * links.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class DashboardJsonIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Programmes programmes;

    private final JsonMapper json = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void theJsonOfEveryProgrammeHasThePagesFigures() throws Exception {
        assertSameFigures("");
    }

    @Test
    void theJsonOfOneProgrammeHasThePagesFigures() throws Exception {
        String hp =
                users.callAs("kari", () -> programmes.visible().getFirst().id().toString());
        assertSameFigures("?programme=" + hp);
    }

    private void assertSameFigures(String query) throws Exception {
        Document page = Jsoup.parse(body("/portfolio" + query));
        String text = body("/api/v1/portfolio/dashboard" + query);
        JsonNode d = json.readTree(text);

        assertThat(text.length()).as("the JSON stays small").isLessThan(50_000);
        assertThat(text).doesNotContain("\"actuals\"").doesNotContain("\"byBenefit\"");
        assertThat(d.at("/links/flows").asString()).startsWith("/api/v1/portfolio/flows");

        JsonNode r = d.get("register");
        assertThat(integer(page, "#count-total")).isEqualTo(r.get("total").asLong());
        assertThat(integer(page, "#count-warnings"))
                .isEqualTo(r.get("withWarnings").asLong());
        assertThat(integer(page, "#count-conflicts"))
                .isEqualTo(d.get("unresolvedConflicts").asLong());
        for (BenefitStatus s : BenefitStatus.values()) {
            assertThat(integer(page, "#count-status-" + s)).as("status %s", s).isEqualTo(count(r, "byStatus", s));
        }
        for (IndicatorFilter f : IndicatorFilter.values()) {
            assertThat(integer(page, "#count-indicator-" + f))
                    .as("indicator %s", f)
                    .isEqualTo(count(r, "byIndicator", f));
        }
        assertKroner(page.selectFirst("#dashboard-gross"), d.at("/totals/gross"));
        assertKroner(page.selectFirst("#dashboard-net"), d.at("/totals/net"));

        Elements rows = page.select("#dashboard-years tbody tr");
        assertThat(rows).hasSize(d.get("years").size());
        for (int i = 0; i < rows.size(); i++) {
            Elements cells = rows.get(i).select("th, td");
            JsonNode y = d.get("years").get(i);
            assertThat(cells.get(0).text()).isEqualTo(y.get("year").asString());
            String[] fields = {"planned", "forecast", "excluded", "net", "target", "gap", "realised", "realisedUnsigned"
            };
            for (int f = 0; f < fields.length; f++) {
                assertKroner(cells.get(f + 1), y.get(fields[f]));
            }
        }

        assertThat(page.select("#dashboard-flows li"))
                .hasSize(d.at("/flows/benefits").size());
        assertThat(page.selectFirst("#dashboard-flows p").text())
                .startsWith(d.at("/flows/benefitCount").asString() + " ");
        for (JsonNode b : d.at("/flows/benefits")) {
            Element item = page.selectFirst(
                    "#dashboard-flows li:has(a[href$=" + b.get("id").asString() + "])");
            assertThat(item).as("flow %s", b.get("code")).isNotNull();
            assertThat(item.text().contains("ikke signert"))
                    .isEqualTo(b.get("unsignedPeriods").asLong() > 0);
        }
        assertThat(page.select("#deadlines-heading ~ ul").last().select("li"))
                .hasSize(d.get("deadlines").size());
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(users.session("kari")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static long integer(Document page, String selector) {
        return Long.parseLong(page.selectFirst(selector).text().replaceAll("[^0-9-]", ""));
    }

    private static long count(JsonNode register, String field, Enum<?> key) {
        JsonNode n = register.get(field).get(key.name());
        return n == null || n.isNull() ? 0 : n.asLong();
    }

    /** The page shows whole kroner (or a dash for none); the JSON the exact amount. */
    private static void assertKroner(Element cell, JsonNode value) {
        String shown = cell.text().replace("kr", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (value == null || value.isNull()) {
            assertThat(shown).as(cell.id()).isIn("–", "ikkemålt", "");
            return;
        }
        BigDecimal exact = new BigDecimal(value.asString());
        BigDecimal page = new BigDecimal(shown.replace("−", "-").replace(',', '.'));
        assertThat(exact.subtract(page).abs())
                .as("%s: %s", cell.id(), shown)
                .isLessThanOrEqualTo(new BigDecimal("0.5"));
    }
}
