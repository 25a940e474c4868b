package no.gevinst.mypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.access.Users;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.network.ElementCommands;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisation;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.VersionStatus;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each user's start page shows what waits for them in the roles they hold, each item linking to a page that opens,
 * and nothing of what waits for others. The scene is built once in the programme of {@link TestParties}: a benefit
 * owned by its gevinsteier that arises in the owner organisation and is invested in by the party, measured long ago
 * (so a measurement is due and a period awaits sign-off) and claimed twice over by two changes of the network; a
 * benefit of the party's with no owner; a measure and a change the gevinsteier answers for; and a plan version
 * submitted for decision.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyPageIT {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Autowired
    TestUsers users;

    @Autowired
    Users accounts;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    Plans plans;

    @Autowired
    Networks networks;

    private Programme programme;
    private Benefit owned;
    private Indicator ownedIndicator;
    private Benefit partys;
    private Indicator partysIndicator;
    private Plan plan;
    private int submitted;
    private NetworkElement change;
    private String suffix;

    @BeforeAll
    void buildTheScene() {
        programme = world.programme();
        suffix = programme.code();
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        String owner = world.person(world.in(Role.GEVINSTEIER)).id().toString();
        owned = users.callAs(
                coordinator,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Eid gevinst " + suffix)
                        .ownerId(owner)
                        .expectedStart("2024-01-01")
                        .allocations(List.of(allocation(world.owner(), "100")))
                        .investorIds(List.of(world.party().id().toString()))
                        .build()));
        ownedIndicator = measuredLongAgo(owned, world.owner());
        partys = users.callAs(
                coordinator,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Partens gevinst " + suffix)
                        .allocations(List.of(allocation(world.party(), "100")))
                        .build()));
        partysIndicator = measuredLongAgo(partys, world.party());
        plan = users.callAs(coordinator, this::programmePlan);
        users.runAs(coordinator, () -> {
            plans.addMeasure(
                    plan.id(),
                    new Plans.MeasureInput("Opplæring " + suffix, List.of(), owner, "2020-01-31", "PLANNED", null));
            plans.addMeasure(
                    plan.id(),
                    new Plans.MeasureInput(
                            "Ikke ditt tiltak " + suffix,
                            List.of(),
                            world.person(coordinator).id().toString(),
                            "2030-01-31",
                            "PLANNED",
                            null));
        });
        submitted = users.callAs(coordinator, this::submittedVersion);
        change = users.callAs(
                coordinator,
                () -> networks.addElement(
                        programme.id(),
                        ElementCommands.of(
                                "BUSINESS_CHANGE", "Ny arbeidsflyt " + suffix, owner, "", "2025-06-30", null)));
        NetworkElement other = users.callAs(
                coordinator,
                () -> networks.addElement(
                        programme.id(),
                        ElementCommands.of("BUSINESS_CHANGE", "Annen endring " + suffix, null, "", null, null)));
        // Two changes each claiming 60 % of the same benefit: 120 % of it is counted, an unresolved double count.
        users.runAs(coordinator, () -> {
            networks.link(programme.id(), contribution(change, owned));
            networks.link(programme.id(), contribution(other, owned));
        });
    }

    @Test
    void aGevinsteierSeesTheirBenefitsWhatIsDueOnThemTheirMeasuresAndTheSignOffsWaiting() throws Exception {
        String gevinsteier = world.in(Role.GEVINSTEIER);

        String page = myPage(gevinsteier);

        assertThat(page)
                .contains("href=\"/benefits/" + owned.id() + "\"", owned.code())
                .contains("class=\"rag rag--")
                .contains("href=\"/indicators/" + ownedIndicator.id() + "\"")
                .contains("href=\"/plans/" + plan.id() + "#measures\"", "Opplæring " + suffix)
                .contains("href=\"/programmes/" + programme.id() + "/network/elements/" + change.id() + "\"")
                .contains("href=\"/portfolio/flows?programme=" + programme.id() + "#benefit-" + owned.id() + "\"")
                .contains("01.01.2024–31.01.2024");
        assertThat(page)
                .doesNotContain("/benefits/" + partys.id())
                .doesNotContain("/indicators/" + partysIndicator.id())
                .doesNotContain("Ikke ditt tiltak " + suffix)
                .doesNotContain("Annen endring " + suffix)
                .doesNotContain("id=\"mypage-coordinator-section\"")
                .doesNotContain("id=\"mypage-steering-section\"")
                .doesNotContain("id=\"mypage-measurer-section\"")
                .doesNotContain("id=\"mypage-programmes-section\"");
        everyLinkOpens(page, gevinsteier);
    }

    @Test
    void aMaaleansvarligSeesTheIndicatorsDueInTheirOwnOrganisationOnly() throws Exception {
        String ofTheOwner = myPage(world.in(Role.MAALEANSVARLIG));
        String ofTheParty = myPage(world.partyMeasurer());

        assertThat(ofTheOwner)
                .contains("id=\"mypage-measurer-section\"")
                .contains("href=\"/indicators/" + ownedIndicator.id() + "\"")
                .doesNotContain("/indicators/" + partysIndicator.id())
                .doesNotContain("id=\"mypage-owner-section\"")
                .doesNotContain("id=\"mypage-coordinator-section\"");
        assertThat(ofTheParty)
                .contains("href=\"/indicators/" + partysIndicator.id() + "\"")
                .doesNotContain("/indicators/" + ownedIndicator.id());
        everyLinkOpens(ofTheOwner, world.in(Role.MAALEANSVARLIG));
    }

    @Test
    void aCoordinatorSeesTheProgrammesHealthWarningsUnresolvedDoubleCountingAndVersionsAwaitingApproval()
            throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        long undescribed = users.callAs(
                coordinator,
                () -> benefits.search(no.gevinst.benefit.BenefitQuery.builder()
                                .programme(programme.id())
                                .warning(no.gevinst.benefit.HealthWarning.NO_DESCRIPTION)
                                .size(1)
                                .build())
                        .total());

        String page = myPage(coordinator);

        assertThat(page)
                .contains("id=\"coordinated-programme-" + programme.id() + "\"")
                .contains("href=\"/benefits?programme=" + programme.id() + "&amp;warning=NO_DESCRIPTION\"")
                .contains(undescribed + " gevinster")
                .contains("href=\"/portfolio/conflicts?programme=" + programme.id() + "#conflict-")
                .contains("href=\"/plans/" + plan.id() + "?version=" + submitted + "\"");
        assertThat(page)
                .doesNotContain("id=\"mypage-owner-section\"")
                .doesNotContain("id=\"mypage-steering-section\"")
                .doesNotContain("Opplæring " + suffix);
        everyLinkOpens(page, coordinator);
    }

    @Test
    void aSteeringGroupMemberSeesTheVersionsAwaitingTheirDecisionAndTheLatestSteeringReport() throws Exception {
        String member = world.in(Role.STYRINGSGRUPPE);

        String page = myPage(member);

        assertThat(page)
                .contains("id=\"steered-programme-" + programme.id() + "\"")
                .contains("href=\"/plans/" + plan.id() + "?version=" + submitted + "\"")
                .contains("href=\"/portfolio/report.pdf?programme=" + programme.id() + "\"");
        assertThat(page)
                .doesNotContain("id=\"mypage-coordinator-section\"")
                .doesNotContain("/portfolio/conflicts")
                .doesNotContain("id=\"mypage-owner-section\"");
        everyLinkOpens(page, member);
    }

    @Test
    void aLeserSeesOnlyTheProgrammesTheyMayRead() throws Exception {
        String leser = world.in(Role.LESER);

        String page = myPage(leser);
        String main = main(page);

        assertThat(main)
                .contains("id=\"mypage-programmes-section\"")
                .contains("href=\"/programmes/" + programme.id() + "\"");
        assertThat(main)
                .doesNotContain("id=\"mypage-owner-section\"")
                .doesNotContain("id=\"mypage-measurer-section\"")
                .doesNotContain("id=\"mypage-coordinator-section\"")
                .doesNotContain("id=\"mypage-steering-section\"")
                .doesNotContain("href=\"/benefits")
                .doesNotContain("href=\"/indicators")
                .doesNotContain("href=\"/plans");
        everyLinkOpens(page, leser);
    }

    @Test
    void aUserWithoutRolesIsToldThatACoordinatorOrAdministratorMustGrantAccess() throws Exception {
        String pending = "uten-rolle-" + suffix.toLowerCase(java.util.Locale.ROOT);
        if (!users.exists(pending)) {
            users.runAs(TestUsers.ADMIN, () -> accounts.create(pending, "Uten Rolle", TestUsers.PASSWORD));
        }

        String main = main(myPage(pending));

        assertThat(main)
                .contains("id=\"mypage-pending\"")
                .contains("En gevinstkoordinator eller en administrator må gi deg en rolle")
                .doesNotContain("id=\"mypage-role-list\"")
                .doesNotContain("id=\"mypage-programmes-section\"")
                .doesNotContain("href=\"/programmes");
    }

    private String myPage(String username) throws Exception {
        return mvc.perform(get("/").with(users.session(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    /** Every link of the page's own content answers 200 for the same user. */
    private void everyLinkOpens(String page, String username) throws Exception {
        List<String> links = new ArrayList<>();
        Matcher m = HREF.matcher(main(page));
        while (m.find()) {
            links.add(m.group(1).replace("&amp;", "&").replaceFirst("#.*$", ""));
        }
        assertThat(links).isNotEmpty();
        for (String link : links.stream().distinct().toList()) {
            mvc.perform(get(link).with(users.session(username))).andExpect(status().isOk());
        }
    }

    private Indicator measuredLongAgo(Benefit benefit, Organisation where) {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Indicator indicator = users.callAs(
                coordinator,
                () -> indicators.create(no.gevinst.TestIndicators.monthly(
                        benefit.id().toString(), "Ventetid " + benefit.code(), null)));
        users.runAs(
                coordinator,
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(new MeasurementInput(
                                "10", "2024-01-01", "2024-01-31", where.id().toString(), "", "", "", "", ""))),
                        MeasurementSource.FORM));
        return indicator;
    }

    /** The programme's own plan, made when no other test has made it. */
    private Plan programmePlan() {
        return plans.ofProgramme(programme.id()).stream()
                .filter(Plan::isProgrammePlan)
                .findFirst()
                .orElseGet(() -> plans.create(programme.id(), new Plans.PlanInput(null, "Plan " + suffix)));
    }

    /** The number of a version of the plan submitted for decision: the open one, submitted here if still a draft. */
    private int submittedVersion() {
        PlanVersion latest = plans.versions(plan.id()).getFirst();
        if (latest.status() == VersionStatus.APPROVED) {
            latest = plans.newDraft(plan.id(), "Ny runde");
        }
        if (latest.status() == VersionStatus.DRAFT) {
            latest = plans.submit(plan.id(), latest.number());
        }
        return latest.number();
    }

    private static BenefitInput.AllocationInput allocation(Organisation organisation, String share) {
        return new BenefitInput.AllocationInput(organisation.id().toString(), share);
    }

    private static LinkCommand contribution(NetworkElement from, Benefit to) {
        return LinkCommand.parse(from.id().toString(), to.id().toString(), "LEADS_TO", "60", "");
    }
}
