package no.gevinst.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.SignOffInput;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.UserId;
import no.gevinst.valuation.ValuationInputs.AssumptionInput;
import no.gevinst.valuation.ValuationInputs.ModelInput;
import no.gevinst.valuation.Valuations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's cross-organisation benefit (seed 000 §2.2: effort in the hospital yields benefit in the municipality).
 * Helseplattformen's fewer readmissions for COPD and heart failure is paid for by St. Olavs and Helse Midt-Norge and
 * arises 60 % in Trondheim kommune, 40 % at St. Olavs. Here it gets a price, a measured indicator and Trondheim
 * kommune's sign-off of one year, leaving the next year unsigned. All figures are demo values.
 *
 * <p>120 avoided readmissions × 45 000 kr = 5 400 000 kr a year at full effect, half of it in 2025. Split by the
 * flow rule: Trondheim kommune 3 240 000 kr, from St. Olavs and Helse Midt-Norge 1 620 000 kr each; St. Olavs
 * 2 160 000 kr, 1 080 000 kr from each.
 */
@Component
class DemoFlows {

    static final String READMISSIONS = "Færre reinnleggelser for pasienter med kols og hjertesvikt";

    private final Benefits benefits;
    private final Valuations valuations;
    private final Indicators indicators;
    private final Flows flows;

    DemoFlows(Benefits benefits, Valuations valuations, Indicators indicators, Flows flows) {
        this.benefits = benefits;
        this.valuations = valuations;
        this.indicators = indicators;
        this.flows = flows;
    }

    void load(ProgrammeId hp, OrganisationId trondheim, String signedByName) {
        Benefit readmissions = benefits.list(BenefitQuery.inProgramme(hp)).stream()
                .filter(b -> b.title().equals(READMISSIONS))
                .findFirst()
                .orElseThrow();
        price(hp, readmissions);
        measure(readmissions, trondheim);
        signOff(readmissions, trondheim, signedByName, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    }

    private void price(ProgrammeId hp, Benefit readmissions) {
        assumption(hp, "unngatte_reinnleggelser", "120", "reinnleggelser per år", "Demoverdi: kols og hjertesvikt");
        assumption(hp, "kostnad_reinnleggelse", "45000", "kr per reinnleggelse", "Demoverdi: DRG-nær kostnad");
        valuations.setModel(
                readmissions.id(),
                new ModelInput(
                        "MUNICIPALITIES",
                        "AVOIDED_TASKS",
                        Map.of("count", "unngatte_reinnleggelser", "costPerTask", "kostnad_reinnleggelse"),
                        "2025",
                        "CUMULATIVE",
                        List.of("50", "100")));
    }

    private Indicator measure(Benefit readmissions, OrganisationId trondheim) {
        Indicator rate = indicators.create(new IndicatorInput(
                readmissions.id().toString(),
                "Reinnleggelser innen 30 dager per 100 utskrivninger",
                "Pasienter med kols eller hjertesvikt fra Trondheim kommune som legges inn igjen innen 30 dager,"
                        + " per 100 utskrivninger.",
                "per 100 utskrivninger",
                "LOWER_IS_BETTER",
                "QUANTITATIVE",
                "Uttrekk fra felles journal",
                "Helseplattformen",
                "YEAR",
                null,
                "2",
                "5",
                "15",
                "PROGRAMME",
                null,
                "",
                null));
        indicators.setBaseline(
                rate.id(),
                new BaselineInput(
                        "18", "2022-01-01", "2022-12-31", "Uttrekk", "Felles journal", "", "Mia Lund", "false", null));
        indicators.setTrajectory(
                rate.id(), List.of(new String[] {"2025-12-31", "16"}, new String[] {"2027-12-31", "14"}));
        List<MeasurementInput> rows = new ArrayList<>();
        for (String[] year : new String[][] {{"2024", "16.9"}, {"2025", "15.8"}}) {
            // Only periods that have ended, so that the demo never holds measurements of the future.
            if (!LocalDate.parse(year[0] + "-12-31").isAfter(NorwegianTime.today())) {
                rows.add(new MeasurementInput(
                        year[1],
                        year[0] + "-01-01",
                        year[0] + "-12-31",
                        trondheim.toString(),
                        "",
                        "",
                        "Uttrekk",
                        "HIGH",
                        ""));
            }
        }
        indicators.record(rate.id(), rows, MeasurementSource.FILE);
        return rate;
    }

    /**
     * Signs off as the demo loader speaking for the municipality's benefit owner: the sign-off names the owner, the
     * audit log the demo loader that really wrote it.
     */
    private void signOff(Benefit b, OrganisationId trondheim, String name, LocalDate start, LocalDate end) {
        if (end.isAfter(NorwegianTime.today())) {
            return;
        }
        CurrentUser owner = new CurrentUser(
                new UserId(new UUID(0, 1)),
                "demo",
                name,
                "",
                true,
                List.of(new RoleAssignment(Role.GEVINSTEIER, trondheim)));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        try {
            flows.signOff(
                    b.id(),
                    new SignOffInput(
                            trondheim.toString(),
                            start.toString(),
                            end.toString(),
                            "Kontrollert mot kommunens egne tall for korttidsplasser."));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void assumption(ProgrammeId programme, String name, String value, String unit, String source) {
        valuations.saveAssumption(
                programme, new AssumptionInput(name, null, value, null, null, unit, source, null, null, "true"));
    }
}
