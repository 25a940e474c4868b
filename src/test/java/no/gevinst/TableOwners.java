package no.gevinst;

import static java.util.Map.entry;

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
            // The data generation (V26): infrastructure every module's triggers move and every module reads through
            // shared.DataGeneration; named for the dashboard, its first user.
            entry("dashboard_generation", "shared"),
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
            entry("valuation_benefit_scope", "valuation"),
            entry("benefit_framework_name", "benefit"),
            entry("benefit_objective_number", "benefit"));

    private TableOwners() {}

    /** The module of a package of no.gevinst: its first segment below no.gevinst ("" for the root). */
    static String moduleOf(String packageName) {
        String below = packageName.startsWith("no.gevinst.") ? packageName.substring("no.gevinst.".length()) : "";
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }
}
