package no.gevinst;

import java.time.LocalDate;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.IndicatorInputBuilder;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.IndicatorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Monthly "lower is better" indicators on a demo benefit of Helseplattformen, defined by its coordinator Kari. */
@Component
public class TestIndicators {

    private final Indicators indicators;
    private final Benefits benefits;
    private final TestUsers users;

    TestIndicators(Indicators indicators, Benefits benefits, TestUsers users) {
        this.indicators = indicators;
        this.benefits = benefits;
        this.users = users;
    }

    /**
     * Writes by SQL the status a measurement leaves on the indicator (its light and latest period) and the register's
     * copy of it (V54), as the indicator module writes both: a test that sets one without the other leaves data that
     * other readers (a programme's export, the register's counts) see half-written.
     */
    public static void statusLeft(JdbcClient jdbc, IndicatorId indicator, String rag, LocalDate lastPeriodEnd) {
        jdbc.sql("UPDATE indicator SET rag = :rag, last_period_end = :last WHERE id = :id")
                .param("rag", rag)
                .param("last", lastPeriodEnd)
                .param("id", indicator.value())
                .update();
        jdbc.sql("""
                        UPDATE benefit_indicator_status s SET rag = i.rag, last_period_end = i.last_period_end,
                            stale_after = i.last_period_end
                                + CASE i.frequency WHEN 'MONTH' THEN 46 WHEN 'QUARTER' THEN 137 ELSE 548 END
                        FROM indicator i WHERE i.id = s.indicator_id AND i.id = :id
                        """).param("id", indicator.value()).update();
    }

    /** An indicator on the first Helseplattformen benefit with an expected start. */
    public Indicator create(String name, String canonicalUrl) {
        Benefit benefit = users.callAs(
                "kari",
                () -> benefits.list(BenefitQuery.all()).stream()
                        .filter(b -> b.expectedStart() != null)
                        .findFirst()
                        .orElseThrow());
        return users.callAs("kari", () -> indicators.create(monthly(benefit.id().toString(), name, canonicalUrl)));
    }

    /** A monthly "lower is better" indicator in minutes, read as its edges read it, on the benefit. */
    public static IndicatorCommand monthly(String benefitId, String name, String canonicalUrl) {
        return IndicatorCommand.parse(monthlyInput(benefitId, name, canonicalUrl));
    }

    /** The input of a monthly "lower is better" indicator in minutes, aiming from 15 down to 5, on the benefit. */
    public static IndicatorInput monthlyInput(String benefitId, String name, String canonicalUrl) {
        return monthlyInput(benefitId, name, "minutter", "LOWER_IS_BETTER", canonicalUrl);
    }

    /** The same in another unit and direction. */
    public static IndicatorCommand monthly(
            String benefitId, String name, String unit, String direction, String canonicalUrl) {
        return IndicatorCommand.parse(monthlyInput(benefitId, name, unit, direction, canonicalUrl));
    }

    /** The input of the same. */
    public static IndicatorInput monthlyInput(
            String benefitId, String name, String unit, String direction, String canonicalUrl) {
        return IndicatorInputBuilder.indicator()
                .benefitId(benefitId)
                .name(name)
                .unit(unit)
                .direction(direction)
                .kind("QUANTITATIVE")
                .frequency("MONTH")
                .amberTolerance("5")
                .redTolerance("15")
                .scope("PROGRAMME")
                .canonicalUrl(canonicalUrl)
                .build();
    }
}
