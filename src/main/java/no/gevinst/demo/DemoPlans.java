package no.gevinst.demo;

import java.util.List;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Risk;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * DBEP's realisation plan as seed 004 describes it: the plan Helsedirektoratet sent Digdir for the co-financing,
 * with its measures for realising the benefits in the sector and the three risks the letter names (kjernejournal
 * uptake in the municipalities, integration by the EPJ vendors, and measuring the effect at all). Version 1 is
 * approved by DBEP's steering group; version 2 is the updated plan the letter promises for the coming year, started
 * after the pilot so that the demo has a comparison to show.
 *
 * <p>Helseplattformen gets no demo plan: its plans are made by users (and by the tests) from scratch.
 */
@Component
class DemoPlans {

    private static final String TIME_SAVING = "Tidsbesparelse for helsepersonell";
    private static final String QUALITY = "Bedre kvalitet i tjenestetilbudet";
    private static final String COLLABORATION = "Bedre samhandling mellom primær- og spesialisthelsetjenesten";
    private static final String SELF_CARE = "Pasienten mestrer mer selv";
    private static final String DOUBLE_WORK = "Dobbeltarbeid for behandlere uten EPJ-integrasjon";

    private final Plans plans;
    private final Benefits benefits;

    DemoPlans(Plans plans, Benefits benefits) {
        this.plans = plans;
        this.benefits = benefits;
    }

    void load(ProgrammeId dbep, UnaryOperator<String> personId) {
        Plan plan = plans.create(
                dbep,
                new Plans.PlanInput("", "Gevinstrealiseringsplan for Digital behandlings- og egenbehandlingsplan"));
        plans.editSections(plan.id(), 1, sections(), plans.version(plan.id(), 1).version());
        List<Benefit> register = benefits.list(BenefitQuery.inProgramme(dbep));
        Measure pilot = measures(plan, register, personId);
        List<Risk> risks = risks(plan, register, personId);

        plans.submit(plan.id(), 1);
        plans.approve(
                plan.id(),
                1,
                new Plans.ApprovalInput("Styringsgruppen for DBEP", "2021-04-14", "SG DBEP 2/2021, sak 5"));

        // The letter promises an updated plan in the coming year, made with the pilot parties: version 2.
        PlanVersion draft = plans.newDraft(
                plan.id(),
                "Oppdatert etter piloten i samarbeid med kommuner, HF og fastleger, slik brevet til Digdir varslet");
        plans.editSections(plan.id(), draft.number(), updatedSections(), draft.version());
        plans.updateMeasure(
                plan.id(),
                pilot.id(),
                new Plans.MeasureInput(
                        pilot.action(),
                        pilot.benefits().stream().map(Object::toString).toList(),
                        personId.apply("dina"),
                        "2022-12-31",
                        "DONE",
                        "2500000"),
                pilot.version());
        Risk uptake = risks.getFirst();
        plans.updateRisk(
                plan.id(),
                uptake.id(),
                risk(
                        uptake.description(),
                        uptake.benefit() == null ? null : uptake.benefit().toString(),
                        uptake.cause(),
                        uptake.consequence(),
                        "3",
                        String.valueOf(uptake.impact()),
                        uptake.mitigation()
                                + " Status: over 100 kommuner har tatt kjernejournal i bruk, og pilotkommunen er med.",
                        uptake.owner().toString(),
                        "MITIGATED"),
                uptake.version());
    }

    private static PlanSections sections() {
        return new PlanSections("""
                Helsedirektoratet fikk 22.03.2021 foreløpig tilsagn om 41 735 000 kr over tre år fra \
                Digitaliseringsdirektoratets medfinansieringsordning til Digital behandlings- og \
                egenbehandlingsplan (DBEP). Før endelig tilsagn skal en gevinstrealiseringsplan sendes inn innen \
                15. april 2021. Planen har prissatte og ikke-prissatte gevinster; de prissatte er justert i forhold \
                til søknaden.

                Konseptfasen er ferdig. Prosjektet går over i planlegging, gjennomføring og avslutning etter \
                Digdirs prosjektmodell, tilpasset smidig utvikling sammen med Norsk helsenett.""", """
                Pasient og helsepersonell skal ha tilgang til den samme behandlings- og egenbehandlingsplanen. \
                Hovedproduktene er en nasjonal løsning i kjernejournal-portalen for helsepersonell og på \
                helsenorge for innbyggerne, og et API som EPJ-leverandørene kan bruke i egne løsninger.

                Løsningen utvikles stegvis i sprinter fra en MVP med basisfunksjonalitet som piloteres før \
                eventuell nasjonal skalering. Gevinstrealiseringsplanen følges opp for hver sprint.""", """
                Helsedirektoratet eier programmet og gevinstene i egen sektor; prosjektleder koordinerer \
                gevinstarbeidet. Norsk helsenett utvikler og drifter løsningen og eier gevinstene som følger av \
                EPJ-integrasjonen. Hver part som deltar i piloten (kommune, HF og fastlegekontor) har en \
                gevinstansvarlig og en plan for egen virksomhet.""", """
                Tiltakene retter seg mot at helsepersonell i kommuner, HF og hos fastleger faktisk tar planen i \
                bruk: opplæring, pilot, samarbeid med EPJ-leverandørene og måling av effekt. Risikoprofilen \
                domineres av tre forhold: at kommunene har tatt i bruk kjernejournal, når EPJ-leverandørene \
                integrerer løsningen, og at effekten er vanskelig å isolere og måle.""", """
                De ikke-prissatte gevinstene (bedre kvalitet, bedre samhandling og pasientens mestring) følges \
                med indikatorer der det er mulig, og ellers gjennom evalueringen av Digital hjemmeoppfølging \
                (DHO), der Oslo universitetssykehus og Oslo Economics gjør en randomisert kontrollert studie. \
                Resultatene derfra kommer høsten 2021.""", """
                Status for gevinstrealiseringen rapporteres til styringsgruppen etter hver sprint og samlet hvert \
                kvartal. Digdir får årlig status for medfinansierte prosjekter med avvik fra godkjent plan og \
                innspill fra gevinsteierne i pilotvirksomhetene.""");
    }

    /** Version 2's text: the same plan, with what the pilot taught written into the background and follow-up. */
    private static PlanSections updatedSections() {
        PlanSections first = sections();
        return new PlanSections(
                first.background()
                        + "\n\nPiloten i Bodø kommune, Nordlandssykehuset og Sentrum legesenter er gjennomført. "
                        + "Planen er oppdatert med erfaringene derfra, slik brevet til Digdir varslet.",
                first.goalsAndProducts(),
                first.responsibilities(),
                first.measuresAndRisks(),
                first.nonPricedFollowUp(),
                first.reportingSchedule());
    }

    /** The measures of the letter; answers the pilot, which version 2 reports as done. */
    private Measure measures(Plan plan, List<Benefit> register, UnaryOperator<String> personId) {
        measure(
                plan,
                "Opplæring av behandlere i pilotvirksomhetene i bruk av planen i kjernejournal-portalen",
                List.of(benefit(register, TIME_SAVING), benefit(register, COLLABORATION)),
                personId.apply("siri"),
                "2022-06-30",
                "IN_PROGRESS",
                "400000");
        Measure pilot = measure(
                plan,
                "Pilot med MVP i kommune, HF og fastlegekontor før nasjonal skalering",
                List.of(benefit(register, TIME_SAVING), benefit(register, QUALITY), benefit(register, COLLABORATION)),
                personId.apply("dina"),
                "2022-12-31",
                "IN_PROGRESS",
                "2500000");
        measure(
                plan,
                "Samarbeid med EPJ-leverandørene om integrasjon av API-et, initiert høsten 2021",
                List.of(benefit(register, TIME_SAVING), benefit(register, DOUBLE_WORK)),
                personId.apply("eirik"),
                "2023-06-30",
                "PLANNED",
                "1200000");
        measure(
                plan,
                "Måling av effekt: tidsstudie og spørreundersøkelse, koordinert med evalueringen av DHO",
                List.of(benefit(register, TIME_SAVING), benefit(register, QUALITY), benefit(register, SELF_CARE)),
                personId.apply("jonas"),
                "2023-12-31",
                "PLANNED",
                "800000");
        return pilot;
    }

    private Measure measure(
            Plan plan,
            String action,
            List<String> benefitIds,
            String responsible,
            String deadline,
            String status,
            String cost) {
        return plans.addMeasure(
                plan.id(), new Plans.MeasureInput(action, benefitIds, responsible, deadline, status, cost));
    }

    /** The three risks of the letter, kjernejournal uptake first. */
    private List<Risk> risks(Plan plan, List<Benefit> register, UnaryOperator<String> personId) {
        Risk uptake = plans.addRisk(
                plan.id(),
                risk(
                        "Kommunene tar ikke kjernejournal i bruk raskt nok",
                        benefit(register, COLLABORATION),
                        "Bruken av kjernejournal varierer sterkt i kommunene: per 08.04.21 har 30 kommuner tatt den i "
                                + "bruk og 18 er klare; 80 ventes det neste halvåret.",
                        "Kommunal omsorgstjeneste får ikke tilgang til planen, og gevinstene kommer senere enn planlagt.",
                        "4",
                        "4",
                        "Pilotere i kommuner som har tatt kjernejournal i bruk, og følge opp innføringen av "
                                + "kjernejournal i kommunene sammen med Norsk helsenett.",
                        personId.apply("eirik"),
                        "OPEN"));
        Risk vendors = plans.addRisk(
                plan.id(),
                risk(
                        "EPJ-leverandørene integrerer API-et sent eller ulikt",
                        benefit(register, TIME_SAVING),
                        "Mange EPJ-systemer i helse- og omsorgstjenesten; erfaring tilsier at integrasjon tar tid, "
                                + "og tidspunktet vil variere mellom leverandørene.",
                        "Behandlere må bruke portalen ved siden av journalen, bruken blir mindre omfattende og "
                                + "tidsbesparelsen lavere.",
                        "4",
                        "5",
                        "Samarbeid med leverandørene fra høsten 2021 for å varsle behov og planlegge; portalen gjør "
                                + "løsningen brukbar i mellomtiden.",
                        personId.apply("eirik"),
                        "OPEN"));
        Risk measuring = plans.addRisk(
                plan.id(),
                risk(
                        "Effekten av løsningen lar seg vanskelig måle og isolere",
                        benefit(register, QUALITY),
                        "Verktøyet er ett element i en helhetlig arbeidsprosess; Oslo Economics påpeker at effekten "
                                + "av en digital egenbehandlingsplan er vanskelig å isolere.",
                        "Gevinstene kan ikke dokumenteres, og det tar lang tid før endringer i tjenesten kan observeres.",
                        "3",
                        "3",
                        "Nullpunktsmåling i piloten, tidsstudie og spørreundersøkelse, og bruk av evalueringen og "
                                + "RCT-en for DHO.",
                        personId.apply("jonas"),
                        "OPEN"));
        return List.of(uptake, vendors, measuring);
    }

    private static Plans.RiskInput risk(
            String description,
            String benefitId,
            String cause,
            String consequence,
            String probability,
            String impact,
            String mitigation,
            String ownerId,
            String status) {
        return new Plans.RiskInput(
                description, benefitId, cause, consequence, probability, impact, mitigation, ownerId, status);
    }

    private static String benefit(List<Benefit> register, String titleStart) {
        return register.stream()
                .filter(b -> b.title().startsWith(titleStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No DBEP benefit " + titleStart))
                .id()
                .toString();
    }
}
