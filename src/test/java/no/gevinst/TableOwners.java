package no.gevinst;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which module owns each table: the module whose migration created it and whose classes write it. A new table needs a
 * line here ({@code ArchitectureTest.everyTableHasAnOwner} says which). Read by {@link ArchitectureTest}.
 */
final class TableOwners {

    /** Modules that read other modules' tables by design. */
    static final Set<String> EXEMPT_MODULES = Set.of(
            "backup", // copies every table at one moment, as pg_dump would
            "transfer", // the programme document's framing; each module's *Transfer hands over its own tables
            "demo"); // loads the demo dataset

    static final Map<String, String> OWNER = Map.ofEntries(
            entry("audit_log", "audit"),
            entry("spring_session", "config"),
            entry("spring_session_attributes", "config"),
            entry("periodic_task", "config"),
            entry("event_publication", "config"),
            entry("organisation", "organisation"),
            entry("person", "organisation"),
            entry("app_user", "access"),
            entry("role_assignment", "access"),
            entry("login_throttle", "access"),
            entry("user_identity", "access"),
            entry("api_token", "access"),
            entry("api_token_scope", "access"),
            entry("programme", "programme"),
            entry("programme_phase", "programme"),
            entry("programme_party", "programme"),
            entry("programme_steering_member", "programme"),
            entry("framework_item", "programme"),
            entry("objective", "programme"),
            entry("benefit", "benefit"),
            entry("benefit_priority_area", "benefit"),
            entry("benefit_objective", "benefit"),
            entry("benefit_allocation", "benefit"),
            entry("benefit_investor", "benefit"),
            entry("benefit_status_change", "benefit"),
            entry("benefit_share", "benefit"),
            entry("benefit_merge", "benefit"),
            entry("indicator", "indicator"),
            entry("baseline", "indicator"),
            entry("target_point", "indicator"),
            entry("measurement", "indicator"),
            entry("measurement_period_total", "indicator"),
            entry("indicator_annual_actual", "indicator"),
            entry("import_job", "ingest"),
            entry("valuation_settings", "valuation"),
            entry("assumption", "valuation"),
            entry("benefit_valuation", "valuation"),
            entry("valuation_cost", "valuation"),
            entry("network_element", "network"),
            entry("network_link", "network"),
            entry("change_description", "network"),
            entry("plan", "plan"),
            entry("plan_version", "plan"),
            entry("plan_measure", "plan"),
            entry("plan_risk", "plan"),
            entry("phase_gate_decision", "plan"),
            entry("double_counting_decision", "portfolio"),
            entry("actuals_sign_off", "portfolio"),
            entry("dashboard_generation", "portfolio"),
            entry("dashboard_change", "portfolio"),
            entry("dashboard_part_generation", "portfolio"),
            entry("dashboard_change_part", "portfolio"),
            entry("board_decision", "decision"),
            entry("decided_economic_target", "decision"),
            entry("decided_kpi_target", "decision"),
            entry("golive_wave", "golive"),
            entry("golive_wave_unit", "golive"),
            entry("golive_baseline_anchor", "golive"),
            entry("handover", "handover"),
            entry("improvement_item", "handover"),
            entry("lesson", "lesson"),
            entry("lesson_measure", "lesson"),
            entry("pilot", "lesson"),
            entry("maturity_round", "maturity"),
            entry("maturity_round_unit", "maturity"),
            entry("maturity_response", "maturity"),
            entry("maturity_score", "maturity"),
            entry("maturity_measure", "maturity"),
            entry("maturity_result", "maturity"),
            entry("maturity_result_total", "maturity"),
            entry("evidence", "evidence"),
            entry("evidence_benefit", "evidence"),
            entry("story", "story"),
            entry("stakeholder", "stakeholder"),
            entry("stakeholder_action", "stakeholder"),
            entry("process", "process"),
            entry("process_organisation", "process"),
            entry("process_indicator", "process"),
            entry("process_diagram", "process"),
            entry("process_change", "process"),
            entry("config_decision", "configdecision"),
            entry("config_decision_kpi", "configdecision"),
            entry("benefit_indicator_status", "benefit"),
            entry("indicator_benefit_scope", "indicator"),
            entry("valuation_benefit_scope", "valuation"));

    /** A class allowed to read one table of another module, and why. */
    record Allowed(String type, String table, String reason) {}

    /**
     * Reads found when the rule was written (issue 21) that remain, each with why it stays: the others were replaced
     * by copies kept from events (indicator_benefit_scope, valuation_benefit_scope, benefit_indicator_status) or calls
     * to the owning module's transfer facade.
     */
    static final List<Allowed> KNOWN = List.of(
            new Allowed(
                    "no.gevinst.shared.DataGeneration",
                    "dashboard_generation",
                    "the data generation every module reads lives in the dashboard's table (V26); read only here"),
            new Allowed(
                    "no.gevinst.benefit.domain.RegisterFilter",
                    "framework_item",
                    "filters the register by an area or priority area chosen by name across every programme, inside the one paged"
                            + " query; names to ids through the programme facade would add a query to every register page"),
            new Allowed(
                    "no.gevinst.benefit.domain.RegisterTallies",
                    "framework_item",
                    "counts the register per area and priority-area name, merged across programmes and ordered by name in the"
                            + " database's collation, in the same query as the filter; stays until the names are copied (issue 21)"),
            new Allowed(
                    "no.gevinst.benefit.domain.BenefitRepository",
                    "objective",
                    "orders a benefit's objectives by the objective's number in the one statement that reads the benefit (the"
                            + " profile's query budget); the number is the programme's and may change, so a copy needs an event"),
            new Allowed(
                    "no.gevinst.benefit.domain.BenefitLists",
                    "objective",
                    "orders each listed benefit's objectives by the objective's number in one query for the whole page"
                            + " (register budget); same reason as BenefitRepository"),
            new Allowed(
                    "no.gevinst.programme.domain.AllProgrammes",
                    "organisation",
                    "names a programme's parties in the one query that lists all programmes; organisations are renamed in"
                            + " their own module without an event, so a copy would go stale"),
            new Allowed(
                    "no.gevinst.programme.domain.AllProgrammes",
                    "person",
                    "names the steering group's members in the one query that lists all programmes; same reason as organisation"),
            new Allowed(
                    "no.gevinst.golive.domain.AnchorRepository",
                    "organisation",
                    "walks the unit hierarchy (a recursive query) to find the go-live that covers an indicator's unit; through"
                            + " the organisation facade it would be one query per level of the tree"));

    private TableOwners() {}

    static boolean allowed(String type, String table) {
        return KNOWN.stream().anyMatch(a -> a.type().equals(type) && a.table().equals(table));
    }

    /** The module of a package of no.gevinst: its first segment below no.gevinst ("" for the root). */
    static String moduleOf(String packageName) {
        String below = packageName.startsWith("no.gevinst.") ? packageName.substring("no.gevinst.".length()) : "";
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }
}
