-- Issue 13: every text and number the users type is bounded in the schema as at the edge (no.gevinst.shared.TextLimits:
-- a line 300 characters, paragraphs 4 000, the prose of plans and change descriptions 20 000, a formula 1 000, a web
-- address 2 000; years 1900–2200; rates in [0, 1]), so that nothing that bypasses the edge can store a text the pages
-- and exports cannot show (a spreadsheet cell holds 32 767 characters). Each constraint is named
-- <table>_<column>_bounds, so that a refusal names its field. The demo dataset and every test's data lie well inside.

ALTER TABLE organisation
    ADD CONSTRAINT organisation_name_bounds CHECK (char_length(name) <= 300);

ALTER TABLE person
    ADD CONSTRAINT person_name_bounds CHECK (char_length(name) <= 300),
    ADD CONSTRAINT person_email_bounds CHECK (char_length(email) <= 300),
    ADD CONSTRAINT person_title_bounds CHECK (char_length(title) <= 300);

ALTER TABLE programme
    ADD CONSTRAINT programme_name_bounds CHECK (char_length(name) <= 300),
    ADD CONSTRAINT programme_description_bounds CHECK (char_length(description) <= 4000);

ALTER TABLE programme_party
    ADD CONSTRAINT programme_party_role_bounds CHECK (char_length(role) <= 300);

ALTER TABLE framework_item
    ADD CONSTRAINT framework_item_name_bounds CHECK (char_length(name) <= 300);

ALTER TABLE objective
    ADD CONSTRAINT objective_description_bounds CHECK (char_length(description) <= 4000);

ALTER TABLE benefit
    ADD CONSTRAINT benefit_code_bounds CHECK (char_length(code) <= 300),
    ADD CONSTRAINT benefit_title_bounds CHECK (char_length(title) <= 300),
    ADD CONSTRAINT benefit_description_bounds CHECK (char_length(description) <= 4000),
    ADD CONSTRAINT benefit_observable_outcome_bounds CHECK (char_length(observable_outcome) <= 4000),
    ADD CONSTRAINT benefit_attribution_bounds CHECK (char_length(attribution) <= 4000),
    ADD CONSTRAINT benefit_units_bounds CHECK (char_length(units) <= 300),
    ADD CONSTRAINT benefit_priority_rationale_bounds CHECK (char_length(priority_rationale) <= 4000),
    ADD CONSTRAINT benefit_abandon_reason_bounds CHECK (char_length(abandon_reason) <= 4000);

ALTER TABLE benefit_status_change
    ADD CONSTRAINT benefit_status_change_reason_bounds CHECK (char_length(reason) <= 4000);

ALTER TABLE indicator
    ADD CONSTRAINT indicator_name_bounds CHECK (char_length(name) <= 300),
    ADD CONSTRAINT indicator_definition_bounds CHECK (char_length(definition) <= 4000),
    ADD CONSTRAINT indicator_unit_bounds CHECK (char_length(unit) <= 300),
    ADD CONSTRAINT indicator_method_bounds CHECK (char_length(method) <= 4000),
    ADD CONSTRAINT indicator_data_source_bounds CHECK (char_length(data_source) <= 4000),
    ADD CONSTRAINT indicator_scope_unit_bounds CHECK (char_length(scope_unit) <= 300),
    ADD CONSTRAINT indicator_canonical_url_bounds CHECK (char_length(canonical_url) <= 2000);

ALTER TABLE baseline
    ADD CONSTRAINT baseline_method_bounds CHECK (char_length(method) <= 4000),
    ADD CONSTRAINT baseline_source_bounds CHECK (char_length(source) <= 4000),
    ADD CONSTRAINT baseline_evidence_bounds CHECK (char_length(evidence) <= 4000),
    ADD CONSTRAINT baseline_measured_by_bounds CHECK (char_length(measured_by) <= 300),
    ADD CONSTRAINT baseline_go_live_reason_bounds CHECK (char_length(go_live_reason) <= 4000);

ALTER TABLE measurement
    ADD CONSTRAINT measurement_unit_bounds CHECK (char_length(unit) <= 300),
    ADD CONSTRAINT measurement_method_bounds CHECK (char_length(method) <= 4000),
    ADD CONSTRAINT measurement_comment_bounds CHECK (char_length(comment) <= 4000),
    ADD CONSTRAINT measurement_supersede_reason_bounds CHECK (char_length(supersede_reason) <= 4000);

ALTER TABLE import_job
    ADD CONSTRAINT import_job_file_name_bounds CHECK (char_length(file_name) <= 300);

ALTER TABLE assumption
    ADD CONSTRAINT assumption_name_bounds CHECK (char_length(name) <= 300),
    ADD CONSTRAINT assumption_formula_bounds CHECK (char_length(formula) <= 1000),
    ADD CONSTRAINT assumption_unit_bounds CHECK (char_length(unit) <= 300),
    ADD CONSTRAINT assumption_source_bounds CHECK (char_length(source) <= 4000),
    ADD CONSTRAINT assumption_owner_bounds CHECK (char_length(owner) <= 300);

ALTER TABLE valuation_cost
    ADD CONSTRAINT valuation_cost_actor_bounds CHECK (char_length(actor) <= 300),
    ADD CONSTRAINT valuation_cost_description_bounds CHECK (char_length(description) <= 4000);

ALTER TABLE network_element
    ADD CONSTRAINT network_element_label_bounds CHECK (char_length(label) <= 300),
    ADD CONSTRAINT network_element_description_bounds CHECK (char_length(description) <= 4000),
    ADD CONSTRAINT network_element_release_bounds CHECK (char_length(release) <= 300);

ALTER TABLE change_description
    ADD CONSTRAINT change_description_today_bounds CHECK (char_length(today) <= 20000),
    ADD CONSTRAINT change_description_future_bounds CHECK (char_length(future) <= 20000),
    ADD CONSTRAINT change_description_process_change_bounds CHECK (char_length(process_change) <= 20000),
    ADD CONSTRAINT change_description_technology_change_bounds CHECK (char_length(technology_change) <= 20000),
    ADD CONSTRAINT change_description_organisation_change_bounds CHECK (char_length(organisation_change) <= 20000),
    ADD CONSTRAINT change_description_organisational_barriers_bounds CHECK (char_length(organisational_barriers) <= 20000),
    ADD CONSTRAINT change_description_financial_barriers_bounds CHECK (char_length(financial_barriers) <= 20000),
    ADD CONSTRAINT change_description_barrier_removal_bounds CHECK (char_length(barrier_removal) <= 20000);

ALTER TABLE plan
    ADD CONSTRAINT plan_title_bounds CHECK (char_length(title) <= 300);

ALTER TABLE plan_version
    ADD CONSTRAINT plan_version_reason_bounds CHECK (char_length(reason) <= 4000),
    ADD CONSTRAINT plan_version_approved_for_bounds CHECK (char_length(approved_for) <= 300),
    ADD CONSTRAINT plan_version_decision_reference_bounds CHECK (char_length(decision_reference) <= 300);

ALTER TABLE plan_measure
    ADD CONSTRAINT plan_measure_action_bounds CHECK (char_length(action) <= 4000);

ALTER TABLE plan_risk
    ADD CONSTRAINT plan_risk_description_bounds CHECK (char_length(description) <= 4000),
    ADD CONSTRAINT plan_risk_cause_bounds CHECK (char_length(cause) <= 4000),
    ADD CONSTRAINT plan_risk_consequence_bounds CHECK (char_length(consequence) <= 4000),
    ADD CONSTRAINT plan_risk_mitigation_bounds CHECK (char_length(mitigation) <= 4000);

ALTER TABLE phase_gate_decision
    ADD CONSTRAINT phase_gate_decision_decision_bounds CHECK (char_length(decision) <= 4000);

ALTER TABLE double_counting_decision
    ADD CONSTRAINT double_counting_decision_justification_bounds CHECK (char_length(justification) <= 4000);

ALTER TABLE actuals_sign_off
    ADD CONSTRAINT actuals_sign_off_comment_bounds CHECK (char_length(comment) <= 4000);

-- Lists of texts: each prerequisite and evidence link bounded as one text of its kind, the list as a whole too.
ALTER TABLE benefit
    ADD CONSTRAINT benefit_prerequisites_bounds
        CHECK (cardinality(prerequisites) <= 100 AND char_length(array_to_string(prerequisites, '')) <= 100 * 4000),
    ADD CONSTRAINT benefit_evidence_links_bounds
        CHECK (cardinality(evidence_links) <= 100 AND char_length(array_to_string(evidence_links, '')) <= 100 * 2000);

-- A plan's six prose sections, 20 000 characters each at most.
ALTER TABLE plan_version
    ADD CONSTRAINT plan_version_sections_bounds CHECK (char_length(sections::text) <= 6 * 20000 + 1000);

-- Years in the plausible window, rates and shares in [0, 1] (a real price growth may fall, down to −1).
ALTER TABLE valuation_settings
    ADD CONSTRAINT valuation_settings_base_year_bounds CHECK (base_year BETWEEN 1900 AND 2200),
    ADD CONSTRAINT valuation_settings_first_year_bounds CHECK (first_year BETWEEN 1900 AND 2200),
    ADD CONSTRAINT valuation_settings_last_year_bounds CHECK (last_year BETWEEN 1900 AND 2200),
    ADD CONSTRAINT valuation_settings_discount_rate_1_bounds CHECK (discount_rate_1 BETWEEN 0 AND 1),
    ADD CONSTRAINT valuation_settings_discount_rate_2_bounds CHECK (discount_rate_2 BETWEEN 0 AND 1),
    ADD CONSTRAINT valuation_settings_discount_rate_3_bounds CHECK (discount_rate_3 BETWEEN 0 AND 1),
    ADD CONSTRAINT valuation_settings_tax_financing_rate_bounds CHECK (tax_financing_rate BETWEEN 0 AND 1),
    ADD CONSTRAINT valuation_settings_real_price_growth_bounds CHECK (real_price_growth BETWEEN -1 AND 1),
    ADD CONSTRAINT valuation_settings_co_financing_cut_bounds CHECK (co_financing_cut BETWEEN 0 AND 1),
    ADD CONSTRAINT valuation_settings_working_hours_per_person_bounds CHECK (working_hours_per_person <= 8784);

ALTER TABLE valuation_cost
    ADD CONSTRAINT valuation_cost_year_bounds CHECK (year BETWEEN 1900 AND 2200);

ALTER TABLE benefit_valuation
    ADD CONSTRAINT benefit_valuation_phase_in_first_bounds CHECK (phase_in_first BETWEEN 1900 AND 2200);
