package no.gevinst.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.ProgrammeInput.PartyInput;
import no.gevinst.programme.ProgrammeInput.PhaseInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The demo dataset of DESIGN §6: Helse Midt-Norge with Helseplattformen (seed 000) and Helsedirektoratet's
 * Digital behandlings- og egenbehandlingsplan (seed 004). Names of people, units and most baseline facts are
 * invented for the demo; the programmes, objectives, phases, targets and DBEP's figures are the documents' own.
 */
@Component
class DemoDataset {

    /** The password of every demo user; the README lists the users. */
    static final String PASSWORD = "gevinst-demo";

    private final Organisations organisations;
    private final People people;
    private final Programmes programmes;
    private final Benefits benefits;
    private final Users users;
    private final DemoIndicators indicators;
    private final DemoValuation valuation;
    private final DemoNetworks networks;
    private final DemoPlans plans;
    private final DemoPortfolio portfolio;
    private final DemoFlows flows;
    private final DemoHandover handover;
    private final DemoDecisions decisions;
    private final DemoGoLive goLive;
    private final DemoSharedBenefits shared;
    private final DemoMaturity maturity;
    private final DemoStakeholders stakeholders;
    private final DemoStories stories;
    private final DemoLessons lessons;
    private final DemoEvidence evidence;
    private final DemoProcesses processes;

    private final Map<String, Organisation> orgs = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();

    DemoDataset(
            Organisations organisations,
            People people,
            Programmes programmes,
            Benefits benefits,
            Users users,
            DemoIndicators indicators,
            DemoValuation valuation,
            DemoNetworks networks,
            DemoPlans plans,
            DemoPortfolio portfolio,
            DemoFlows flows,
            DemoHandover handover,
            DemoDecisions decisions,
            DemoGoLive goLive,
            DemoSharedBenefits shared,
            DemoMaturity maturity,
            DemoStakeholders stakeholders,
            DemoStories stories,
            DemoLessons lessons,
            DemoEvidence evidence,
            DemoProcesses processes) {
        this.processes = processes;
        this.maturity = maturity;
        this.stakeholders = stakeholders;
        this.stories = stories;
        this.lessons = lessons;
        this.evidence = evidence;
        this.goLive = goLive;
        this.shared = shared;
        this.flows = flows;
        this.handover = handover;
        this.decisions = decisions;
        this.plans = plans;
        this.indicators = indicators;
        this.valuation = valuation;
        this.networks = networks;
        this.portfolio = portfolio;
        this.organisations = organisations;
        this.people = people;
        this.programmes = programmes;
        this.benefits = benefits;
        this.users = users;
    }

    void load() {
        orgs.clear();
        persons.clear();
        organisations();
        people();
        Programme hp = helseplattformen();
        Programme dbep = digitalBehandlingsplan();
        // Before the benefits: only a user holding the gevinsteier role in a programme's party may own a benefit.
        users(hp, dbep);
        helseplattformenBenefits(hp);
        dbepBenefits(dbep);
        indicators.load(orgs.get("STO").id(), orgs.get("BODO").id(), personId("mia"));
        valuation.load(dbep.id());
        networks.load(hp.id(), dbep.id(), this::personId);
        plans.load(dbep.id(), this::personId);
        portfolio.load(hp.id());
        flows.load(hp.id(), orgs.get("TRD").id(), persons.get("lars").name());
        handover.load(hp.id(), orgs.get("STO").id(), orgs.get("HMN").id(), this::personId);
        decisions.load(
                hp.id(),
                orgs.get("STO").id(),
                orgs.get("HMR").id(),
                orgs.get("HNT").id());
        goLive.load(hp.id(), orgs);
        maturity.load(hp.id(), orgs, this::personId);
        stakeholders.load(hp.id(), orgs, this::personId);
        stories.load();
        lessons.load(hp.id(), orgs.get("STO").id(), this::personId);
        evidence.load(dbep.id());
        processes.load(hp.id(), orgs, this::personId);
        shared.load(
                hp.id(),
                orgs.get("TRD").id(),
                orgs.get("STO").id(),
                orgs.get("HMN").id(),
                persons.get("hilde"),
                persons.get("lars"));
    }

    private void organisations() {
        org("HMN", "Helse Midt-Norge RHF", "RHF", "983658776", null);
        org("STO", "St. Olavs hospital HF", "HF", "883974832", "HMN");
        org("HMR", "Helse Møre og Romsdal HF", "HF", "997005562", "HMN");
        org("HNT", "Helse Nord-Trøndelag HF", "HF", "983974791", "HMN");
        org("TRD", "Trondheim kommune", "KOMMUNE", "942110464", null);
        org("HDIR", "Helsedirektoratet", "DIREKTORAT", "983544622", null);
        // DBEP's co-financier (seed 004): its annual status is addressed to Digdir from this record, not assumed.
        org("DIGDIR", "Digitaliseringsdirektoratet", "DIREKTORAT", "991825827", null);
        org("NHN", "Norsk helsenett SF", "ANNEN", "994598759", null);
        org("BODO", "Bodø kommune", "KOMMUNE", "972418013", null);
        org("NLSH", "Nordlandssykehuset HF", "HF", "983974880", null);
        org("LEGE", "Sentrum legesenter Bodø (demo)", "FASTLEGEKONTOR", "912345688", null);
    }

    private void people() {
        person("kari", "Kari Nilsen", "Gevinstkoordinator, Helseplattformen", "HMN");
        person("sigrid", "Sigrid Berg", "Fagdirektør", "HMN");
        person("arne", "Arne Solli", "Økonomidirektør", "HMN");
        person("ole", "Ole Hansen", "Klinikksjef, Klinikk for hjertemedisin", "STO");
        person("ingrid", "Ingrid Aune", "Avdelingssjef, Kirurgisk klinikk", "STO");
        person("mia", "Mia Lund", "Rådgiver, kvalitet og pasientsikkerhet", "STO");
        person("tor", "Tor Fossum", "Sjefsfarmasøyt, Sykehusapotekene Midt-Norge", "STO");
        person("per", "Per Eide", "Klinikksjef, Klinikk for medisin", "HMR");
        person("anne", "Anne Vik", "Gevinstansvarlig", "HMR");
        person("tone", "Tone Moe", "Gevinstansvarlig", "HNT");
        person("lars", "Lars Strand", "Kommunalsjef helse og velferd", "TRD");
        person("hilde", "Hilde Rønning", "Gevinstansvarlig, helse og velferd", "TRD");
        person("nina", "Nina Dahl", "Rådgiver, helse og velferd", "TRD");
        person("dina", "Dina Holm", "Prosjektleder DBEP", "HDIR");
        person("jonas", "Jonas Brattås", "Avdelingsdirektør", "HDIR");
        person("eirik", "Eirik Lie", "Produkteier kjernejournal", "NHN");
        person("siri", "Siri Olsen", "Gevinstansvarlig, pilotkommune", "BODO");
        person("kristian", "Kristian Johansen", "Gevinstansvarlig", "NLSH");
        person("marte", "Marte Solberg", "Fastlege", "LEGE");
    }

    private Programme helseplattformen() {
        Programme hp = programmes.create(new ProgrammeInput(
                "HP",
                "Helseplattformen",
                """
                Helse Midt-Norges største satsing på digitalisering av helsetjenesten: felles pasientjournal for \
                sykehus, kommuner og fastleger i Midt-Norge. Helseplattformen skal gi økt kvalitet i \
                pasientbehandling, bedre pasientsikkerhet, mer brukervennlige systemer og dermed sette \
                helsepersonell i stand til å utføre sine oppgaver på en bedre og mer effektiv måte.""",
                id("HMN"),
                "REALISE",
                "100000000",
                "2026",
                List.of(
                        new PhaseInput("IDENTIFY", "2019-04-01", "2019-08-31"),
                        new PhaseInput("PLAN", "2019-09-01", "2022-12-31"),
                        new PhaseInput("REALISE", "2021-10-01", null),
                        new PhaseInput("DOCUMENT", "2021-01-01", null)),
                List.of(
                        party("HMN", "arne", "Eier og regional koordinering"),
                        party("STO", "ingrid", "Helseforetak"),
                        party("HMR", "anne", "Helseforetak"),
                        party("HNT", "tone", "Helseforetak"),
                        party("TRD", "hilde", "Kommune")),
                List.of(personId("sigrid"), personId("arne"), personId("ole"), personId("lars"))));
        String[] objectives = {
            "Høyere behandlingskvalitet og færre pasientskader",
            "Tilgang til kontinuerlig oppdatert klinisk kunnskap basert på beste praksis",
            "Innbyggerne i Midt-Norge får enkel tilgang til egen journal og større mulighet til å påvirke eget behandlingsforløp",
            "Bedre samhandling i og mellom primær- og spesialisthelsetjenesten",
            "Bedre data- og informasjonsgrunnlag for forskning og innovasjon",
            "Økt effektivitet og bedre ressursbruk",
            "Bedre styringsinformasjon som grunnlag for kvalitets- og forbedringsarbeid i daglig drift",
            "Redusert tidsbruk på dokumentasjon og leting etter helseopplysninger",
            "Tilfredsstillende nasjonale krav og standarder",
            "Redusere behovet for offentlig tjenesteyting ved at tjenester som tilbys gjennom generiske forløp "
                    + "ivaretar en helhetlig funksjonsvurdering",
            "Innbyggerne i Midt-Norge gis mulighet til å bo lengre i egen bolig"
        };
        for (int i = 0; i < objectives.length; i++) {
            programmes.addObjective(hp.id(), new ObjectiveInput(String.valueOf(i + 1), objectives[i]));
        }
        return hp;
    }

    private Programme digitalBehandlingsplan() {
        Programme dbep = programmes.create(new ProgrammeInput(
                "DBEP",
                "Digital behandlings- og egenbehandlingsplan",
                """
                Nasjonal løsning der pasient og helsepersonell deler samme behandlings- og egenbehandlingsplan, \
                i kjernejournal-portalen for helsepersonell og på helsenorge for innbyggerne, med API for \
                EPJ-leverandørene. Utvikles smidig med Norsk helsenett og piloteres i kommuner, HF og hos \
                fastleger. Medfinansiering fra Digitaliseringsdirektoratet: 41 735 000 kr over tre år; \
                analyseperiode 2022–2030.""",
                id("HDIR"),
                "REALISE",
                null,
                null,
                List.of(
                        new PhaseInput("IDENTIFY", "2021-01-01", "2021-04-15"),
                        new PhaseInput("PLAN", "2021-04-15", "2021-12-31"),
                        new PhaseInput("REALISE", "2022-01-01", "2024-12-31"),
                        new PhaseInput("DOCUMENT", "2022-01-01", "2030-12-31")),
                List.of(
                        party("HDIR", "dina", "Eier"),
                        party("NHN", "eirik", "Utvikling og drift"),
                        party("BODO", "siri", "Pilotkommune"),
                        party("NLSH", "kristian", "Pilot-HF"),
                        party("LEGE", "marte", "Pilot fastlegekontor")),
                List.of(personId("jonas"), personId("dina"), personId("eirik")),
                id("DIGDIR")));
        String[] goals = {
            "Bedre kvalitet i tjenestetilbudet for pasienter med store og sammensatte behov",
            "Bedre samhandling mellom primær- og spesialisthelsetjenesten gjennom én felles plan",
            "Tidsbesparelse for helsepersonell som følger opp pasienter med behandlings- og egenbehandlingsplan",
            "Pasienten mestrer mer selv og deltar aktivt i egen behandling"
        };
        for (int i = 0; i < goals.length; i++) {
            programmes.addObjective(dbep.id(), new ObjectiveInput(String.valueOf(i + 1), goals[i]));
        }
        return programmes.find(dbep.id()).orElseThrow();
    }

    private void helseplattformenBenefits(Programme hp) {
        Context c = new Context(hp);
        c.benefit(
                        "Redusert tid brukt på dokumentasjon per pasientkontakt",
                        "Brukervennlighet",
                        "Tilfredshet",
                        "CAPACITY",
                        "ingrid",
                        "ole",
                        new int[] {8, 6},
                        "REALISING")
                .about(
                        "Strukturert journal med maler og gjenbruk av opplysninger gjør at leger og sykepleiere bruker mindre tid på å dokumentere.",
                        "Minutter brukt i journalen per pasientkontakt, målt i journalens egne logger.",
                        "Endringen følger av ny journal og standardiserte maler; andre tiltak i perioden påvirker ikke dokumentasjonstiden vesentlig.")
                .at("STO", "60", "HMR", "25", "HNT", "15")
                .units("Medisinsk klinikk og kirurgisk klinikk")
                .dates("2022-11-12", "2025-12-31");
        c.benefit(
                        "Færre pålogginger og systembytter for klinikere",
                        "Brukervennlighet",
                        "Tilfredshet",
                        "NON_PRICED",
                        "ole",
                        "mia",
                        new int[] {8},
                        "REALISED")
                .about(
                        "Én innlogging og ett system erstatter en rekke fagsystemer.",
                        "Antall systemer en kliniker logger inn i per vakt.",
                        "Direkte følge av samlet journal.")
                .at("STO", "100")
                .dates("2022-11-12", "2023-06-30");
        c.benefit(
                        "Økt tilfredshet med journalsystemet blant ansatte",
                        "Brukervennlighet",
                        "Tilfredshet",
                        "NON_PRICED",
                        "arne",
                        null,
                        new int[] {6},
                        "PRIORITISED")
                .about("Ansatte opplever at journalen støtter arbeidet i stedet for å hindre det.", "", "")
                .dates("2023-01-01", "2026-12-31");
        c.benefit(
                        "Færre legemiddelfeil ved lukket legemiddelsløyfe",
                        "Legemiddelhåndtering",
                        "Pasientsikkerhet og kvalitet",
                        "NON_PRICED",
                        "tor",
                        "mia",
                        new int[] {1},
                        "REALISING")
                .about(
                        "Strekkodeskanning ved utdeling og elektronisk kurve gir lukket legemiddelsløyfe.",
                        "Legemiddelavvik per 1 000 utdelinger i avvikssystemet.",
                        "Lukket sløyfe er ny funksjonalitet i Helseplattformen.")
                .at("STO", "70", "HMR", "30")
                .dates("2023-03-01", "2025-06-30");
        c.benefit(
                        "Redusert tid til legemiddelavstemming ved innleggelse",
                        "Legemiddelhåndtering",
                        "Pasientsikkerhet og kvalitet",
                        "CAPACITY",
                        "tor",
                        "ingrid",
                        new int[] {8, 4},
                        "PLANNED")
                .about(
                        "Legemiddellisten fra kjernejournal og fastlege hentes inn automatisk.",
                        "Minutter fra innleggelse til avstemt legemiddelliste.",
                        "Forutsetter integrasjon mot kjernejournal.")
                .at("STO", "100")
                .dates("2024-01-01", "2026-06-30");
        c.benefit(
                        "Redusert svinn av legemidler på sengepost",
                        "Legemiddelhåndtering",
                        "Kostnadsbesparelser",
                        "CASH_RELEASING",
                        "arne",
                        "tor",
                        new int[] {6},
                        "IDENTIFIED")
                .about("Bedre oversikt over beholdning gir mindre kassasjon av legemidler.", "", "")
                .at("STO", "50", "HMR", "30", "HNT", "20");
        c.benefit(
                        "Økt utnyttelse av poliklinisk kapasitet",
                        "Pasientlogistikk",
                        "Kostnadsbesparelser",
                        "CAPACITY",
                        "per",
                        "anne",
                        new int[] {6},
                        "REALISING")
                .about(
                        "Samlet timebok og planlegging på tvers av enheter gir færre tomme timer.",
                        "Andel brukte poliklinikktimer av tilgjengelige timer.",
                        "Timebok og ressursplanlegging er nye i Helseplattformen.")
                .at("HMR", "100")
                .dates("2023-05-01", "2026-12-31");
        c.benefit(
                        "Færre strykninger av planlagte operasjoner",
                        "Pasientlogistikk",
                        "Pasientsikkerhet og kvalitet",
                        "CAPACITY",
                        "ingrid",
                        "ole",
                        new int[] {6, 1},
                        "PLANNED")
                .about(
                        "Bedre forberedelse og sjekklister før operasjon.",
                        "Strykninger per 100 planlagte operasjoner.",
                        "Sjekklister i operasjonsplanleggingen.")
                .at("STO", "100")
                .dates("2024-03-01", "2026-03-01");
        c.benefit(
                        "Kortere ventetid fra henvisning til første time",
                        "Pasientlogistikk",
                        "Tilfredshet",
                        "NON_PRICED",
                        "per",
                        null,
                        new int[] {4},
                        "IDENTIFIED")
                .about("Elektronisk henvisning og vurdering gir raskere tildeling av time.", "", "");
        c.benefit(
                        "Flere pasienter leser egen journal digitalt",
                        "Pasientmedvirkning",
                        "Pasientinvolvering og forebygging",
                        "NON_PRICED",
                        "arne",
                        "hilde",
                        new int[] {3},
                        "REALISING")
                .about(
                        "Pasientportalen gir innbyggerne innsyn i egen journal.",
                        "Andel pasienter med innlogging i pasientportalen siste 12 måneder.",
                        "Pasientportalen er en del av Helseplattformen.")
                .at("STO", "40", "TRD", "30", "HMR", "30")
                .dates("2022-11-12", "2025-12-31");
        c.benefit(
                        "Færre telefonhenvendelser ved digital timebestilling",
                        "Pasientmedvirkning",
                        "Kostnadsbesparelser",
                        "CAPACITY",
                        "per",
                        "anne",
                        new int[] {3, 6},
                        "PLANNED")
                .about(
                        "Pasienter bestiller og endrer timer selv.",
                        "Telefonhenvendelser per 1 000 polikliniske konsultasjoner.",
                        "Selvbetjent timebestilling er ny funksjonalitet.")
                .at("HMR", "100")
                .dates("2024-06-01", "2026-12-31");
        c.benefit(
                        "Flere pasienter fyller ut egenrapportering før konsultasjon",
                        "Pasientmedvirkning",
                        "Pasientinvolvering og forebygging",
                        "NON_PRICED",
                        "ole",
                        null,
                        new int[] {3},
                        "IDENTIFIED")
                .about("Spørreskjema før timen gjør konsultasjonen bedre forberedt.", "", "");
        c.benefit(
                        "Færre unødvendige polikliniske kontroller ved digital hjemmeoppfølging",
                        "Medisinsk avstandsoppfølging",
                        "Kostnadsbesparelser",
                        "CAPACITY",
                        "ole",
                        "ingrid",
                        new int[] {6, 11},
                        "PLANNED")
                .about(
                        "Pasienter med kronisk sykdom rapporterer målinger hjemmefra.",
                        "Polikliniske kontroller per pasient i oppfølgingsgruppen per år.",
                        "Hjemmeoppfølging bygger på pasientportalen.")
                .at("STO", "70", "TRD", "30")
                .investors("STO")
                .dates("2024-09-01", "2027-12-31");
        c.benefit(
                        "Færre reinnleggelser for pasienter med kols og hjertesvikt",
                        "Medisinsk avstandsoppfølging",
                        "Pasientsikkerhet og kvalitet",
                        "OTHER_PUBLIC",
                        "ole",
                        "hilde",
                        new int[] {1, 11},
                        "PRIORITISED")
                .about(
                        "Tidlig varsel ved forverring gjør at kommunen og sykehuset griper inn før innleggelse.",
                        "Reinnleggelser innen 30 dager per 100 utskrivninger.",
                        "Felles journal for kommune og sykehus; andre tiltak i kommunen virker også.")
                .at("TRD", "60", "STO", "40")
                .investors("STO", "HMN");
        c.benefit(
                        "Redusert reisetid for pasienter",
                        "Medisinsk avstandsoppfølging",
                        "Pasientinvolvering og forebygging",
                        "NON_PRICED",
                        "per",
                        null,
                        new int[] {11},
                        "IDENTIFIED")
                .about("Videokonsultasjon erstatter en del fysiske kontroller.", "", "");
        c.benefit(
                        "Tidligere oppdagelse av sepsis med beslutningsstøtte",
                        "Avansert bruk av data",
                        "Pasientsikkerhet og kvalitet",
                        "NON_PRICED",
                        "tor",
                        "ole",
                        new int[] {1, 2},
                        "REALISING")
                .about(
                        "Varsling basert på vitale parametre i journalen.",
                        "Median tid fra første varsel til antibiotika.",
                        "Varslingsregelen er konfigurert i Helseplattformen.")
                .at("STO", "100")
                .dates("2023-02-01", "2025-02-01");
        c.benefit(
                        "Redusert tid til å sammenstille styringsinformasjon",
                        "Avansert bruk av data",
                        "Kostnadsbesparelser",
                        "CAPACITY",
                        "arne",
                        "kari",
                        new int[] {7},
                        "PRIORITISED")
                .about(
                        "Rapporter fra journalen erstatter manuell sammenstilling i regneark.",
                        "Timer brukt på månedsrapport per klinikk.",
                        "");
        c.benefit(
                        "Bedre datagrunnlag for kvalitetsregistre uten dobbeltregistrering",
                        "Avansert bruk av data",
                        "Pasientsikkerhet og kvalitet",
                        "CAPACITY",
                        "tor",
                        null,
                        new int[] {5},
                        "IDENTIFIED")
                .about("Strukturerte data overføres til registrene automatisk.", "", "");
        c.benefit(
                        "Midlertidig redusert poliklinisk kapasitet i innføringsperioden",
                        "Pasientlogistikk",
                        "Kostnadsbesparelser",
                        "CAPACITY",
                        "per",
                        "anne",
                        new int[] {6},
                        "REALISING")
                .disbenefit()
                .about(
                        "Opplæring og nye arbeidsmåter reduserer antall konsultasjoner de første månedene.",
                        "Konsultasjoner per uke sammenlignet med samme uke året før.",
                        "Direkte følge av innføringen.")
                .at("HMR", "100")
                .dates("2023-05-01", "2023-12-31");
        c.benefit(
                        "Færre overliggerdøgn for utskrivningsklare pasienter",
                        "Pasientlogistikk",
                        "Kostnadsbesparelser",
                        "OTHER_PUBLIC",
                        "lars",
                        "hilde",
                        new int[] {4, 6},
                        "PLANNED")
                .about(
                        "Kommunen ser utskrivningsklare pasienter i samme journal og planlegger mottak tidligere.",
                        "Overliggerdøgn per måned for pasienter fra Trondheim kommune.",
                        "Felles journal er forutsetningen; kommunens kapasitet virker også.")
                .at("STO", "60", "TRD", "40")
                .investors("HMN", "TRD")
                .dates("2023-09-01", "2026-12-31");
        c.benefit(
                        "Færre uautoriserte oppslag i journal",
                        "Avansert bruk av data",
                        "Datasikkerhet",
                        "NON_PRICED",
                        "arne",
                        "mia",
                        new int[] {9},
                        "PRIORITISED")
                .about(
                        "Tilgangsstyring og logganalyse avdekker og forebygger snoking.",
                        "Avvik fra loggkontroll per kvartal.",
                        "");
        c.save(benefits);
    }

    private void dbepBenefits(Programme dbep) {
        Context c = new Context(dbep);
        c.benefit(
                        "Tidsbesparelse for helsepersonell som bruker digitale behandlings- og egenbehandlingsplaner",
                        "Medisinsk avstandsoppfølging",
                        "Kostnadsbesparelser",
                        "CAPACITY",
                        "jonas",
                        "dina",
                        new int[] {3},
                        "REALISING")
                .about(
                        """
                        Målgruppen (pasienter med store og sammensatte behov) bruker 70 % av kostnadene og dermed \
                        70 % av helsepersonellet med minst tre års utdanning; halvparten av disse kan spare tid, og \
                        15 % av dem, 9 949 personer, antas å ha tatt løsningen i bruk innen 2030. Besparelsen er \
                        anslått til 25 minutter per måned per person, fases inn med 5 % i 2022, 11 % i 2023 og \
                        12 % per år deretter.""",
                        "Minutter spart per måned per behandler som bruker planen (spørreundersøkelse og tidsstudie).",
                        "Tidsbesparelsen følger av at planen deles digitalt i stedet for på papir og telefon.")
                .at("BODO", "50", "NLSH", "30", "LEGE", "20")
                .investors("HDIR", "NHN")
                .priority("HIGH", "Den eneste prissatte gevinsten i søknaden om medfinansiering.")
                .dates("2022-01-01", "2030-12-31");
        c.benefit(
                        "Bedre kvalitet i tjenestetilbudet for pasienter med store og sammensatte behov",
                        "Medisinsk avstandsoppfølging",
                        "Pasientsikkerhet og kvalitet",
                        "NON_PRICED",
                        "jonas",
                        "siri",
                        new int[] {1},
                        "PLANNED")
                .about(
                        "Pasient og behandlere arbeider etter samme oppdaterte plan.",
                        "Andel pasienter i målgruppen med oppdatert plan siste seks måneder.",
                        "Vanskelig å isolere (Oslo Economics): evalueres sammen med DHO-studien.")
                .at("BODO", "60", "NLSH", "40")
                .dates("2022-06-01", "2030-12-31");
        c.benefit(
                        "Bedre samhandling mellom primær- og spesialisthelsetjenesten gjennom én felles plan",
                        "Pasientmedvirkning",
                        "Tilfredshet",
                        "NON_PRICED",
                        "jonas",
                        "kristian",
                        new int[] {2},
                        "PRIORITISED")
                .about(
                        "Kommune, fastlege og sykehus ser og oppdaterer den samme planen.",
                        "Antall planer med bidrag fra mer enn én virksomhet.",
                        "Forutsetter at kommunal omsorgstjeneste har tatt i bruk kjernejournal.")
                .at("NLSH", "50", "BODO", "50");
        c.benefit(
                        "Pasienten mestrer mer selv med tilgang til egen plan på helsenorge",
                        "Pasientmedvirkning",
                        "Pasientinvolvering og forebygging",
                        "NON_PRICED",
                        "jonas",
                        null,
                        new int[] {4},
                        "IDENTIFIED")
                .about("Pasienten ser sin egenbehandlingsplan og kan melde inn endringer.", "", "");
        c.benefit(
                        "Dobbeltarbeid for behandlere uten EPJ-integrasjon",
                        "Brukervennlighet",
                        "Tilfredshet",
                        "NON_PRICED",
                        "eirik",
                        "dina",
                        new int[] {3},
                        "PRIORITISED")
                .disbenefit()
                .about(
                        "Til EPJ-leverandørene har integrert API-et, må behandlere bruke portalen ved siden av journalen.",
                        "Andel planoppdateringer gjort i portalen i stedet for i EPJ.",
                        "Direkte følge av portalløsningen i piloten.")
                .priority(
                        "HIGH", "Helsepersonell har vært tydelige på at EPJ-integrasjon er en forutsetning for bruk.");
        c.save(benefits);
    }

    private void users(Programme hp, Programme dbep) {
        user("kari", "kari", Role.GEVINSTKOORDINATOR, "HMN", null);
        user("ole", "ole", Role.GEVINSTEIER, "STO", null);
        user("mia", "mia", Role.MAALEANSVARLIG, "STO", null);
        user("sigrid", "sigrid", Role.STYRINGSGRUPPE, "HMN", null);
        user("lars", "lars", Role.GEVINSTEIER, "TRD", null);
        user("nina", "nina", Role.LESER, "TRD", null);
        user("dina", "dina", Role.GEVINSTKOORDINATOR, "HDIR", dbep.id());
        // The other benefit owners of the demo, who edit the benefits they own.
        user("ingrid", "ingrid", Role.GEVINSTEIER, "STO", null);
        user("tor", "tor", Role.GEVINSTEIER, "STO", null);
        user("arne", "arne", Role.GEVINSTEIER, "HMN", null);
        user("per", "per", Role.GEVINSTEIER, "HMR", null);
        user("jonas", "jonas", Role.GEVINSTEIER, "HDIR", null);
        user("eirik", "eirik", Role.GEVINSTEIER, "NHN", null);
    }

    private void user(String username, String personKey, Role role, String organisation, ProgrammeId programme) {
        Person person = persons.get(personKey);
        var userId = users.create(
                username,
                person.name(),
                PASSWORD,
                new RoleAssignment(role, orgs.get(organisation).id(), programme));
        people.linkUser(person.id(), userId);
    }

    private void org(String key, String name, String type, String number, String parent) {
        String parentId = parent == null ? null : id(parent);
        orgs.put(key, organisations.create(new OrganisationInput(name, type, number, parentId)));
    }

    private void person(String key, String name, String title, String organisation) {
        String email = name.toLowerCase(java.util.Locale.ROOT)
                        .replace(' ', '.')
                        .replace("ø", "o")
                        .replace("å", "a")
                        .replace("æ", "ae")
                + "@example.no";
        persons.put(key, people.create(new PersonInput(name, email, title, id(organisation))));
    }

    private PartyInput party(String organisation, String responsible, String role) {
        return new PartyInput(id(organisation), personId(responsible), role);
    }

    private String id(String organisationKey) {
        return orgs.get(organisationKey).id().toString();
    }

    private String personId(String key) {
        return key == null ? null : persons.get(key).id().toString();
    }

    /** Builds the benefits of one programme, then registers them and moves each to its demo status. */
    private final class Context {
        private final Programme programme;
        private final List<Objective> objectives;
        private final List<DemoBenefit> planned = new ArrayList<>();

        Context(Programme programme) {
            this.programme = programme;
            this.objectives = programmes.objectives(programme.id());
        }

        DemoBenefit benefit(
                String title,
                String priorityArea,
                String area,
                String benefitClass,
                String owner,
                String responsible,
                int[] objectiveNumbers,
                String status) {
            DemoBenefit b = new DemoBenefit();
            b.title = title;
            b.priorityArea = item(programme.priorityAreas(), priorityArea);
            b.area = item(programme.areas(), area);
            b.benefitClass = benefitClass;
            b.owner = personId(owner);
            b.responsible = personId(responsible);
            for (int number : objectiveNumbers) {
                b.objectives.add(objectives.stream()
                        .filter(o -> o.number() == number)
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .toString());
            }
            b.status = BenefitStatus.valueOf(status);
            planned.add(b);
            return b;
        }

        void save(Benefits register) {
            for (DemoBenefit b : planned) {
                Benefit benefit = register.create(b.input(programme.id().toString()));
                for (BenefitStatus step : BenefitStatus.values()) {
                    if (step.compareTo(b.status) > 0 || step == BenefitStatus.IDENTIFIED) {
                        continue;
                    }
                    benefit = register.transition(benefit.id(), step, null, benefit.version());
                }
            }
        }

        private String item(List<FrameworkItem> items, String name) {
            return items.stream()
                    .filter(i -> i.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No framework item " + name))
                    .id()
                    .toString();
        }
    }

    /** One demo benefit as it is written above. */
    private final class DemoBenefit {
        String title;
        String description = "";
        String outcome = "";
        String attribution = "";
        String kind = "BENEFIT";
        String area;
        String priorityArea;
        String benefitClass;
        String owner;
        String responsible;
        final List<String> objectives = new ArrayList<>();
        final List<BenefitInput.AllocationInput> allocations = new ArrayList<>();
        final List<String> investors = new ArrayList<>();
        String units = "";
        String expectedStart;
        String fullEffect;
        String priority = "MEDIUM";
        String rationale = "Prioritert i gevinstkartleggingen.";
        BenefitStatus status;

        DemoBenefit about(String description, String outcome, String attribution) {
            this.description = description;
            this.outcome = outcome;
            this.attribution = attribution;
            return this;
        }

        DemoBenefit disbenefit() {
            this.kind = "DISBENEFIT";
            return this;
        }

        DemoBenefit at(String... organisationsAndShares) {
            for (int i = 0; i < organisationsAndShares.length; i += 2) {
                allocations.add(
                        new BenefitInput.AllocationInput(id(organisationsAndShares[i]), organisationsAndShares[i + 1]));
            }
            return this;
        }

        DemoBenefit investors(String... organisationKeys) {
            for (String key : organisationKeys) {
                investors.add(id(key));
            }
            return this;
        }

        DemoBenefit units(String text) {
            this.units = text;
            return this;
        }

        DemoBenefit dates(String start, String full) {
            this.expectedStart = start;
            this.fullEffect = full;
            return this;
        }

        DemoBenefit priority(String level, String why) {
            this.priority = level;
            this.rationale = why;
            return this;
        }

        BenefitInput input(String programmeId) {
            return new BenefitInput(
                    programmeId,
                    null,
                    title,
                    description,
                    outcome,
                    attribution,
                    kind,
                    area,
                    List.of(priorityArea),
                    benefitClass,
                    objectives,
                    allocations,
                    investors,
                    owner,
                    responsible,
                    units,
                    expectedStart,
                    fullEffect,
                    priority,
                    rationale,
                    List.of(),
                    List.of(),
                    null);
        }
    }
}
