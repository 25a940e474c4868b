package no.gevinst.golive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Go-live waves: recorded by a programme's coordinators only, stale writes refused, bad input named by its field, the
 * facade answering when a unit goes live and which units are live; the demo's waves on the programme page, the
 * dashboard, the waves page and the indicator whose baseline is set at St. Olavs' go-live.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class GoLiveWavesIT {

    @Autowired
    GoLiveWaves waves;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    Programmes programmes;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    MockMvc mvc;

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Test
    void aUnitGoesLiveWithItsOwnWaveOrElseWithTheOrganisationAboveIt() {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Bølgeklinikken");
        String owner = programme.owner().toString();

        Wave first = as(
                COORDINATOR, () -> waves.create(programme.id(), input("Bølge 1", "2022-05-14", "2022-11-12", owner)));
        // The clinic has no wave of its own: it goes live with its trust.
        GoLive clinicLive =
                as(COORDINATOR, () -> waves.goLive(programme.id(), clinic.id())).orElseThrow();
        assertThat(clinicLive.wentLiveThrough()).isEqualTo(programme.owner());
        assertThat(clinicLive.date()).isEqualTo("2022-11-12");
        assertThat(clinicLive.confirmed()).isTrue();
        assertThat(as(COORDINATOR, () -> waves.liveOn(programme.id(), LocalDate.parse("2022-11-11"))))
                .isEmpty();
        assertThat(as(COORDINATOR, () -> waves.liveOn(programme.id(), LocalDate.parse("2022-11-12"))))
                .extracting(GoLive::unit)
                .containsExactly(programme.owner());

        as(
                COORDINATOR,
                () -> waves.create(
                        programme.id(),
                        input("Bølge 2", "2099-03-01", "", clinic.id().toString())));
        GoLive own =
                as(COORDINATOR, () -> waves.goLive(programme.id(), clinic.id())).orElseThrow();
        assertThat(own.waveName()).isEqualTo("Bølge 2");
        assertThat(own.date()).isEqualTo("2099-03-01");
        assertThat(own.confirmed()).isFalse();
        assertThat(as(COORDINATOR, () -> waves.waves(programme.id())))
                .extracting(Wave::name)
                .containsExactly("Bølge 1", "Bølge 2");
        assertThat(first.version()).isZero();
    }

    @Test
    void onlyTheProgrammesCoordinatorsRecordWavesAndOthersDoNotSeeAProgrammeTheyDoNotSee() {
        Programme programme = testProgrammes.create();
        String owner = programme.owner().toString();
        String reader = users.withRole("bolgeleser", Role.LESER, programme.owner());

        assertThat(as(reader, () -> waves.canEdit(programme.id()))).isFalse();
        assertThat(as(reader, () -> waves.waves(programme.id()))).isEmpty();
        assertThatThrownBy(() ->
                        as(reader, () -> waves.create(programme.id(), input("Bølge", "2027-01-01", "", owner))))
                .isInstanceOf(AccessDeniedException.class);
        // Kari coordinates Helseplattformen, not this programme, which she does not see.
        assertThatThrownBy(() ->
                        as("kari", () -> waves.create(programme.id(), input("Bølge", "2027-01-01", "", owner))))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(COORDINATOR, () -> waves.waves(programme.id()))).isEmpty();
    }

    @Test
    void aStaleChangeOrRemovalIsRefusedAndChangesNothing() throws Exception {
        Programme programme = testProgrammes.create();
        String owner = programme.owner().toString();
        Wave wave = as(COORDINATOR, () -> waves.create(programme.id(), input("Bølge", "2027-01-01", "", owner)));
        Wave changed = as(
                COORDINATOR,
                () -> waves.update(programme.id(), wave.id(), input("Bølge A", "2027-02-01", "", owner), 0));
        assertThat(changed.version()).isEqualTo(1);

        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> waves.update(programme.id(), wave.id(), input("Bølge B", "2027-03-01", "", owner), 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> users.runAs(COORDINATOR, () -> waves.delete(programme.id(), wave.id(), 0)))
                .isInstanceOf(VersionConflictException.class);
        String path = "/api/v1/programmes/" + programme.id() + "/golive-waves/" + wave.id();
        mvc.perform(put(path)
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType("application/json")
                        .content("{\"name\":\"Bølge C\",\"plannedDate\":\"2027-04-01\",\"organisationIds\":[\"" + owner
                                + "\"]}"))
                .andExpect(status().isConflict());
        mvc.perform(delete(path).with(users.session(COORDINATOR)).with(csrf()).header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        // The page's form says so too, with 409, and keeps what was typed.
        mvc.perform(post("/programmes/{id}/golive-waves/{w}", programme.id(), wave.id())
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .param("name", "Bølge D")
                        .param("plannedDate", "2027-05-01")
                        .param("organisationIds", owner)
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("lge D\"")));
        assertThat(as(COORDINATOR, () -> waves.find(programme.id(), wave.id())))
                .get()
                .satisfies(w -> {
                    assertThat(w.name()).isEqualTo("Bølge A");
                    assertThat(w.version()).isEqualTo(1);
                });

        users.runAs(COORDINATOR, () -> waves.delete(programme.id(), wave.id(), 1));
        assertThat(as(COORDINATOR, () -> waves.waves(programme.id()))).isEmpty();
    }

    @Test
    void badInputIsNamedByItsField() throws Exception {
        Programme programme = testProgrammes.create();
        String owner = programme.owner().toString();
        String bodo = as(
                TestUsers.ADMIN,
                () -> organisations.all().stream()
                        .filter(o -> o.name().equals("Bodø kommune"))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .toString());

        assertThat(refusal(() -> waves.create(programme.id(), input("", "14.05.2022", "2022-02-30", owner))))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("name", "golive.name.required"),
                        org.assertj.core.groups.Tuple.tuple("plannedDate", "date.invalid"),
                        org.assertj.core.groups.Tuple.tuple("actualDate", "date.invalid"));
        // Bodø kommune takes part in DBEP, not in this programme.
        assertThat(refusal(() -> waves.create(programme.id(), input("Bølge", "2027-01-01", "", bodo))))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("organisationIds", "golive.unit.notOfParty"));
        assertThat(refusal(() -> waves.create(programme.id(), input("Bølge", "2027-01-01", "", "ikke-en-id"))))
                .extracting(FieldViolation::messageKey)
                .containsExactly("golive.unit.invalid");
        as(COORDINATOR, () -> waves.create(programme.id(), input("Bølge 1", "2027-01-01", "", owner)));
        assertThat(refusal(() -> waves.create(programme.id(), input("Bølge 2", "2028-01-01", "", owner))))
                .extracting(FieldViolation::messageKey)
                .containsExactly("golive.unit.taken");

        mvc.perform(post("/api/v1/programmes/{id}/golive-waves", programme.id())
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"name\":\"Bølge\",\"plannedDate\":\"ikke en dato\",\"organisationIds\":[\"" + bodo
                                + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("plannedDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("organisationIds")));
        mvc.perform(get("/api/v1/programmes/{id}/golive-waves/live", programme.id())
                        .param("date", "2027-13-01")
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(post("/programmes/{id}/golive-waves", programme.id())
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .param("name", "Bølge 3")
                        .param("plannedDate", "neste vår")
                        .param("organisationIds", bodo)
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"plannedDate-error\"")))
                .andExpect(content().string(containsString("id=\"organisationIds-error\"")));
    }

    @Test
    void theDemoShowsWhichUnitsAreLiveOnTheProgrammePageTheDashboardAndTheWavesPage() throws Exception {
        Programme hp = helseplattformen();
        String live = "I bruk: St. Olavs hospital HF, Trondheim kommune (2 av 5)";
        mvc.perform(get("/programmes/{id}", hp.id()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(live)))
                .andExpect(content().string(containsString("/programmes/" + hp.id() + "/golive-waves")));
        mvc.perform(get("/portfolio").param("programme", hp.id().toString()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(live)));
        mvc.perform(get("/programmes/{id}/golive-waves", hp.id()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12.11.2022")))
                .andExpect(content().string(containsString("(planlagt 14.05.2022)")))
                .andExpect(content().string(containsString("Helse Møre og Romsdal HF, Helse Nord-Trøndelag HF")))
                .andExpect(content().string(containsString(">I bruk<")))
                .andExpect(content().string(containsString(">Ikke ennå<")))
                .andExpect(content().string(containsString("id=\"new-wave\"")));
        // A reader sees the timeline, not the forms.
        mvc.perform(get("/programmes/{id}/golive-waves", hp.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12.11.2022")))
                .andExpect(content().string(not(containsString("id=\"new-wave\""))));
        mvc.perform(get("/programmes/{id}/golive-waves/new", hp.id()).with(users.session("nina")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/{id}/golive-waves?lang=en", hp.id()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Go-live waves")));
        mvc.perform(get("/api/v1/programmes/{id}/golive-waves/live", hp.id())
                        .param("date", "2022-11-12")
                        .with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/openapi.json").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/golive-waves'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/golive-waves/{wave}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/golive-waves/live'].get")
                        .exists());
        // Dina does not see Helseplattformen, nor its waves.
        mvc.perform(get("/api/v1/programmes/{id}/golive-waves", hp.id()).with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theIndicatorPageShowsTheGoLiveItsBaselineIsSetAtAndItsCoordinatorChoosesTheUnit() throws Exception {
        Programme hp = helseplattformen();
        Indicator portal = as(
                "kari",
                () -> indicators
                        .ofBenefits(benefits.list(BenefitQuery.all()).stream()
                                .filter(b -> b.programme().equals(hp.id()))
                                .map(b -> b.id())
                                .toList())
                        .values()
                        .stream()
                        .flatMap(List::stream)
                        .filter(i -> i.name().equals("Andel pasienter som har brukt pasientportalen"))
                        .findFirst()
                        .orElseThrow());
        mvc.perform(get("/indicators/{id}", portal.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nullpunkt ved go-live")))
                .andExpect(content().string(containsString("12.11.2022 (Bølge 1")))
                .andExpect(content().string(containsString("11.11.2022")))
                .andExpect(content().string(not(containsString("name=\"unit\""))));
        mvc.perform(get("/indicators/{id}", portal.id()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"unit\"")));
        // A unit that is no party of Helseplattformen is named as the fault; a reader may not choose.
        mvc.perform(post("/indicators/{id}/golive-baseline", portal.id())
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("unit", java.util.UUID.randomUUID().toString())
                        .param("version", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"golive-unit-error\"")));
        mvc.perform(post("/indicators/{id}/golive-baseline", portal.id())
                        .with(users.session("nina"))
                        .with(csrf())
                        .param("unit", "")
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        assertThat(as("kari", () -> waves.anchor(portal.id())))
                .get()
                .satisfies(a -> assertThat(a.version()).isEqualTo(1));
    }

    private Programme helseplattformen() {
        return as(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
    }

    private Organisation unitUnder(Programme programme, String name) {
        return as(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        name + " " + TestOrganisationNumbers.unique(),
                        "ANNEN",
                        TestOrganisationNumbers.unique(),
                        programme.owner().toString())));
    }

    private List<FieldViolation> refusal(java.util.function.Supplier<Wave> write) {
        try {
            as(COORDINATOR, write);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("Not refused");
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return users.callAs(user, work);
    }

    private static WaveInput input(String name, String planned, String actual, String... units) {
        return new WaveInput(name, planned, actual, List.of(units));
    }
}
