package no.gevinst.access;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.network.ElementCommands;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.programme.Objective;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two programmes owned by different organisations, each with a party, an objective, a benefit with an owner, an
 * indicator with a measurement, a plan with a measure and a risk, network elements and a person, and one user per
 * role in the first programme's owner organisation: the world the authorisation matrix asks its questions in. Each
 * benefit arises in the owner and is invested in by the party, so that it flows across organisations and the owner
 * signs it off; two enablers claim 60 % of it each, a double counting for its coordinators to decide.
 */
@Component
class MatrixWorld {

    /** The ids a route's path variables stand for, in one programme's world. */
    record Ids(Map<String, String> values) {
        String get(String name) {
            return values.get(name);
        }
    }

    private final TestUsers users;
    private final Organisations organisations;
    private final People people;
    private final Programmes programmes;
    private final Benefits benefits;
    private final Indicators indicators;
    private final Plans plans;
    private final Networks networks;
    private final Portfolio portfolio;
    private final JdbcClient jdbc;
    private final no.gevinst.handover.Handovers handovers;

    private final Map<Role, String> usernames = new EnumMap<>(Role.class);
    private final Map<String, org.springframework.test.web.servlet.request.RequestPostProcessor> sessions =
            new java.util.concurrent.ConcurrentHashMap<>();
    private Ids inside;
    private Ids outside;

    MatrixWorld(
            TestUsers users,
            Organisations organisations,
            People people,
            Programmes programmes,
            Benefits benefits,
            Indicators indicators,
            Plans plans,
            Networks networks,
            Portfolio portfolio,
            JdbcClient jdbc,
            no.gevinst.handover.Handovers handovers) {
        this.handovers = handovers;
        this.portfolio = portfolio;
        this.users = users;
        this.organisations = organisations;
        this.people = people;
        this.programmes = programmes;
        this.benefits = benefits;
        this.indicators = indicators;
        this.plans = plans;
        this.networks = networks;
        this.jdbc = jdbc;
    }

    /** The user holding the role: everywhere for the administrator, else in the inside programme's owner. */
    String user(Role role) {
        build();
        return usernames.get(role);
    }

    /** A logged-in browser session of the user. */
    org.springframework.test.web.servlet.request.RequestPostProcessor session(String username) {
        return sessions.computeIfAbsent(username, users::session);
    }

    Ids inside() {
        build();
        return inside;
    }

    Ids outside() {
        build();
        return outside;
    }

    private synchronized void build() {
        if (inside != null) {
            return;
        }
        Organisation a = organisation("Matriseforetaket innenfor");
        Organisation b = organisation("Matriseforetaket utenfor");
        usernames.put(Role.ADMINISTRATOR, TestUsers.ADMIN);
        for (Role role : Role.values()) {
            if (role != Role.ADMINISTRATOR) {
                usernames.put(role, person(a, "mx-" + role.name().toLowerCase(java.util.Locale.ROOT), role));
            }
        }
        inside = world(
                a,
                organisation("Matrisepart innenfor"),
                usernames.get(Role.GEVINSTKOORDINATOR),
                usernames.get(Role.GEVINSTEIER),
                "IN");
        String coordinatorB = person(b, "mx-koordinator-utenfor", Role.GEVINSTKOORDINATOR);
        String ownerB = person(b, "mx-eier-utenfor", Role.GEVINSTEIER);
        outside = world(b, organisation("Matrisepart utenfor"), coordinatorB, ownerB, "UT");
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.all().stream()
                        .filter(o -> o.name().equals(name))
                        .findFirst()
                        .orElseGet(() -> organisations.create(
                                new OrganisationInput(name, "ANNEN", TestOrganisationNumbers.unique(), null))));
    }

    /** A user holding the role in the organisation, linked to a person of the same name there. */
    private String person(Organisation organisation, String username, Role role) {
        users.withRole(username, role, organisation.id());
        UserId id = ((CurrentUser) users.userDetails(username)).id();
        users.runAs(TestUsers.ADMIN, () -> {
            if (people.ofUser(id).isEmpty()) {
                Person p = people.create(new PersonInput(
                        username,
                        username + "@example.no",
                        role.name(),
                        organisation.id().toString()));
                people.linkUser(p.id(), id);
            }
        });
        return username;
    }

    private Ids world(Organisation org, Organisation party, String coordinator, String owner, String prefix) {
        Map<String, String> ids = new HashMap<>();
        String code = prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        // By the administrator: a coordinator sees only the organisations its programmes already involve.
        Programme programme = users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code(code)
                        .name("Matrise " + code)
                        .description("")
                        .ownerOrganisationId(org.id().toString())
                        .parties(
                                List.of(new ProgrammeInput.PartyInput(party.id().toString(), null, "Part")))
                        .build()));
        Objective objective = users.callAs(
                coordinator, () -> programmes.addObjective(programme.id(), new ObjectiveInput("1", "Effektmål")));
        Person ownerPerson = users.callAs(
                TestUsers.ADMIN,
                () -> people.ofUser(((CurrentUser) users.userDetails(owner)).id())
                        .orElseThrow());
        Benefit benefit = users.callAs(coordinator, () -> benefits.create(benefit(programme, ownerPerson, org, party)));
        Indicator indicator = users.callAs(coordinator, () -> indicators.create(indicator(benefit)));
        users.runAs(
                coordinator,
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(new MeasurementInput(
                                "10", "2025-01-01", "2025-01-31", org.id().toString(), "", "", "", "", ""))),
                        MeasurementSource.FORM));
        String measurement = jdbc.sql("SELECT id::text FROM measurement WHERE indicator_id = :i")
                .param("i", indicator.id().value())
                .query(String.class)
                .single();
        Plan plan = users.callAs(coordinator, () -> plans.create(programme.id(), new Plans.PlanInput(null, "Plan")));
        var measure = users.callAs(
                coordinator,
                () -> plans.addMeasure(
                        plan.id(),
                        new Plans.MeasureInput(
                                "Tiltak", List.of(benefit.id().toString()), null, "2030-01-01", "PLANNED", null)));
        var risk = users.callAs(
                coordinator,
                () -> plans.addRisk(
                        plan.id(),
                        new Plans.RiskInput(
                                "Risiko", benefit.id().toString(), "Årsak", "Konsekvens", "2", "2", "", null, "OPEN")));
        var element = users.callAs(
                coordinator,
                () -> networks.addElement(
                        programme.id(), ElementCommands.of("ENABLER", "Muliggjører", null, "R1", null, null)));
        String conflict = doubleCounted(programme, benefit, coordinator);
        // (issue 18: handover) Proposed to the benefit's owner, a gevinsteier of the owner: the receiver who answers.
        users.runAs(
                coordinator,
                () -> handovers.propose(
                        benefit.id(),
                        no.gevinst.handover.HandoverCommand.parse(
                                ownerPerson.id().toString(), "2030-01-01", null)));
        // (issue 18: decide) The board's decision number 1, which the decision routes name by {number}.
        jdbc.sql("""
                        INSERT INTO board_decision (id, programme_id, number, deciding_body, decided_on, case_number,
                            recorded_by)
                        VALUES (gen_random_uuid(), :p, 1, 'Matrisestyret', DATE '2024-01-01', '1/24', 'matrix')
                        """).param("p", programme.id().value()).update();
        UUID job = UUID.randomUUID();
        jdbc.sql("INSERT INTO import_job (id, file_name, started_by, status) VALUES (:id, 'm.csv', :by, 'RUNNING')")
                .param("id", job)
                .param("by", prefix.equals("IN") ? usernames.get(Role.MAALEANSVARLIG) : owner)
                .update();
        ids.put("programme", programme.id().toString());
        ids.put("organisation", org.id().toString());
        ids.put("objective", objective.id().toString());
        ids.put("benefit", benefit.id().toString());
        ids.put("indicator", indicator.id().toString());
        ids.put("measurement", measurement);
        ids.put("plan", plan.id().toString());
        ids.put("number", "1");
        ids.put("measure", measure.id().toString());
        ids.put("risk", risk.id().toString());
        ids.put("element", element.id().toString());
        ids.put("person", ownerPerson.id().toString());
        ids.put("job", job.toString());
        ids.put("key", conflict);
        ids.put("wave", wave(programme, org));
        ids.put("item", improvementItem(org, party));
        ids.put("round", maturityRound(programme, org, ownerPerson, ids));
        ids.put("stakeholder", stakeholder(programme, ownerPerson, ids));
        ids.put("story", story(programme, benefit));
        lessonAndPilot(programme, org, ownerPerson, ids);
        ids.put("evidence", evidence(programme, benefit.id().value()));
        ids.put("configDecision", configDecision(programme));
        ids.put("process", process(programme, ownerPerson));
        ids.put("phase", "as-is");
        // (issue 21: framework items) A priority area no benefit of the world uses.
        ids.put("frameworkItem", programme.priorityAreas().getLast().id().toString());
        // The benefit owner's account and its grant: the user the administration routes act on.
        UserId ownerUser = ((CurrentUser) users.userDetails(owner)).id();
        ids.put("user", ownerUser.toString());
        ids.put(
                "grant",
                jdbc.sql("SELECT id::text FROM role_assignment WHERE user_id = :u")
                        .param("u", ownerUser.value())
                        .query(String.class)
                        .list()
                        .getFirst());
        ids.put("token", token(prefix.equals("IN") ? usernames.get(Role.MAALEANSVARLIG) : owner));
        return new Ids(ids);
    }

    /** A decided configuration decision of the programme, serving no KPI (issue 19: configuration). */
    private String configDecision(Programme programme) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO config_decision (id, programme_id, title, workflow, solution_kind, solution, stage,
                            decided_on)
                        VALUES (:id, :p, 'Matrisebeslutning', 'Matriseflyt', 'EHR', 'Matrisejournal', 'DECIDED',
                            DATE '2024-01-01')
                        """).param("id", id).param("p", programme.id().value()).update();
        return id.toString();
    }

    /** A measure of the owner's improvement backlog that needs the party too (issue 18: handover). */
    private String improvementItem(Organisation owner, Organisation party) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO improvement_item (id, organisation_id, action, measure_status, organisations,
                            cross_organisation, created_at)
                        VALUES (:id, :o, 'Matrisetiltak', 'PLANNED', ARRAY[:o, :p]::uuid[], true, now())
                        """)
                .param("id", id)
                .param("o", owner.id().value())
                .param("p", party.id().value())
                .update();
        return id.toString();
    }

    /**
     * A lesson of the programme with a measure it started, and a pilot in its owner (issue 19: lessons); their ids go
     * into the ids as {@code lesson}, {@code lessonMeasure} and {@code pilot}.
     */
    private void lessonAndPilot(Programme programme, Organisation owner, Person person, Map<String, String> ids) {
        UUID lesson = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO lesson (id, programme_id, title, happened, worked, did_not_work, recommendation,
                                            phase, process, updated_at)
                        VALUES (:id, :p, 'Matriseerfaring', 'Noe skjedde', '', '', 'Gjør det', 'PLAN', '', now())
                        """).param("id", lesson).param("p", programme.id().value()).update();
        UUID measure = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO lesson_measure (id, lesson_id, action, owner_id, deadline)
                        VALUES (:m, :l, 'Matrisetiltak', :person, DATE '2030-01-01')
                        """)
                .param("m", measure)
                .param("l", lesson)
                .param("person", person.id().value())
                .update();
        UUID pilot = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO pilot (id, programme_id, what, organisation_id, starts_on, outcome, decision)
                        VALUES (:id, :p, 'Matrisepilot', :o, DATE '2026-01-01', '', 'PENDING')
                        """)
                .param("id", pilot)
                .param("p", programme.id().value())
                .param("o", owner.id().value())
                .update();
        ids.put("lesson", lesson.toString());
        ids.put("lessonMeasure", measure.toString());
        ids.put("pilot", pilot.toString());
    }

    /** An evaluation of the programme linked to its benefit (issue 19: evidence). */
    private String evidence(Programme programme, UUID benefit) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO evidence (id, programme_id, kind, title, status)
                        VALUES (:id, :p, 'BEFORE_AFTER', 'Matrisestudie', 'PLANNED')
                        """).param("id", id).param("p", programme.id().value()).update();
        jdbc.sql("INSERT INTO evidence_benefit (evidence_id, benefit_id) VALUES (:id, :b)")
                .param("id", id)
                .param("b", benefit)
                .update();
        return id.toString();
    }

    /** A go-live wave of the programme in which its owner goes live (issue 18: waves). */
    private String wave(Programme programme, Organisation owner) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO golive_wave (id, programme_id, name, planned_date) VALUES (:id, :p, 'Bølge', '2022-01-01')")
                .param("id", id)
                .param("p", programme.id().value())
                .update();
        jdbc.sql("INSERT INTO golive_wave_unit (wave_id, programme_id, organisation_id) VALUES (:id, :p, :o)")
                .param("id", id)
                .param("p", programme.id().value())
                .param("o", owner.id().value())
                .update();
        return id.toString();
    }

    /**
     * A maturity round of the programme, open today and sent to its owner, with a measure started from it (issue 19:
     * maturity); the measure's id goes into the ids as {@code maturityMeasure}.
     */
    private String maturityRound(Programme programme, Organisation owner, Person person, Map<String, String> ids) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO maturity_round (id, programme_id, template, name, opens_on, closes_on, status)
                        VALUES (:id, :p, 'standard', 'Matriserunde', current_date - 30, current_date + 3650, 'OPEN')
                        """).param("id", id).param("p", programme.id().value()).update();
        jdbc.sql("""
                        INSERT INTO maturity_round_unit (round_id, organisation_id, name, chosen)
                        VALUES (:id, :o, 'Matriseforetaket', true)
                        """).param("id", id).param("o", owner.id().value()).update();
        UUID measure = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO maturity_measure (id, round_id, dimension, organisation_id, action, owner_id, deadline)
                        VALUES (:m, :id, 'leadership', :o, 'Matrisetiltak', :person, DATE '2030-01-01')
                        """)
                .param("m", measure)
                .param("id", id)
                .param("o", owner.id().value())
                .param("person", person.id().value())
                .update();
        ids.put("maturityMeasure", measure.toString());
        return id.toString();
    }

    /**
     * A stakeholder of the programme with one planned action of the involvement plan (issue 19: stakeholders); the
     * action's id goes into the ids as {@code involvementAction}.
     */
    private String stakeholder(Programme programme, Person person, Map<String, String> ids) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO stakeholder (id, programme_id, name, kind, interest, influence)
                        VALUES (:id, :p, 'Matriseinteressenter', 'UNION_REPRESENTATIVES', 5, 4)
                        """).param("id", id).param("p", programme.id().value()).update();
        UUID action = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO stakeholder_action (id, stakeholder_id, programme_id, description, planned_on,
                            channel, responsible_id, status)
                        VALUES (:a, :id, :p, 'Matrisemøte', DATE '2030-01-01', 'MEETING', :person, 'PLANNED')
                        """)
                .param("a", action)
                .param("id", id)
                .param("p", programme.id().value())
                .param("person", person.id().value())
                .update();
        ids.put("involvementAction", action.toString());
        return id.toString();
    }

    /** A process of the programme with an as-is diagram of one start event (issue 19: processes). */
    private String process(Programme programme, Person person) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO process (id, programme_id, name, kind, owner_id)
                        VALUES (:id, :p, 'Matriseprosess', 'WORK_PROCESS', :person)
                        """)
                .param("id", id)
                .param("p", programme.id().value())
                .param("person", person.id().value())
                .update();
        jdbc.sql("""
                        INSERT INTO process_diagram (process_id, phase, bpmn_xml, svg, version)
                        VALUES (:id, 'AS_IS', :xml, '<svg xmlns="http://www.w3.org/2000/svg"/>', 1)
                        """)
                .param("id", id)
                .param(
                        "xml",
                        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
                                + "<bpmn:process id=\"P\"><bpmn:startEvent id=\"S\" name=\"Start\"/></bpmn:process>"
                                + "</bpmn:definitions>")
                .update();
        return id.toString();
    }

    /** An approved success story of the benefit, with a one-pixel picture and no figures (issue 19: stories). */
    private String story(Programme programme, Benefit benefit) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO story (id, programme_id, benefit_id, title, body, picture, picture_alt, status,
                            figures, approved_by, approved_at)
                        VALUES (:id, :p, :b, 'Matrisehistorie', 'Tekst', decode(:png, 'hex'), 'Et hvitt punkt',
                            'APPROVED', '{"asOf":"2025-01-01","indicators":[]}', 'matrix', now())
                        """)
                .param("id", id)
                .param("p", programme.id().value())
                .param("b", benefit.id().value())
                .param(
                        "png",
                        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f8ffff3f0005fe02fe0def46b80000000049454e44ae426082")
                .update();
        return id.toString();
    }

    /** An API token of the user's (its hash random): only its user and administrators may read or revoke it. */
    private String token(String username) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO api_token (id, user_id, name, token_hash, prefix, created_by, expires_at)
                        SELECT :id, id, 'Matrisenøkkel', :hash, 'gvt_matrix', username, now() + interval '30 days'
                        FROM app_user WHERE username = :user
                        """)
                .param("id", id)
                .param("hash", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""))
                .param("user", username)
                .update();
        return id.toString();
    }

    /** Two enablers each claiming 60 % of the benefit: the key of the double counting that makes. */
    private String doubleCounted(Programme programme, Benefit benefit, String coordinator) {
        return users.callAs(coordinator, () -> {
            for (String label : List.of("Første krav", "Andre krav")) {
                var enabler = networks.addElement(
                        programme.id(), ElementCommands.of("ENABLER", label, null, "R2", null, null));
                networks.link(
                        programme.id(),
                        LinkCommand.parse(enabler.id().toString(), benefit.id().toString(), "LEADS_TO", "60", null));
            }
            return portfolio.conflicts(programme.id()).stream()
                    .filter(c -> c.conflict().rule() == ConflictRule.CONTRIBUTION_OVER_100)
                    .map(c -> c.conflict().key())
                    .findFirst()
                    .orElseThrow();
        });
    }

    private static BenefitInput benefit(Programme programme, Person owner, Organisation arises, Organisation invests) {
        return TestBenefitInputs.bare(programme.id().toString(), "Matrisegevinst")
                .allocations(
                        List.of(new BenefitInput.AllocationInput(arises.id().toString(), "100")))
                .investorIds(List.of(invests.id().toString()))
                .ownerId(owner.id().toString())
                .expectedStart("2025-01-01")
                .build();
    }

    private static IndicatorCommand indicator(Benefit benefit) {
        return TestIndicators.monthly(benefit.id().toString(), "Matriseindikator", null);
    }
}
