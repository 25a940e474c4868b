package no.gevinst.demo;

import java.util.List;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.network.ChangeDescription;
import no.gevinst.network.Networks;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The demo's benefit dependency networks (gevinstkart), drawn through the same service as a coordinator would.
 *
 * <p>Helseplattformen's map opens with the digital booking example of seed 000's Figure 1, which the plan freely
 * translates from the NHS «Choose and Book» project (Ward &amp; Daniels, «Benefits Management»). Told for
 * Helseplattformen: new IT (digital timebestilling on helsenorge, the patient portal) only gives benefits when the
 * clinics first agree which appointments patients may book themselves (an enabling change), and patients then book
 * and move their own appointments (the business change); that gives fewer phone calls and shorter waits, which serve
 * the objectives of citizen involvement and efficiency. In the demo the booking release has slipped three months, so
 * the map forecasts the booking benefit three months late. The other priority areas get a handful of enablers and
 * changes each, the dis-benefit of lost outpatient capacity is mitigated by training and super-users, and the
 * objectives are tied to two strategic drivers.
 *
 * <p>DBEP's map follows seed 004: the national portal (kjernejournal for health personnel, helsenorge for citizens),
 * the API for the EPJ vendors, kjernejournal integration and its uptake in the municipalities as a prerequisite,
 * team-based work around one shared plan, and the dis-benefit of double work until the vendors have integrated.
 */
@Component
class DemoNetworks {

    private static final String DONE = "DONE";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String PLANNED = "PLANNED";
    private static final String GO_LIVE = "Innføring 2022";

    private final Networks networks;
    private final Benefits benefits;
    private final Programmes programmes;

    DemoNetworks(Networks networks, Benefits benefits, Programmes programmes) {
        this.networks = networks;
        this.benefits = benefits;
        this.programmes = programmes;
    }

    void load(ProgrammeId helseplattformen, ProgrammeId dbep, UnaryOperator<String> personId) {
        helseplattformen(new MapBuilder(helseplattformen, personId));
        dbep(new MapBuilder(dbep, personId));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helseplattformen (seed 000)
    // ------------------------------------------------------------------------------------------------------------

    private void helseplattformen(MapBuilder m) {
        String journal = m.enabler("Felles journal for sykehus og kommune", "kari", GO_LIVE, DONE, "2022-11-12", "");
        String portal = m.enabler("Pasientportal med journalinnsyn", "kari", GO_LIVE, DONE, "2022-11-12", "");
        String training = m.enablingChange(
                "Opplæring og superbrukere",
                "ingrid",
                DONE,
                "2022-10-01",
                new ChangeDescription(
                        "Opplæring skjer på kurs langt fra klinikken; få kan svare på spørsmål i vakt.",
                        "Hver post og poliklinikk har superbrukere som lærer opp og støtter kollegene.",
                        "Opplæring i arbeidsflyt, ikke i skjermbilder; hospitering før innføring.",
                        "Øvingsmiljø med ekte arbeidsflyter.",
                        "Superbrukerrolle med avsatt tid i turnus.",
                        "Travle avdelinger slipper ikke folk til opplæring.",
                        "Vikarutgifter i opplæringsperioden.",
                        "Redusert timebok de første ukene og regionale midler til frikjøp."));
        digitalBooking(m, portal);
        usability(m, journal, training);
        medication(m, training);
        String agreement = logistics(m, journal, training);
        participation(m, portal);
        remoteFollowUp(m, journal, agreement);
        data(m);
        helseplattformenDrivers(m);
    }

    /**
     * Seed 000's Figure 1, the NHS Choose and Book example told for Helseplattformen: the booking module and the
     * portal (IT) → agreed rules for which appointments patients may book (enabling change) → patients book and move
     * their own appointments (business change) → fewer phone calls and shorter waits (benefits) → the objectives.
     * The booking release has moved from March to June 2024; the lags carry that to the benefit's start.
     */
    private void digitalBooking(MapBuilder m, String portal) {
        String booking = m.enabler(
                "Digital timebestilling på helsenorge", "kari", "R2 2024", IN_PROGRESS, "2024-03-01", "2024-06-01");
        String rules = m.enablingChange(
                "Felles regler for selvbetjente timer",
                "per",
                IN_PROGRESS,
                "2024-02-01",
                new ChangeDescription(
                        "Hver poliklinikk har egne regler for hvilke timer som kan flyttes, og bare på telefon.",
                        "Klinikkene har avtalt hvilke timetyper pasienten selv kan bestille og endre.",
                        "Timetyper merkes som selvbetjente; ledige timer publiseres fire uker fram.",
                        "Oppsett av timetyper og regler i timeboken.",
                        "Merkantilt personell får nye oppgaver når telefonpågangen faller.",
                        "Klinikkene vil beholde kontrollen over egne timebøker.",
                        "",
                        "Felles regelverk vedtatt i programstyret, med unntak klinikkene kan begrunne."));
        String selfService = m.businessChange(
                "Pasienten bestiller og endrer time selv",
                "per",
                PLANNED,
                "2024-04-01",
                new ChangeDescription(
                        "Pasienten ringer poliklinikken for å få eller endre time; mange ringer forgjeves.",
                        "Pasienten velger og endrer time selv på helsenorge, når det passer.",
                        "Innkallingsbrev viser til selvbetjening; telefon bare for dem som trenger det.",
                        "Digital timebestilling i pasientportalen.",
                        "Færre på telefonvakt, flere på planlegging.",
                        "Vane: pasienter og ansatte er vant med telefon.",
                        "",
                        "Informasjon i brev og på venterom; telefonen viser til helsenorge."));
        m.leadsTo(booking, selfService, "", "1");
        m.leadsTo(portal, selfService);
        m.leadsTo(rules, selfService);
        m.leadsTo(selfService, m.benefit("Færre telefonhenvendelser ved digital timebestilling"), "70", "2");
        m.leadsTo(selfService, m.benefit("Kortere ventetid fra henvisning til første time"), "30", "3");
    }

    private void usability(MapBuilder m, String journal, String training) {
        String templates = m.enabler("Strukturerte journalmaler", "kari", GO_LIVE, DONE, "2022-11-12", "");
        String standardised = m.businessChange(
                "Standardisert dokumentasjon i maler",
                "ole",
                IN_PROGRESS,
                "2023-01-01",
                new ChangeDescription(
                        "Hver lege skriver fritekst på sin måte; mye skrives av igjen fra tidligere notater.",
                        "Felles maler og gjenbruk av strukturerte opplysninger i hele regionen.",
                        "Regionale maler per pasientforløp, forvaltet av fagrådene.",
                        "Maler og smartfraser i Helseplattformen.",
                        "Fagråd eier malene; klinikkene melder behov for endringer.",
                        "Uenighet mellom fagmiljøer om innhold.",
                        "",
                        "Fagrådene avgjør; lokal tilpasning bare der forløpet krever det."));
        String retired = m.businessChange(
                "Fagsystemer fases ut",
                "sigrid",
                DONE,
                "2023-03-01",
                new ChangeDescription(
                        "Klinikere logger inn i mange fagsystemer i løpet av en vakt.",
                        "Én innlogging og ett system for journal, kurve og bestillinger.",
                        "Arbeidsflyt samlet i én løsning.",
                        "Gamle fagsystemer avvikles etter plan.",
                        "Systemforvaltere overføres til plattformens forvaltning.",
                        "",
                        "Lisenser og avtaler løper til de sies opp.",
                        "Avviklingsplan per system med oppsigelsesfrister."));
        m.leadsTo(templates, standardised);
        m.leadsTo(training, standardised);
        m.leadsTo(journal, retired);
        m.leadsTo(standardised, m.benefit("Redusert tid brukt på dokumentasjon per pasientkontakt"), "60", "");
        String satisfaction = m.benefit("Økt tilfredshet med journalsystemet blant ansatte");
        m.leadsTo(standardised, satisfaction, "40", "");
        m.leadsTo(retired, satisfaction, "30", "");
        m.leadsTo(retired, m.benefit("Færre pålogginger og systembytter for klinikere"));
    }

    private void medication(MapBuilder m, String training) {
        String chart = m.enabler("Elektronisk kurve og strekkode", "tor", GO_LIVE, DONE, "2022-11-12", "");
        String scanners = m.prerequisite("Skannere og trådløst nett på sengepost", "tor", DONE, "2022-09-01");
        String medicationList = m.enabler(
                "Legemiddelliste fra kjernejournal", "tor", "R4 2023", IN_PROGRESS, "2023-10-01", "2024-02-01");
        String routines = m.enablingChange(
                "Nye rutiner for legemiddelutdeling",
                "tor",
                DONE,
                "2022-10-01",
                new ChangeDescription(
                        "Legemidler deles ut etter papirkurve; kontroll skjer ved dobbeltsignatur.",
                        "Hver utdeling skannes mot pasientens armbånd og elektronisk kurve.",
                        "Ny prosedyre for utdeling og avvik.",
                        "Strekkode på legemiddel og armbånd.",
                        "Sykehusapoteket merker enkeltdoser.",
                        "",
                        "",
                        ""));
        String closedLoop = m.businessChange(
                "Lukket legemiddelsløyfe på sengepost",
                "tor",
                IN_PROGRESS,
                "2023-03-01",
                new ChangeDescription(
                        "Ordinering, utdeling og dokumentasjon skjer i ulike systemer og på papir.",
                        "Ordinering, klargjøring og utdeling henger sammen i én sløyfe.",
                        "Legemiddelhåndtering etter regional standard.",
                        "Elektronisk kurve, skanning og beholdningsoversikt.",
                        "Farmasøyt på post støtter sykepleierne.",
                        "Skanning oppleves som tidstyv i travle vakter.",
                        "",
                        "Avvik følges opp i postmøter; skanneandel vises per post."));
        String reconciliation = m.businessChange(
                "Legemiddelavstemming ved innleggelse",
                "tor",
                PLANNED,
                "2023-12-01",
                new ChangeDescription(
                        "Legemiddellisten settes sammen fra telefon, epikriser og pasientens egen huskeliste.",
                        "Listen fra kjernejournal og fastlege hentes inn og avstemmes ved innleggelse.",
                        "Avstemming som fast del av innkomstsamtalen.",
                        "Integrasjon mot kjernejournal og pasientens legemiddelliste.",
                        "Farmasøyt i akuttmottaket.",
                        "",
                        "Farmasøytstillinger må finansieres.",
                        "Farmasøytene finansieres av tidsgevinsten."));
        m.leadsTo(chart, routines);
        m.leadsTo(chart, closedLoop);
        m.leadsTo(scanners, closedLoop);
        m.leadsTo(routines, closedLoop);
        m.leadsTo(training, closedLoop);
        m.leadsTo(medicationList, reconciliation, "", "1");
        m.leadsTo(closedLoop, m.benefit("Færre legemiddelfeil ved lukket legemiddelsløyfe"), "80", "");
        m.leadsTo(closedLoop, m.benefit("Redusert svinn av legemidler på sengepost"));
        m.leadsTo(reconciliation, m.benefit("Redusert tid til legemiddelavstemming ved innleggelse"), "", "1");
    }

    /** Answers the hospital–municipality agreement, which remote follow-up also rests on. */
    private String logistics(MapBuilder m, String journal, String training) {
        String timebook = m.enabler("Felles timebok og operasjonsplan", "kari", GO_LIVE, DONE, "2022-11-12", "");
        String referrals = m.enabler("Elektronisk henvisning og vurdering", "kari", GO_LIVE, DONE, "2022-11-12", "");
        String agreement = m.enablingChange(
                "Samarbeidsavtale sykehus–kommune",
                "lars",
                DONE,
                "2022-06-01",
                new ChangeDescription(
                        "Sykehus og kommune varsler hverandre på meldinger og telefon.",
                        "Avtale om felles journal, felles planer og hvem som gjør hva ved utskrivning.",
                        "Felles forløp for utskrivningsklare pasienter.",
                        "Samme journal for sykehus og kommune.",
                        "Felles samarbeidsutvalg.",
                        "Ulike ledelseslinjer og budsjetter.",
                        "Kommunen betaler for overliggerdøgn; sykehuset bærer kostnaden av venting.",
                        "Avtalen fastsetter felles mål og måling."));
        String allocation = m.businessChange(
                "Timer tildeles ved henvisningsvurdering",
                "per",
                DONE,
                "2023-01-01",
                new ChangeDescription(
                        "Henvisningen vurderes, og timen settes opp senere av merkantilt personell.",
                        "Timen tildeles i samme arbeidsflyt som vurderingen.",
                        "Vurdering og tildeling i ett steg.",
                        "Elektronisk henvisning koblet til timeboken.",
                        "",
                        "",
                        "",
                        ""));
        String acrossClinics = m.businessChange(
                "Planlegging på tvers av poliklinikker",
                "anne",
                IN_PROGRESS,
                "2023-05-01",
                new ChangeDescription(
                        "Hver poliklinikk planlegger sine egne rom og behandlere.",
                        "Rom, utstyr og behandlere planlegges samlet på tvers av enheter.",
                        "Ukentlig kapasitetsmøte.",
                        "Felles timebok og ressursoversikt.",
                        "Planleggingsenhet per klinikk.",
                        "Enhetene eier sine ressurser.",
                        "",
                        "Klinikksjefen fordeler kapasitet etter ventelister."));
        String surgery = m.businessChange(
                "Standard forberedelse før operasjon",
                "ingrid",
                PLANNED,
                "2024-01-01",
                new ChangeDescription(
                        "Forberedelsen varierer, og mangler oppdages på operasjonsdagen.",
                        "Sjekkliste og preoperativ vurdering før pasienten settes på program.",
                        "Preoperativ poliklinikk for alle planlagte inngrep.",
                        "Sjekklister i operasjonsplanleggingen.",
                        "",
                        "",
                        "",
                        ""));
        String discharge = m.businessChange(
                "Kommunen planlegger mottak tidlig",
                "lars",
                IN_PROGRESS,
                "2023-09-01",
                new ChangeDescription(
                        "Kommunen får vite om utskrivningsklare pasienter samme dag.",
                        "Kommunen ser forventet utskrivning i journalen og planlegger mottak på forhånd.",
                        "Daglig gjennomgang av forventede utskrivninger.",
                        "Felles journal og pasientliste.",
                        "Tildelingskontoret får tilgang til sykehusets planer.",
                        "",
                        "",
                        ""));
        m.leadsTo(timebook, acrossClinics);
        m.leadsTo(timebook, surgery);
        m.leadsTo(referrals, allocation);
        m.leadsTo(training, acrossClinics);
        m.leadsTo(journal, discharge);
        m.leadsTo(agreement, discharge);
        String capacity = m.benefit("Økt utnyttelse av poliklinisk kapasitet");
        m.leadsTo(acrossClinics, capacity, "50", "");
        m.leadsTo(allocation, capacity, "30", "");
        m.leadsTo(allocation, m.benefit("Kortere ventetid fra henvisning til første time"), "50", "");
        m.leadsTo(surgery, m.benefit("Færre strykninger av planlagte operasjoner"));
        m.leadsTo(discharge, m.benefit("Færre overliggerdøgn for utskrivningsklare pasienter"));
        m.leadsTo(discharge, m.benefit("Færre reinnleggelser for pasienter med kols og hjertesvikt"), "30", "");
        m.mitigates(training, m.benefit("Midlertidig redusert poliklinisk kapasitet i innføringsperioden"));
        return agreement;
    }

    private void participation(MapBuilder m, String portal) {
        String insight = m.businessChange(
                "Innsyn og egenrapportering digitalt",
                "sigrid",
                IN_PROGRESS,
                "2022-11-12",
                new ChangeDescription(
                        "Pasienten ber om kopi av journalen og fyller ut skjema på papir i venterommet.",
                        "Pasienten leser journalen og fyller ut skjema før timen i pasientportalen.",
                        "Skjema sendes ut automatisk før timen; svarene ligger i journalen.",
                        "Pasientportal med journalinnsyn og skjema.",
                        "",
                        "Noen klinikere er bekymret for at pasienten leser notatet før samtalen.",
                        "",
                        "Regionale retningslinjer for utsatt innsyn."));
        m.leadsTo(portal, insight);
        m.leadsTo(insight, m.benefit("Flere pasienter leser egen journal digitalt"));
        m.leadsTo(insight, m.benefit("Flere pasienter fyller ut egenrapportering før konsultasjon"));
    }

    private void remoteFollowUp(MapBuilder m, String journal, String agreement) {
        String homeMonitoring =
                m.enabler("Hjemmemålinger og video i portalen", "kari", "R3 2024", PLANNED, "2024-08-01", "");
        String homeFollowUp = m.businessChange(
                "Digital hjemmeoppfølging av kronikere",
                "ole",
                PLANNED,
                "2024-09-01",
                new ChangeDescription(
                        "Pasienter med kols og hjertesvikt kommer til faste kontroller, også når de er stabile.",
                        "Pasienten sender målinger hjemmefra; sykehus og kommune følger opp ved avvik.",
                        "Oppfølgingsteam vurderer målinger daglig etter faste terskler.",
                        "Hjemmemålinger i pasientportalen med varsling.",
                        "Felles oppfølgingsteam med hjemmetjenesten.",
                        "Uklart hvem som har ansvaret ved avvik.",
                        "Takstsystemet belønner fysiske kontroller.",
                        "Ansvar fastsatt i samarbeidsavtalen; ny takst for avstandsoppfølging."));
        String video = m.businessChange(
                "Video erstatter fysiske kontroller",
                "per",
                PLANNED,
                "2024-09-01",
                new ChangeDescription(
                        "Pasienter reiser langt til korte kontroller.",
                        "Kontroller uten behov for undersøkelse tas på video.",
                        "Timetype for videokonsultasjon.",
                        "Video i pasientportalen.",
                        "",
                        "",
                        "",
                        ""));
        m.leadsTo(homeMonitoring, homeFollowUp);
        m.leadsTo(homeMonitoring, video);
        m.leadsTo(journal, homeFollowUp);
        m.leadsTo(agreement, homeFollowUp);
        m.leadsTo(
                homeFollowUp,
                m.benefit("Færre unødvendige polikliniske kontroller ved digital hjemmeoppfølging"),
                "60",
                "");
        m.leadsTo(video, m.benefit("Færre unødvendige polikliniske kontroller ved digital hjemmeoppfølging"), "20", "");
        m.leadsTo(homeFollowUp, m.benefit("Færre reinnleggelser for pasienter med kols og hjertesvikt"), "50", "");
        m.leadsTo(video, m.benefit("Redusert reisetid for pasienter"));
    }

    private void data(MapBuilder m) {
        String sepsisAlert = m.enabler("Sepsisvarsel i beslutningsstøtte", "mia", "R1 2023", DONE, "2023-01-15", "");
        String reports = m.enabler("Rapporter og analyse fra journalen", "arne", "R2 2023", DONE, "2023-06-01", "");
        String access = m.enabler("Tilgangsstyring og logganalyse", "sigrid", GO_LIVE, DONE, "2022-11-12", "");
        String definitions = m.enablingChange(
                "Felles datadefinisjoner og KPI-er",
                "mia",
                IN_PROGRESS,
                "2023-03-01",
                new ChangeDescription(
                        "Klinikkene teller og definerer de samme tallene ulikt.",
                        "Regionale definisjoner av indikatorer, hentet rett fra journalen.",
                        "Gevinstdrevet konfigurasjon: indikatorene bestemmes før arbeidsflytene.",
                        "Strukturerte felt der indikatorene trenger dem.",
                        "Regional dataforvaltning.",
                        "",
                        "",
                        ""));
        String sepsis = m.businessChange(
                "Sepsisforløp etter varsel",
                "mia",
                DONE,
                "2023-02-01",
                new ChangeDescription(
                        "Sepsis oppdages når noen ser at pasienten er dårlig.",
                        "Varsel på vitale parametre utløser fast sepsisforløp.",
                        "Sepsisforløp med tidsfrist for antibiotika.",
                        "Varslingsregel i journalen.",
                        "Sepsisteam i akuttmottak og på sengepost.",
                        "Varseltretthet ved for mange falske varsler.",
                        "",
                        "Terskler justeres etter måling av treffsikkerhet."));
        String monthly = m.businessChange(
                "Styringsrapporter rett fra journalen",
                "arne",
                PLANNED,
                "2024-01-01",
                new ChangeDescription(
                        "Controllere sammenstiller månedsrapporten manuelt i regneark.",
                        "Rapporten hentes ferdig fra journalen.",
                        "Standard månedsrapport per klinikk.",
                        "Rapportverktøy i Helseplattformen.",
                        "Controllere bruker tiden på analyse.",
                        "",
                        "",
                        ""));
        String registries = m.businessChange(
                "Automatisk overføring til registre",
                "mia",
                PLANNED,
                "2024-06-01",
                new ChangeDescription(
                        "Opplysninger registreres både i journalen og i kvalitetsregistrene.",
                        "Registrene får strukturerte data fra journalen.",
                        "Én registrering i journalen.",
                        "Overføring fra journalen til registrene.",
                        "",
                        "",
                        "Registrene må bygge mottak.",
                        "Felles prosjekt med de nasjonale registrene."));
        String logReview = m.businessChange(
                "Systematisk loggkontroll",
                "sigrid",
                IN_PROGRESS,
                "2023-06-01",
                new ChangeDescription(
                        "Logger kontrolleres stikkprøvevis når noen klager.",
                        "Logganalyse avdekker mistenkelige oppslag hver uke.",
                        "Fast rutine for loggkontroll og oppfølging.",
                        "Logganalyse i Helseplattformen.",
                        "Personvernombudet følger opp avvik.",
                        "",
                        "",
                        ""));
        m.leadsTo(sepsisAlert, sepsis);
        m.leadsTo(reports, monthly);
        m.leadsTo(definitions, monthly);
        m.leadsTo(definitions, registries);
        m.leadsTo(access, logReview);
        m.leadsTo(sepsis, m.benefit("Tidligere oppdagelse av sepsis med beslutningsstøtte"));
        m.leadsTo(monthly, m.benefit("Redusert tid til å sammenstille styringsinformasjon"));
        m.leadsTo(registries, m.benefit("Bedre datagrunnlag for kvalitetsregistre uten dobbeltregistrering"));
        m.leadsTo(logReview, m.benefit("Færre uautoriserte oppslag i journal"));
    }

    private void helseplattformenDrivers(MapBuilder m) {
        String oneRecord = m.driver(
                "Én innbygger – én journal",
                "Nasjonal målsetting fra Meld. St. 9 (2012–2013), som Helseplattformen er Midt-Norges svar på.");
        String regionalPlan = m.driver(
                "Regional utviklingsplan Helse Midt-Norge",
                "Standardisering og pasientforløp på tvers av dagens strukturer; effektivisering på 100 mill. kr i året fra 2026.");
        m.drives(oneRecord, 3, 4, 8, 9);
        m.drives(regionalPlan, 1, 2, 5, 6, 7, 10, 11);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Digital behandlings- og egenbehandlingsplan (seed 004)
    // ------------------------------------------------------------------------------------------------------------

    private void dbep(MapBuilder m) {
        String integration = m.enabler("Kjernejournal-integrasjon", "eirik", "MVP (sprint 6)", DONE, "2022-03-01", "");
        String clinicianPortal =
                m.enabler("Behandlerportal i kjernejournal", "eirik", "Sprint 8", DONE, "2022-06-01", "");
        String citizenPortal =
                m.enabler("Innbyggerløsning på helsenorge", "eirik", "Sprint 10", DONE, "2022-09-01", "");
        String api = m.enabler("API for EPJ-leverandører", "eirik", "Sprint 14", IN_PROGRESS, "2023-03-01", "");
        String uptake = m.prerequisite("Kommunene har tatt i bruk kjernejournal", "eirik", IN_PROGRESS, "2021-10-31");
        String vendorsIntegrate = m.prerequisite("EPJ-leverandørene integrerer API-et", "", PLANNED, "2024-06-01");
        String teamwork = m.enablingChange(
                "Teambasert arbeid med felles plan",
                "siri",
                IN_PROGRESS,
                "2022-06-01",
                new ChangeDescription(
                        "Kommune, fastlege og sykehus har hver sin plan for pasienten, ofte på papir.",
                        "Et team rundt pasienten arbeider etter én felles behandlings- og egenbehandlingsplan.",
                        "Teammøter og faste ansvar for å holde planen oppdatert.",
                        "Planen i kjernejournal-portalen og i EPJ der leverandøren har integrert.",
                        "Pasientansvarlig i kommunen koordinerer teamet.",
                        "Ulike tjenestenivåer med egne rutiner og ledelse.",
                        "Fastlegenes finansiering gir lite rom for teamarbeid.",
                        "Handlingsplanen for allmennlegetjenesten støtter teambasert arbeid; piloter med avtalt tid."));
        String vendorCooperation = m.enablingChange(
                "Samarbeid med EPJ-leverandørene",
                "eirik",
                IN_PROGRESS,
                "2021-10-01",
                new ChangeDescription(
                        "Leverandørene kjenner ikke behovet og har egne planer.",
                        "Leverandørene har varslet behov og planlagt integrasjon mot API-et.",
                        "Jevnlige møter fra høsten 2021 og felles testmiljø.",
                        "Åpent API med dokumentasjon.",
                        "Norsk helsenett følger opp leverandørene.",
                        "Leverandørene prioriterer ulikt; tidspunktet vil variere.",
                        "Integrasjonen koster leverandørene utviklingstid.",
                        "Portalen brukes til integrasjonen er på plass; tidlige leverandører får støtte i test."));
        String pilots = m.enablingChange(
                "Pilot i kommune, HF og legekontor",
                "dina",
                IN_PROGRESS,
                "2022-01-01",
                new ChangeDescription(
                        "Løsningen er ikke prøvd med ekte pasienter.",
                        "MVP-en er prøvd i Bodø kommune, Nordlandssykehuset og et fastlegekontor.",
                        "Sprintvis tilbakemelding fra brukerne i piloten.",
                        "MVP med basisfunksjonalitet.",
                        "Gevinstansvarlig og plan hos hver part.",
                        "Få pasienter i piloten gir tynt grunnlag.",
                        "",
                        "Evaluering sammen med DHO-studien."));
        String shared = m.businessChange(
                "Planen deles digitalt, ikke på papir",
                "siri",
                IN_PROGRESS,
                "2022-09-01",
                new ChangeDescription(
                        "Planen skrives på papir og formidles på telefon og i brev.",
                        "Planen ligger digitalt og er den samme for alle som behandler pasienten.",
                        "Oppdateringer varsles til de andre i teamet.",
                        "Behandlerportal og kjernejournal.",
                        "",
                        "",
                        "",
                        ""));
        String updated = m.businessChange(
                "Kommune, fastlege og HF oppdaterer plan",
                "kristian",
                IN_PROGRESS,
                "2022-09-01",
                new ChangeDescription(
                        "Sykehuset skriver planen; kommunen og fastlegen får den ved utskrivning.",
                        "Alle i teamet oppdaterer den samme planen underveis.",
                        "Planen gjennomgås ved hver overgang mellom tjenestene.",
                        "Kjernejournal med tilgang for kommunal omsorgstjeneste.",
                        "",
                        "Kommuner uten kjernejournal er ikke med.",
                        "",
                        "Piloteres bare i kommuner som har tatt kjernejournal i bruk."));
        String selfCare = m.businessChange(
                "Pasienten følger egen plan på helsenorge",
                "dina",
                IN_PROGRESS,
                "2022-10-01",
                new ChangeDescription(
                        "Pasienten har en papirplan som fort blir utdatert.",
                        "Pasienten ser sin oppdaterte egenbehandlingsplan og melder inn endringer.",
                        "Behandler gjennomgår planen med pasienten og viser til helsenorge.",
                        "Innbyggerløsning på helsenorge.",
                        "",
                        "",
                        "",
                        ""));
        String inEpj = m.businessChange(
                "Behandlere bruker planen i egen EPJ",
                "eirik",
                PLANNED,
                "2024-06-01",
                new ChangeDescription(
                        "Behandlere må åpne portalen ved siden av journalen.",
                        "Planen vises og oppdateres i behandlerens eget journalsystem.",
                        "Ingen dobbel registrering.",
                        "EPJ integrert med DBEP-API-et.",
                        "",
                        "",
                        "",
                        ""));
        m.leadsTo(integration, shared);
        m.leadsTo(integration, updated);
        m.leadsTo(uptake, updated);
        m.leadsTo(uptake, teamwork);
        m.leadsTo(clinicianPortal, shared);
        m.leadsTo(clinicianPortal, updated);
        m.leadsTo(citizenPortal, selfCare);
        m.leadsTo(api, inEpj, "", "6");
        m.leadsTo(vendorsIntegrate, inEpj);
        m.leadsTo(vendorCooperation, inEpj);
        m.leadsTo(teamwork, shared);
        m.leadsTo(teamwork, updated);
        m.leadsTo(pilots, shared);
        m.leadsTo(pilots, selfCare);
        String timeSaving = m.benefit(
                "Tidsbesparelse for helsepersonell som bruker digitale behandlings- og egenbehandlingsplaner");
        String quality = m.benefit("Bedre kvalitet i tjenestetilbudet for pasienter med store og sammensatte behov");
        m.leadsTo(shared, timeSaving);
        m.leadsTo(shared, quality);
        m.leadsTo(inEpj, timeSaving);
        m.leadsTo(
                updated,
                m.benefit("Bedre samhandling mellom primær- og spesialisthelsetjenesten gjennom én felles plan"));
        m.leadsTo(updated, quality);
        m.leadsTo(selfCare, m.benefit("Pasienten mestrer mer selv med tilgang til egen plan på helsenorge"));
        m.leadsTo(selfCare, quality);
        String doubleWork = m.benefit("Dobbeltarbeid for behandlere uten EPJ-integrasjon");
        m.mitigates(api, doubleWork);
        m.mitigates(vendorCooperation, doubleWork);

        String hospitalPlan = m.driver(
                "Nasjonal helse- og sykehusplan", "Meld. St. 7 (2019–2020) Nasjonal helse- og sykehusplan 2020–2023.");
        String gpPlan = m.driver(
                "Handlingsplan for allmennlegetjenesten",
                "Attraktiv, kvalitetssikker og teambasert 2020–2024: arbeid i team er et satsingsområde.");
        String primaryCare = m.driver(
                "Fremtidens primærhelsetjeneste",
                "Meld. St. 26 (2014–2015) Fremtidens primærhelsetjeneste – nærhet og helhet.");
        m.drives(hospitalPlan, 1, 2);
        m.drives(gpPlan, 2, 3);
        m.drives(primaryCare, 1, 4);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Draws one programme's map: its elements, the register's benefits and objectives by name, and the links. */
    private final class MapBuilder {
        private final ProgrammeId programme;
        private final UnaryOperator<String> personId;
        private final List<Benefit> register;
        private final List<Objective> objectives;

        MapBuilder(ProgrammeId programme, UnaryOperator<String> personId) {
            this.programme = programme;
            this.personId = personId;
            this.register = benefits.list(BenefitQuery.inProgramme(programme));
            this.objectives = programmes.objectives(programme);
        }

        String enabler(String label, String owner, String release, String status, String planned, String moved) {
            return add(new Networks.ElementInput(
                    "ENABLER",
                    label,
                    "",
                    owner(owner),
                    release,
                    status,
                    planned,
                    moved,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    ""));
        }

        String prerequisite(String label, String owner, String status, String planned) {
            return add(new Networks.ElementInput(
                    "PREREQUISITE", label, "", owner(owner), "", status, planned, "", "", "", "", "", "", "", "", ""));
        }

        String enablingChange(String label, String owner, String status, String planned, ChangeDescription change) {
            return change("ENABLING_CHANGE", label, owner, status, planned, change);
        }

        String businessChange(String label, String owner, String status, String planned, ChangeDescription change) {
            return change("BUSINESS_CHANGE", label, owner, status, planned, change);
        }

        String driver(String label, String description) {
            return add(new Networks.ElementInput(
                    "DRIVER", label, description, "", "", "", "", "", "", "", "", "", "", "", "", ""));
        }

        private String change(
                String kind, String label, String owner, String status, String planned, ChangeDescription change) {
            return add(new Networks.ElementInput(
                            kind, label, "", owner(owner), "", status, planned, "", "", "", "", "", "", "", "", "")
                    .withChange(change));
        }

        private String add(Networks.ElementInput input) {
            return networks.addElement(programme, input).id().toString();
        }

        private String owner(String key) {
            return key.isEmpty() ? "" : personId.apply(key);
        }

        /** A benefit of the register by its exact title. */
        String benefit(String title) {
            return register.stream()
                    .filter(b -> b.title().equals(title))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo benefit " + title))
                    .id()
                    .value()
                    .toString();
        }

        String objective(int number) {
            return objectives.stream()
                    .filter(o -> o.number() == number)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No objective " + number))
                    .id()
                    .value()
                    .toString();
        }

        void leadsTo(String from, String to) {
            leadsTo(from, to, "", "");
        }

        /** A link with the share of the target it contributes (percent) and the lag in months; either may be "". */
        void leadsTo(String from, String to, String share, String lagMonths) {
            networks.link(programme, new Networks.LinkInput(from, to, "LEADS_TO", share, lagMonths));
        }

        void mitigates(String from, String disbenefit) {
            networks.link(programme, new Networks.LinkInput(from, disbenefit, "MITIGATES", "", ""));
        }

        /** Ties objectives to the strategic driver they serve. */
        void drives(String driver, int... objectiveNumbers) {
            for (int number : objectiveNumbers) {
                leadsTo(objective(number), driver);
            }
        }
    }
}
