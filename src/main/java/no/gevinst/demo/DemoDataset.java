package no.gevinst.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
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
    private final DemoBenefits benefits;
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

    private final Map<String, Organisation> orgs = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();

    DemoDataset(
            Organisations organisations,
            People people,
            Programmes programmes,
            DemoBenefits benefits,
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
            DemoEvidence evidence) {
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
        benefits.load(List.of(hp, dbep), this::id, this::personId);
        indicators.load(this::id, this::personId);
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
}
