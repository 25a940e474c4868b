package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Counts in the words of the language: "1 gevinst", "2 gevinster", "1 rad lest", "1 benefit is realised"; and years
 * written as years ("fra 2026", never "fra 2 026").
 */
class WordsTest {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final MessageSource MESSAGES = messages();

    @Test
    void benefitsAreCountedInTheSingularForOneAndThePluralOtherwise() {
        assertThat(nb("flows.matrix.benefitCount", 0)).isEqualTo("0 gevinster");
        assertThat(nb("flows.matrix.benefitCount", 1)).isEqualTo("1 gevinst");
        assertThat(nb("flows.matrix.benefitCount", 2)).isEqualTo("2 gevinster");
        assertThat(nb("register.countOf", 1234)).isEqualTo("1 234 gevinster");
        assertThat(en("register.countOf", 1)).isEqualTo("1 benefit");
        assertThat(en("register.countOf", 2)).isEqualTo("2 benefits");
    }

    @Test
    void theImportCountsRowsAndMeasurementsEachInItsOwnNumber() {
        assertThat(nb("ingest.job.doneCount", 1, 1, 0))
                .isEqualTo("Ferdig: 1 rad lest, 1 ny måling, 0 var registrert fra før.");
        assertThat(nb("ingest.job.doneCount", 2, 0, 2))
                .isEqualTo("Ferdig: 2 rader lest, 0 nye målinger, 2 var registrert fra før.");
        assertThat(en("ingest.job.doneCount", 1, 2, 0))
                .isEqualTo("Done: 1 row read, 2 new measurements, 0 recorded before.");
    }

    @Test
    void theVerbFollowsTheCountInEnglish() {
        assertThat(en("portfolio.board.flowsSummaryCount", 1, "5 kr"))
                .startsWith("1 benefit is realised in other organisations");
        assertThat(en("portfolio.board.flowsSummaryCount", 2, "5 kr")).startsWith("2 benefits are realised");
        assertThat(nb("portfolio.board.flowsSummaryCount", 1, "5 kr")).startsWith("1 gevinst realiseres");
        assertThat(en("plan.annual.summaryCount", 1, 2)).isEqualTo("1 of 2 benefits is being realised or realised.");
        assertThat(nb("plan.annual.summaryCount", 1, 1))
                .isEqualTo("1 av 1 gevinst er under realisering eller realisert.");
    }

    @Test
    void hoursMayBeHalfAndAreThenPlural() {
        assertThat(nb("indicator.hoursOf", new BigDecimal("0"))).isEqualTo("0 timer");
        assertThat(nb("indicator.hoursOf", new BigDecimal("1"))).isEqualTo("1 time");
        assertThat(nb("indicator.hoursOf", new BigDecimal("1.5"))).isEqualTo("1,5 timer");
        assertThat(nb("indicator.hoursOf", new BigDecimal("2"))).isEqualTo("2 timer");
        assertThat(en("indicator.hoursOf", new BigDecimal("1.5"))).isEqualTo("1.5 hours");
        assertThat(nb("indicator.staleHalf")).isEqualTo("Utdatert: ingen ny måling på halvannen periode");
    }

    @Test
    void colouredLightsAgreeWithTheirCounts() {
        assertThat(nb("portfolio.board.lightsCount", 1L, 2L, 0L)).isEqualTo("1 grønn, 2 gule, 0 røde");
    }

    @Test
    void yearsAreWrittenAsYears() {
        assertThat(nb("portfolio.dashboard.targetOf", "100 000 000", "2026"))
                .isEqualTo("mål 100 000 000 kr per år fra 2026");
        assertThat(nb("programme.target", "100 000 000", 2026)).isEqualTo("100 000 000 kr per år fra 2026");
        assertThat(nb("year.outOfRange", "2300", "1900", "2200")).isEqualTo("Året 2300 er utenfor 1900–2200.");
        assertThat(nb("portfolio.totals.grossOver", "2024–2033")).isEqualTo("Brutto, sum 2024–2033");
    }

    private static String nb(String key, Object... args) {
        return MESSAGES.getMessage(key, args, BOKMAL).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static String en(String key, Object... args) {
        return MESSAGES.getMessage(key, args, Locale.ENGLISH);
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
