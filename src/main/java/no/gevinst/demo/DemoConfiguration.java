package no.gevinst.demo;

import java.util.List;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.configdecision.ConfigDecisionInput;
import no.gevinst.configdecision.ConfigDecisionInput.KpiInput;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's two configuration decisions (issue 19, seed 000 §2.3.1 "Gevinstdrevet konfigurasjon"), marked as
 * demo: barcode scanning in the closed medication loop, decided before the first go-live and promising that the
 * medication-error indicator is delivered by machine through its FHIR Measure; and, from the digital booking example,
 * an optimisation proposed after go-live whose indicator a report of the EHR produces.
 */
@Component
class DemoConfiguration {

    private final ConfigDecisions decisions;
    private final Benefits benefits;
    private final Indicators indicators;

    DemoConfiguration(ConfigDecisions decisions, Benefits benefits, Indicators indicators) {
        this.decisions = decisions;
        this.benefits = benefits;
        this.indicators = indicators;
    }

    void load(ProgrammeId hp) {
        List<Benefit> register = benefits.list(BenefitQuery.inProgramme(hp));
        Indicator errors = indicator(register, "Færre legemiddelfeil ved lukket legemiddelsløyfe");
        Indicator portal = indicator(register, "Flere pasienter leser egen journal digitalt");
        decisions.loadDemo(
                hp,
                new ConfigDecisionInput(
                        "Strekkodeskanning er påkrevd ved all legemiddelutdeling, og avvik registreres strukturert"
                                + " (demo)",
                        "Lukket legemiddelsløyfe: utdeling og administrering i sengepost",
                        "EHR",
                        "Helseplattformen",
                        "Første innføring, St. Olavs hospital (november 2022)",
                        "DECIDED",
                        "2022-03-15",
                        "Gevinsten færre legemiddelfeil forutsetter at skanningen ikke kan hoppes over, og at avvikene"
                                + " kan telles i løsningen uten manuell opptelling.",
                        errors == null
                                ? List.of()
                                : List.of(
                                        new KpiInput(errors.id().toString(), "FHIR_MEASURE", errors.canonicalUrl()))));
        decisions.loadDemo(
                hp,
                new ConfigDecisionInput(
                        "Innkallingen sender SMS med lenke til digital timebestilling i pasientportalen (demo)",
                        "Digital timebestilling poliklinikk: innkalling og endring av time",
                        "EHR",
                        "Helseplattformen",
                        "Forvaltningsversjon våren 2025",
                        "PROPOSED",
                        "",
                        "Erfaringen fra poliklinikkene er at telefonhenvendelsene går ned der pasientene får lenken"
                                + " direkte.",
                        portal == null
                                ? List.of()
                                : List.of(new KpiInput(
                                        portal.id().toString(),
                                        "REPORT",
                                        "Rapport: aktive brukere av pasientportalen siste 12 måneder"))));
    }

    private Indicator indicator(List<Benefit> register, String benefitTitle) {
        return register.stream()
                .filter(b -> b.title().equals(benefitTitle))
                .findFirst()
                .flatMap(b -> indicators.ofBenefit(b.id()).stream().findFirst())
                .orElse(null);
    }
}
