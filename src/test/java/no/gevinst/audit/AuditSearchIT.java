package no.gevinst.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestParties;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programme;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as a searchable record: filtered by who, kind of record, record, action and time span, newest
 * first and paged; read by administrators in full and by coordinators for their programmes only; before and after
 * side by side on the page; exported as CSV; every read recorded in the log itself.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class AuditSearchIT {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String SUFFIX =
            Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    /** A coordinator of the parties' programme, with a full name unlike her user name. */
    private static final String AUDITOR = "revisor-" + SUFFIX;

    private static final String AUDITOR_NAME = "Astrid Revisjonsen " + SUFFIX;

    private static Benefit inside;
    private static Benefit outside;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Autowired
    TestProgrammes otherProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Users accounts;

    @Autowired
    Benefits benefits;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    /** A benefit of the auditor's programme created and renamed by her, and one of another programme. */
    @BeforeEach
    void changesInTwoProgrammes() {
        synchronized (AuditSearchIT.class) {
            if (inside != null) {
                return;
            }
            Programme programme = world.programme();
            users.runAs(
                    TestUsers.ADMIN,
                    () -> accounts.create(
                            AUDITOR,
                            AUDITOR_NAME,
                            TestUsers.PASSWORD,
                            new RoleAssignment(
                                    Role.GEVINSTKOORDINATOR, world.owner().id())));
            Benefit created = users.callAs(
                    AUDITOR,
                    () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Færre revisjonsfunn")
                            .build()));
            inside = users.callAs(
                    AUDITOR,
                    () -> benefits.update(
                            created.id(),
                            TestBenefitInputs.bare(programme.id().toString(), "Færre avvik i revisjon")
                                    .build(),
                            created.version()));
            outside = otherProgrammes.bareBenefit(otherProgrammes.create(), "Utenfor revisorens program");
        }
    }

    @Test
    void filtersByRecordKindActionAndWho() throws Exception {
        JsonNode record = api(
                TestUsers.ADMIN,
                "entityType",
                "benefit",
                "entityId",
                inside.id().toString());
        assertThat(actions(record)).containsExactly("update", "create");

        JsonNode updates = api(TestUsers.ADMIN, "entityId", inside.id().toString(), "action", "update");
        assertThat(actions(updates)).containsExactly("update");

        JsonNode byUserName = api(TestUsers.ADMIN, "actor", AUDITOR, "entityType", "benefit");
        JsonNode byName = api(TestUsers.ADMIN, "actor", "revisjonsen " + SUFFIX, "entityType", "benefit");
        assertThat(ids(byUserName)).hasSize(2).isEqualTo(ids(byName));
        assertThat(values(byName, "actorName")).containsOnly(AUDITOR_NAME);

        assertThat(ids(api(
                        TestUsers.ADMIN,
                        "actor",
                        "ingen-slik-bruker",
                        "entityId",
                        inside.id().toString())))
                .isEmpty();
        assertThat(ids(api(
                        TestUsers.ADMIN,
                        "entityType",
                        "plan",
                        "entityId",
                        inside.id().toString())))
                .isEmpty();
    }

    @Test
    void filtersByTimeSpanInNorwegianOrIsoDates() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String id = inside.id().toString();

        assertThat(ids(api(TestUsers.ADMIN, "entityId", id, "from", NORWEGIAN.format(today), "to", today.toString())))
                .hasSize(2);
        assertThat(ids(api(
                        TestUsers.ADMIN,
                        "entityId",
                        id,
                        "from",
                        today.plusDays(1).toString())))
                .isEmpty();
        assertThat(ids(api(TestUsers.ADMIN, "entityId", id, "to", NORWEGIAN.format(today.minusDays(1)))))
                .isEmpty();
    }

    @Test
    void pagesNewestFirstWithoutGapsOrRepeats() throws Exception {
        String entity = "paging-" + SUFFIX;
        transactions.executeWithoutResult(status -> {
            for (int i = 1; i <= 7; i++) {
                auditLog.record("test-entity", entity, "update", Map.of("n", i - 1), Map.of("n", i));
            }
        });
        List<Long> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String after = "";
        do {
            JsonNode page = api(TestUsers.ADMIN, "entityId", entity, "size", "3", "after", after);
            sizes.add(page.path("entries").size());
            all.addAll(ids(page));
            after = page.path("next").isNull()
                    ? null
                    : String.valueOf(page.path("next").asLong());
        } while (after != null);

        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(all).hasSize(7).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode newest = api(TestUsers.ADMIN, "entityId", entity, "size", "1")
                .path("entries")
                .get(0);
        assertThat(newest.path("after").path("n").asInt()).isEqualTo(7);
        assertThat(newest.path("changedFields").get(0).asString()).isEqualTo("n");
    }

    @Test
    void aCoordinatorReadsTheEntriesOfTheirProgrammesOnlyAndAnAdministratorEvery() throws Exception {
        JsonNode coordinator = api(AUDITOR, "entityType", "benefit", "size", "200");
        assertThat(values(coordinator, "programmeId"))
                .isNotEmpty()
                .containsOnly(world.programme().id().toString());
        assertThat(values(coordinator, "entityId"))
                .contains(inside.id().toString())
                .doesNotContain(outside.id().toString());
        assertThat(ids(api(AUDITOR, "entityId", outside.id().toString()))).isEmpty();
        JsonNode programme = api(
                AUDITOR,
                "entityType",
                "programme",
                "entityId",
                world.programme().id().toString());
        assertThat(values(programme, "organisationId"))
                .containsExactly(world.owner().id().toString());
        // The owner organisation's creation concerns no programme: administrators alone read it.
        assertThat(ids(api(
                        AUDITOR,
                        "entityType",
                        "organisation",
                        "entityId",
                        world.owner().id().toString())))
                .isEmpty();

        assertThat(ids(api(TestUsers.ADMIN, "entityId", outside.id().toString())))
                .hasSize(1);
        assertThat(ids(api(
                        TestUsers.ADMIN,
                        "entityType",
                        "organisation",
                        "entityId",
                        world.owner().id().toString())))
                .hasSize(1);
    }

    @Test
    void writesBeyondTheBenefitRecordTheProgrammeTheyConcern() throws Exception {
        String indicator = world.indicator(inside).id().toString();

        JsonNode entries = api(AUDITOR, "entityType", "indicator", "entityId", indicator);
        assertThat(values(entries, "programmeId"))
                .containsExactly(world.programme().id().toString());
    }

    @Test
    void everyoneElseIsRefusedAndTheirAttemptLeavesNoReadBehind() throws Exception {
        for (Role role : List.of(Role.GEVINSTEIER, Role.MAALEANSVARLIG, Role.STYRINGSGRUPPE, Role.LESER)) {
            String user = world.in(role);
            for (String path : List.of("/api/v1/audit", "/audit", "/audit.csv")) {
                assertThat(mvc.perform(get(path).with(users.session(user)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(role + " " + path)
                        .isEqualTo(403);
            }
            assertThat(ids(api(TestUsers.ADMIN, "entityType", "audit_log", "actor", user)))
                    .isEmpty();
        }
    }

    @Test
    void thePageShowsTheActorByFullNameAndEachFieldBeforeAndAfterWithTheChangedMarked() throws Exception {
        String page = body(get("/audit")
                .param("entityId", inside.id().toString())
                .param("action", "update")
                .with(users.session(TestUsers.ADMIN)));

        assertThat(page).contains(AUDITOR_NAME, "Færre revisjonsfunn", "Færre avvik i revisjon");
        String titleRow = page.substring(page.indexOf("<span>title</span>"));
        titleRow = titleRow.substring(0, titleRow.indexOf("</tr>"));
        assertThat(titleRow)
                .contains("Endret", "Færre revisjonsfunn", "Færre avvik i revisjon")
                .containsSubsequence("Færre revisjonsfunn", "Færre avvik i revisjon");
        String programmeRow = page.substring(page.indexOf("<span>programme</span>"));
        assertThat(programmeRow.substring(0, programmeRow.indexOf("</tr>"))).doesNotContain("Endret");
    }

    @Test
    void theCsvExportHoldsExactlyTheFilteredEntries() throws Exception {
        String id = inside.id().toString();
        List<Long> shown = ids(api(TestUsers.ADMIN, "entityId", id));

        List<CSVRecord> page = csv(body(get("/audit.csv").param("entityId", id).with(users.session(TestUsers.ADMIN))));
        List<CSVRecord> api = csv(body(
                get("/api/v1/audit").param("entityId", id).accept("text/csv").with(users.session(AUDITOR))));

        assertThat(page.stream().map(r -> Long.valueOf(r.get("id")))).containsExactlyElementsOf(shown);
        assertThat(api.stream().map(r -> Long.valueOf(r.get("id")))).containsExactlyElementsOf(shown);
        CSVRecord update = page.getFirst();
        assertThat(update.get("action")).isEqualTo("update");
        assertThat(update.get("actor")).isEqualTo(AUDITOR);
        assertThat(update.get("actorName")).isEqualTo(AUDITOR_NAME);
        assertThat(update.get("entityType")).isEqualTo("benefit");
        assertThat(update.get("programmeId")).isEqualTo(world.programme().id().toString());
        assertThat(update.get("changedFields")).contains("title");
        assertThat(json.readTree(update.get("after")).path("title").asString()).isEqualTo("Færre avvik i revisjon");
        assertThat(json.readTree(update.get("before")).path("title").asString()).isEqualTo("Færre revisjonsfunn");
    }

    @Test
    void everyReadOfTheLogIsRecordedWithItsFilter() throws Exception {
        String id = inside.id().toString();
        api(AUDITOR, "entityId", id, "action", "update");
        body(get("/audit.csv").param("entityType", "benefit").with(users.session(AUDITOR)));

        JsonNode reads = api(TestUsers.ADMIN, "entityType", "audit_log", "actor", AUDITOR, "action", "read");
        JsonNode csvRead = reads.path("entries").get(0);
        JsonNode jsonRead = reads.path("entries").get(1);
        assertThat(csvRead.path("after").path("format").asString()).isEqualTo("csv");
        assertThat(csvRead.path("after").path("entityType").asString()).isEqualTo("benefit");
        assertThat(jsonRead.path("after").path("format").asString()).isEqualTo("json");
        assertThat(jsonRead.path("after").path("entityId").asString()).isEqualTo(id);
        assertThat(jsonRead.path("after").path("action").asString()).isEqualTo("update");
        assertThat(jsonRead.path("actorName").asString()).isEqualTo(AUDITOR_NAME);
        // Reading the log is no change of a programme: coordinators do not read each other's reads.
        assertThat(ids(api(AUDITOR, "entityType", "audit_log"))).isEmpty();
    }

    @Test
    void badFiltersAreRefusedNamingEachFieldAndNothingIsRead() throws Exception {
        String[][] cases = {
            {"from", "from", "31.02.2026"},
            {"to", "to", "2026-13-01"},
            {"from", "from", "01.01.1800"},
            {"to", "from", "02.05.2026", "to", "01.05.2026"},
            {"size", "size", "0"},
            {"size", "size", "abc"},
            {"size", "size", "100000"},
            {"after", "after", "abc"},
            {"after", "after", "-5"},
            {"programme", "programme", "123"},
            {"actor", "actor", "kari\u0000"},
            {"entityId", "entityId", "x".repeat(301)},
        };
        long reads = reads();
        for (String[] c : cases) {
            String described = String.join(" ", c);
            MockHttpServletResponse api = mvc.perform(
                            withParams(get("/api/v1/audit"), c).with(users.session(TestUsers.ADMIN)))
                    .andReturn()
                    .getResponse();
            assertThat(api.getStatus()).as(described).isEqualTo(400);
            JsonNode problem = json.readTree(api.getContentAsString(StandardCharsets.UTF_8));
            assertThat(values(problem.path("errors"), "field")).as(described).contains(c[0]);

            MockHttpServletResponse page = mvc.perform(
                            withParams(get("/audit"), c).with(users.session(AUDITOR)))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as(described).isEqualTo(400);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                    .as(described)
                    // The form's error summary links to the field; a NUL byte is refused at the edge, on the
                    // error page that names the field.
                    .containsAnyOf("href=\"#" + c[0] + "\"", "<li>" + c[0] + ":");

            int csv = mvc.perform(withParams(get("/audit.csv"), c).with(users.session(TestUsers.ADMIN)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(csv).as(described).isEqualTo(400);
            int csvApi = mvc.perform(withParams(get("/api/v1/audit"), c)
                            .accept("text/csv")
                            .with(users.session(TestUsers.ADMIN)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(csvApi).as(described).isEqualTo(400);
        }
        assertThat(reads()).as("reads recorded for refused searches").isEqualTo(reads);
    }

    private static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, String[] c) {
        for (int i = 1; i < c.length; i += 2) {
            request.param(c[i], c[i + 1]);
        }
        return request;
    }

    private long reads() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'audit_log'")
                .query(Long.class)
                .single();
    }

    private JsonNode api(String user, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/audit").with(users.session(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        String withoutMark = text.startsWith("\ufeff") ? text.substring(1) : text;
        return CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(withoutMark))
                .getRecords();
    }

    private static List<String> actions(JsonNode page) {
        return values(page, "action");
    }

    /** The field of each entry on the page, not of the states inside them. */
    private static List<String> values(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        (page.has("entries") ? page.path("entries") : page)
                .forEach(e -> values.add(e.path(field).asString()));
        return values;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("entries").forEach(e -> ids.add(e.path("id").asLong()));
        return ids;
    }
}
