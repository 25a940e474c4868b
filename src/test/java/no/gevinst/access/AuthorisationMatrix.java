package no.gevinst.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may call each route of Gevinst on a resource inside their scope: the checked-in table of the authorisation
 * matrix. Letters name roles (A administrator, K gevinstkoordinator, E gevinsteier — the benefit's named owner —,
 * M måleansvarlig, S styringsgruppe, L leser, R regional koordinator); {@code *} is every role. Outside their scope every role but the
 * administrator is refused, unless the entry names it allowed outside too. A route missing here, or listed here
 * but gone from the app, fails the matrix.
 */
final class AuthorisationMatrix {

    /**
     * Who may call a route, how it names the resource it acts on, and who besides the administrator may call it on
     * a resource outside their scope too (mostly nobody).
     */
    record Entry(Set<Role> allowed, Scope scope, Set<Role> allowedOutside) {

        Entry(Set<Role> allowed, Scope scope) {
            this(allowed, scope, EnumSet.noneOf(Role.class));
        }
    }

    enum Scope {
        /** The resource is named in the path: outside the scope it is refused (403) or not found (404). */
        PATH,
        /** The resource is named in the body: outside the scope it may also be an unknown reference (400). */
        BODY,
        /** A list or page of everything the user sees, filtered by scope; there is no resource outside it. */
        NONE,
        /** The user's own thing (an import job): only whoever started it sees it, the rest get 404. */
        OWN
    }

    static final Map<String, Entry> ROUTES = new LinkedHashMap<>();

    static {
        // Front door, login, lists filtered by what the user sees, downloads of empty templates.
        none("GET /", "*");
        none("GET /login", "*");
        none("GET /api/v1/benefits", "*");
        none("GET /benefits", "*");
        none("GET /benefits/export.xlsx", "*");
        none("GET /benefits/export.csv", "*");
        none("GET /benefits/import-template.xlsx", "*");
        none("GET /benefits/import", "AK");
        // The page imports name no programme in their request: the file does, row by row, and each row is judged
        // against its own programme (a programme the user does not see is an unknown one in the row's errors; a
        // measurement file is judged by its background job). Without a file there is nothing outside the scope to
        // refuse, so the allowed user is sent back to the form, as inside.
        none("POST /benefits/import", "AK");
        none("GET /api/v1/programmes", "*");
        none("GET /programmes", "*");
        none("GET /programmes/new", "AK");
        none("GET /api/v1/organisations", "*");
        none("GET /organisations", "*");
        none("GET /organisations/new", "A");
        none("GET /api/v1/people", "*");
        none("GET /people", "*");
        none("GET /people/new", "AK");
        none("GET /reminders", "*");
        none("GET /api/v1/reminders", "*");
        none("GET /portfolio", "*");
        none("GET /portfolio/realised", "*");
        none("GET /portfolio/report.pdf", "*");
        none("GET /portfolio/board-summary.pdf", "*");
        none("GET /portfolio/conflicts", "*");
        none("GET /portfolio/flows", "*");
        none("GET /api/v1/portfolio/conflicts", "*");
        none("GET /api/v1/portfolio/totals", "*");
        none("GET /api/v1/portfolio/dashboard", "*");
        none("GET /api/v1/portfolio/realised", "*");
        none("GET /api/v1/portfolio/report.pdf", "*");
        none("GET /api/v1/portfolio/board-summary.pdf", "*");
        none("GET /api/v1/portfolio/flows", "*");
        none("GET /measurements/import", "AKEM");
        none("GET /measurements/import-template.xlsx", "*");
        none("GET /measurements/import-template.csv", "*");
        own("GET /measurements/import/{id}", "M");

        // Organisations and people: administrators keep the register, coordinators their organisation's people.
        // Organisations are public registry facts: coordinators see every one, to choose new parties from.
        path("GET /api/v1/organisations/{id}", "*", "K");
        path("GET /organisations/{id}/edit", "A");
        body("POST /api/v1/organisations", "A");
        body("POST /organisations", "A");
        path("PUT /api/v1/organisations/{id}", "A");
        path("POST /organisations/{id}", "A");
        path("GET /api/v1/people/{id}", "*");
        path("GET /people/{id}/edit", "AK");
        body("POST /api/v1/people", "AK");
        body("POST /people", "AK");
        path("PUT /api/v1/people/{id}", "AK");
        path("POST /people/{id}", "AK");

        // Programmes, objectives and framework: their coordinators.
        path("GET /api/v1/programmes/{id}", "*");
        path("GET /programmes/{id}", "*");
        path("GET /programmes/{id}/edit", "AK");
        body("POST /api/v1/programmes", "AK");
        body("POST /programmes", "AK");
        path("PUT /api/v1/programmes/{id}", "AK");
        path("POST /programmes/{id}", "AK");
        path("GET /api/v1/programmes/{id}/objectives", "*");
        path("POST /api/v1/programmes/{id}/objectives", "AK");
        path("POST /programmes/{id}/objectives", "AK");
        path("PUT /api/v1/objectives/{id}", "AK");
        path("POST /programmes/{id}/framework", "AK");
        // (issue 21: framework items) Renamed and removed by the programme's coordinators, on the page and the API.
        path("POST /programmes/{id}/framework/{frameworkItem}", "AK");
        path("POST /programmes/{id}/framework/{frameworkItem}/delete", "AK");
        path("PUT /api/v1/programmes/{id}/framework/{frameworkItem}", "AK");
        path("DELETE /api/v1/programmes/{id}/framework/{frameworkItem}", "AK");

        // Benefits: coordinators register them; coordinators and the owning gevinsteier edit and move them.
        path("GET /api/v1/benefits/{id}", "*");
        path("GET /benefits/{id}", "*");
        none("GET /benefits/new", "AK");
        path("GET /benefits/{id}/edit", "AKE");
        body("POST /api/v1/benefits", "AK");
        body("POST /benefits", "AK");
        path("PUT /api/v1/benefits/{id}", "AKE");
        path("POST /benefits/{id}", "AKE");
        path("POST /api/v1/benefits/{id}/status", "AKE");
        path("POST /benefits/{id}/status", "AKE");

        // Indicators: defined by whoever edits the benefit, fed also by the måleansvarlig of a party.
        path("GET /api/v1/benefits/{id}/indicators", "*");
        path("POST /api/v1/benefits/{id}/indicators", "AKE");
        path("GET /benefits/{id}/indicators/new", "AKE");
        path("POST /benefits/{id}/indicators", "AKE");
        path("GET /api/v1/indicators/{id}", "*");
        path("GET /indicators/{id}", "*");
        path("PUT /api/v1/indicators/{id}", "AKE");
        path("PUT /api/v1/indicators/{id}/baseline", "AKE");
        path("POST /indicators/{id}/baseline", "AKE");
        path("PUT /api/v1/indicators/{id}/trajectory", "AKE");
        path("POST /indicators/{id}/trajectory", "AKE");
        path("GET /api/v1/indicators/{id}/measurements", "*");
        path("POST /api/v1/indicators/{id}/measurements", "AKEM");
        path("POST /indicators/{id}/measurements", "AKEM");
        path("POST /api/v1/measurements/{id}/correction", "AKEM");
        path("POST /measurements/{id}/correction", "AKEM");
        none("POST /measurements/import", "AKEM"); // see POST /benefits/import
        body("POST /api/v1/measurements:import", "AKEM");
        body("POST /api/v1/fhir/MeasureReport", "AKEM");
        body("POST /api/v1/fhir", "AKEM");
        none("GET /api/v1/fhir/metadata", "*");

        // Valuation: read by all who see the programme, changed by its coordinators.
        path("GET /api/v1/programmes/{id}/valuation", "*");
        path("GET /programmes/{id}/valuation", "*");
        path("GET /programmes/{id}/valuation.xlsx", "*");
        path("GET /api/v1/programmes/{id}/valuation/sensitivity", "*");
        path("GET /api/v1/programmes/{id}/valuation/simulation", "*");
        path("PUT /api/v1/programmes/{id}/valuation/settings", "AK");
        path("POST /programmes/{id}/valuation/settings", "AK");
        path("POST /api/v1/programmes/{id}/assumptions", "AK");
        path("POST /programmes/{id}/valuation/assumptions", "AK");
        path("POST /api/v1/programmes/{id}/costs", "AK");
        path("POST /programmes/{id}/valuation/costs", "AK");
        path("POST /programmes/{id}/valuation/model", "AK");
        path("PUT /api/v1/benefits/{id}/valuation", "AK");

        // Network: read by all who see the programme, drawn by its coordinators.
        path("GET /api/v1/programmes/{id}/network", "*");
        path("GET /programmes/{id}/network", "*");
        path("GET /api/v1/programmes/{id}/network.svg", "*");
        path("GET /programmes/{id}/network.svg", "*");
        path("GET /api/v1/programmes/{id}/network.pdf", "*");
        path("GET /programmes/{id}/network.pdf", "*");
        path("GET /api/v1/programmes/{id}/network/elements/{element}", "*");
        path("GET /programmes/{id}/network/elements/{element}", "*");
        path("POST /api/v1/programmes/{id}/network/elements", "AK");
        path("POST /programmes/{id}/network/elements", "AK");
        path("PUT /api/v1/programmes/{id}/network/elements/{element}", "AK");
        path("POST /programmes/{id}/network/elements/{element}", "AK");
        path("DELETE /api/v1/programmes/{id}/network/elements/{element}", "AK");
        path("POST /programmes/{id}/network/elements/{element}/delete", "AK");
        path("POST /api/v1/programmes/{id}/network/links", "AK");
        path("POST /programmes/{id}/network/links", "AK");
        path("DELETE /api/v1/programmes/{id}/network/links", "AK");
        path("POST /programmes/{id}/network/links/delete", "AK");
        path("GET /api/v1/programmes/{id}/releases", "*");
        path("GET /api/v1/programmes/{id}/releases/view", "*");
        path("GET /programmes/{id}/releases", "*");
        path("GET /programmes/{id}/releases/view", "*");

        // Phase gate: checked by all, passed by the coordinators.
        path("GET /api/v1/programmes/{id}/phase-gate", "*");
        path("GET /programmes/{id}/phase-gate", "*");
        path("POST /api/v1/programmes/{id}/phase-gate", "AK");
        path("POST /programmes/{id}/phase-gate", "AK");

        // Plans: written by the coordinators, approved by the steering group or the coordinators.
        path("GET /api/v1/programmes/{id}/plans", "*");
        path("GET /programmes/{id}/plans", "*");
        path("POST /api/v1/programmes/{id}/plans", "AK");
        path("POST /programmes/{id}/plans", "AK");
        path("GET /api/v1/plans/{plan}", "*");
        path("GET /plans/{plan}", "*");
        path("GET /api/v1/plans/{plan}/versions", "*");
        path("POST /api/v1/plans/{plan}/versions", "AK");
        path("POST /plans/{plan}/versions", "AK");
        path("GET /api/v1/plans/{plan}/versions/{number}", "*");
        path("PUT /api/v1/plans/{plan}/versions/{number}/sections", "AK");
        path("POST /plans/{plan}/versions/{number}/sections", "AK");
        path("POST /api/v1/plans/{plan}/versions/{number}/submit", "AK");
        path("POST /plans/{plan}/versions/{number}/submit", "AK");
        path("POST /api/v1/plans/{plan}/versions/{number}/return", "AKS");
        path("POST /plans/{plan}/versions/{number}/return", "AKS");
        path("POST /api/v1/plans/{plan}/versions/{number}/approve", "AKS");
        path("POST /plans/{plan}/versions/{number}/approve", "AKS");
        path("GET /api/v1/plans/{plan}/comparison", "*");
        path("GET /plans/{plan}/compare", "*");
        path("GET /api/v1/plans/{plan}/versions/{number}/document.pdf", "*");
        path("GET /plans/{plan}/versions/{number}/document.pdf", "*");
        path("GET /api/v1/plans/{plan}/versions/{number}/workbook.xlsx", "*");
        path("GET /plans/{plan}/versions/{number}/workbook.xlsx", "*");
        path("GET /api/v1/plans/{plan}/annual-status.pdf", "*");
        path("GET /plans/{plan}/annual-status.pdf", "*");
        path("GET /api/v1/plans/{plan}/measures", "*");
        path("POST /api/v1/plans/{plan}/measures", "AK");
        path("POST /plans/{plan}/measures", "AK");
        path("PUT /api/v1/plans/{plan}/measures/{measure}", "AK");
        path("DELETE /api/v1/plans/{plan}/measures/{measure}", "AK");
        path("POST /plans/{plan}/measures/{measure}/delete", "AK");
        path("GET /api/v1/plans/{plan}/risks", "*");
        path("POST /api/v1/plans/{plan}/risks", "AK");
        path("POST /plans/{plan}/risks", "AK");
        path("PUT /api/v1/plans/{plan}/risks/{risk}", "AK");
        path("DELETE /api/v1/plans/{plan}/risks/{risk}", "AK");
        path("POST /plans/{plan}/risks/{risk}/delete", "AK");

        // Portfolio: conflicts decided by the coordinators of every programme involved, sign-offs by the
        // benefiting party's gevinsteier or coordinator — nobody else, not even an administrator, confirms a
        // party's actuals.
        path("POST /api/v1/portfolio/conflicts/{key}/decision", "AK");
        path("POST /portfolio/conflicts/{key}/decision", "AK");
        path("POST /api/v1/benefits/{id}/sign-offs", "KE");
        path("POST /portfolio/flows/benefits/{id}/sign-offs", "KE");

        // Issue 14. Each part adds its routes under its own heading only, so that the parts merge cleanly.
        // ---------------------------------------------------------------------------------------------------

        // Sign-in through identity providers: open to all, like the login page.
        // (oidc)
        // Where a signed-in person without roles is told to wait for access; anyone holding a role is sent home.
        none("GET /access-pending", "*");

        // ---------------------------------------------------------------------------------------------------

        // Users, roles and the access review: administrators, and coordinators for their programmes' organisations.
        // (users)
        // A coordinator administers the accounts holding roles in the organisations of the programmes it coordinates
        // (the pending ones too); the user named in the path outside its scope is not found. Everyone changes their own
        // password.
        none("GET /admin/users", "AK");
        none("GET /api/v1/users", "AK");
        none("GET /admin/users/new", "AK");
        none("POST /admin/users", "AK");
        none("POST /api/v1/users", "AK");
        none("GET /admin/users/invite", "AK");
        none("POST /admin/users/invite", "AK");
        none("POST /api/v1/users/invitations", "AK");
        path("GET /admin/users/{id}", "AK");
        path("GET /api/v1/users/{id}", "AK");
        path("POST /admin/users/{id}", "AK");
        path("PUT /api/v1/users/{id}", "AK");
        path("POST /admin/users/{id}/roles", "AK");
        path("POST /api/v1/users/{id}/roles", "AK");
        path("POST /admin/users/{id}/roles/{grant}/withdraw", "AK");
        path("DELETE /api/v1/users/{id}/roles/{grant}", "AK");
        path("POST /admin/users/{id}/deactivate", "AK");
        path("POST /api/v1/users/{id}/deactivate", "AK");
        path("POST /admin/users/{id}/reactivate", "AK");
        path("POST /api/v1/users/{id}/reactivate", "AK");
        path("POST /admin/users/{id}/password-reset", "AK");
        path("POST /api/v1/users/{id}/password-reset", "AK");
        none("GET /admin/access-review", "AK");
        none("GET /admin/access-review.csv", "AK");
        none("GET /admin/access-review/stale", "AK");
        none("POST /admin/access-review/stale", "AK");
        none("GET /account/password", "*");
        none("POST /account/password", "*");

        // ---------------------------------------------------------------------------------------------------

        // API tokens: each user their own; administrators also a service account's.
        // (tokens)
        none("GET /tokens", "*");
        none("POST /tokens", "*");
        own("POST /tokens/{token}/revoke", "AM");
        none("GET /api/v1/tokens", "*");
        none("POST /api/v1/tokens", "*");
        own("GET /api/v1/tokens/{token}", "AM");
        own("POST /api/v1/tokens/{token}/revoke", "AM");
        own("DELETE /api/v1/tokens/{token}", "AM");
        none("GET /admin/service-accounts", "A");
        none("POST /admin/service-accounts", "A");
        none("GET /api/v1/service-accounts", "A");
        none("POST /api/v1/service-accounts", "A");

        // ---------------------------------------------------------------------------------------------------

        // The audit log: administrators, and coordinators within their programmes.
        // (audit)
        // Each sees only the entries of the programmes they coordinate (administrators all), so nothing lies outside.
        none("GET /audit", "AK");
        none("GET /audit.csv", "AK");
        none("GET /api/v1/audit", "AK");
        // The whole installation, password hashes included: the administrator alone.
        none("GET /api/v1/installation/backup", "A");

        // ---------------------------------------------------------------------------------------------------

        // Start pages and role-fitted pages.
        // (pages)

        // ---------------------------------------------------------------------------------------------------

        // (issue 16: wb) The valuation workbook for machines: read by all who see the programme, as the valuation.
        path("GET /api/v1/programmes/{id}/valuation.xlsx", "*");

        // (issue 18: handover) A benefit's handover is read by all who see the benefit, proposed by the programme's
        // coordinators, and answered by its receiver alone (the world proposes it to the benefit's owner, E; not even
        // an administrator answers for them). An organisation's improvement page and handover document are read as
        // the organisation is (coordinators see every organisation); the regional coordinator (R) of the
        // organisation's region names who coordinates a measure that needs several organisations.
        path("GET /api/v1/benefits/{id}/handover", "*");
        path("POST /api/v1/benefits/{id}/handover", "AK");
        path("POST /api/v1/benefits/{id}/handover/accept", "E");
        path("POST /api/v1/benefits/{id}/handover/decline", "E");
        path("GET /benefits/{id}/handover", "*");
        path("POST /benefits/{id}/handover", "AK");
        path("POST /benefits/{id}/handover/accept", "E");
        path("POST /benefits/{id}/handover/decline", "E");
        path("GET /organisations/{id}/improvement", "*", "K");
        path("GET /organisations/{id}/handover.pdf", "*", "K");
        path("POST /organisations/{id}/improvement/assign", "AR");
        // (issue 18: handover, life after close) The backlog through the API: read as the organisation is; the
        // organisation's own coordinators and gevinsteiere (and its regional coordinator) add measures and move them
        // on; the regional coordinator names who coordinates one that needs several organisations.
        path("GET /api/v1/organisations/{id}/improvement-items", "*", "K");
        path("GET /api/v1/organisations/{id}/improvement-items/{item}", "*", "K");
        path("POST /api/v1/organisations/{id}/improvement-items", "AKER");
        path("PUT /api/v1/organisations/{id}/improvement-items/{item}/status", "AKER");
        path("PUT /api/v1/organisations/{id}/improvement-items/{item}/coordinator", "AR");
        // ---------------------------------------------------------------------------------------------------

        // (issue 18: decide) Board decisions: read by all who see the programme, recorded by its coordinators.
        path("GET /api/v1/programmes/{id}/decisions", "*");
        path("GET /programmes/{id}/decisions", "*");
        path("POST /api/v1/programmes/{id}/decisions", "AK");
        path("POST /programmes/{id}/decisions", "AK");
        path("GET /api/v1/programmes/{id}/decisions/{number}", "*");
        path("GET /programmes/{id}/decisions/{number}", "*");
        path("POST /api/v1/programmes/{id}/decisions/{number}/economic-targets", "AK");
        path("POST /programmes/{id}/decisions/{number}/economic-targets", "AK");
        path("POST /api/v1/programmes/{id}/decisions/{number}/kpi-targets", "AK");
        path("POST /programmes/{id}/decisions/{number}/kpi-targets", "AK");
        // (issue 18: kpi) Removing a target from the decision in force: its coordinators, as setting one.
        path("DELETE /api/v1/programmes/{id}/decisions/{number}/economic-targets", "AK");
        path("DELETE /api/v1/programmes/{id}/decisions/{number}/kpi-targets", "AK");
        path("POST /programmes/{id}/decisions/{number}/economic-targets/remove", "AK");
        path("POST /programmes/{id}/decisions/{number}/kpi-targets/remove", "AK");
        path("GET /programmes/{id}/decisions/{number}/appendix.pdf", "*");
        path("GET /programmes/{id}/decisions/{number}/appendix.xlsx", "*");
        // (issue 18: waves) Go-live waves: read by all who see the programme, recorded by its coordinators; the
        // unit an indicator's baseline is set at the go-live of, chosen by the coordinators of its programme.
        path("GET /programmes/{id}/golive-waves", "*");
        path("GET /programmes/{id}/golive-waves/new", "AK");
        path("POST /programmes/{id}/golive-waves", "AK");
        path("GET /programmes/{id}/golive-waves/{wave}/edit", "AK");
        path("POST /programmes/{id}/golive-waves/{wave}", "AK");
        path("POST /programmes/{id}/golive-waves/{wave}/delete", "AK");
        path("GET /api/v1/programmes/{id}/golive-waves", "*");
        path("POST /api/v1/programmes/{id}/golive-waves", "AK");
        path("PUT /api/v1/programmes/{id}/golive-waves/{wave}", "AK");
        path("DELETE /api/v1/programmes/{id}/golive-waves/{wave}", "AK");
        path("GET /api/v1/programmes/{id}/golive-waves/live", "*");
        path("GET /api/v1/programmes/{id}/golive-waves/units/{organisation}", "*");
        path("POST /indicators/{id}/golive-baseline", "AK");
        // (issue 18: scope) The portfolio scoped to one organisation, and its status report: read by all who see it.
        none("GET /portfolio/organisation-share", "*");
        none("GET /portfolio/organisation-report.pdf", "*");
        none("GET /portfolio/organisation-report.xlsx", "*");
        // (issue 18: shared) Sharing a benefit with another programme: proposed by its home programme's coordinators,
        // accepted by the receiving programme's, ended by either; merging another benefit into it: its coordinators.
        // The world's programme is the benefit's home, so an allowed accept or end meets no share there and is sent
        // back to the profile naming the field.
        path("POST /benefits/{id}/shares", "AK");
        path("POST /benefits/{id}/shares/{programme}/accept", "AK");
        path("POST /benefits/{id}/shares/{programme}/end", "AK");
        path("POST /benefits/{id}/merges", "AK");
        // (issue 18: shared) The same through the API; a benefit's shares and merges are read by all who see it.
        path("GET /api/v1/benefits/{id}/shares", "*");
        path("POST /api/v1/benefits/{id}/shares", "AK");
        path("POST /api/v1/benefits/{id}/shares/{programme}/accept", "AK");
        path("DELETE /api/v1/benefits/{id}/shares/{programme}", "AK");
        path("POST /api/v1/benefits/{id}/merges", "AK");
        // (issue 19: maturity) Maturity rounds: read by all who see the programme, written, sent and closed by its
        // coordinators, who also start and finish the measures from the results; answered by whoever holds a role
        // in a unit the round was sent to (the world's round is open and sent to the inside programme's owner, where
        // every role but the administrator's everywhere-assignment is held), a 404 to everyone else.
        path("GET /programmes/{id}/maturity", "*");
        path("GET /programmes/{id}/maturity/new", "AK");
        path("POST /programmes/{id}/maturity", "AK");
        path("GET /programmes/{id}/maturity/{round}", "*");
        path("GET /programmes/{id}/maturity/{round}/edit", "AK");
        path("POST /programmes/{id}/maturity/{round}", "AK");
        path("POST /programmes/{id}/maturity/{round}/send", "AK");
        path("POST /programmes/{id}/maturity/{round}/close", "AK");
        path("POST /programmes/{id}/maturity/{round}/measures", "AK");
        path("POST /programmes/{id}/maturity/{round}/measures/{maturityMeasure}/done", "AK");
        path("GET /programmes/{id}/maturity/{round}/results.pdf", "*");
        path("GET /programmes/{id}/maturity/{round}/results.xlsx", "*");
        none("GET /maturity", "*");
        path("GET /maturity/{round}/answer", "KEMSLR");
        path("POST /maturity/{round}/answer", "KEMSLR");
        // (issue 19: stakeholders) A programme's stakeholder analysis and involvement plan: read by all who see the
        // programme, written by its coordinators (the world's stakeholder has one planned action).
        path("GET /programmes/{id}/stakeholders", "*");
        path("GET /programmes/{id}/stakeholders/new", "AK");
        path("POST /programmes/{id}/stakeholders", "AK");
        path("GET /programmes/{id}/stakeholders/{stakeholder}/edit", "AK");
        path("POST /programmes/{id}/stakeholders/{stakeholder}", "AK");
        path("POST /programmes/{id}/stakeholders/{stakeholder}/actions", "AK");
        path("POST /programmes/{id}/stakeholders/{stakeholder}/actions/{involvementAction}/status", "AK");
        // (issue 19: stories) Success stories: drafts written by whoever may edit the benefit, approved by its
        // programme's coordinators; approved stories, their picture and PDF read by all who see the programme. The
        // world's story is approved, so an allowed change or approval is sent back naming the status.
        none("GET /stories", "*");
        path("GET /benefits/{id}/stories/new", "AKE");
        path("POST /benefits/{id}/stories", "AKE");
        path("GET /stories/{story}", "*");
        path("GET /stories/{story}/edit", "AKE");
        path("POST /stories/{story}", "AKE");
        path("POST /stories/{story}/approve", "AK");
        path("GET /stories/{story}/picture", "*");
        path("GET /stories/{story}/story.pdf", "*");
        // (issue 19: lessons) Lessons learned and pilots: read and searched by all who see the programme, written by
        // its
        // coordinators and gevinsteiere, who also start and finish a lesson's measures and record pilots.
        none("GET /lessons", "*");
        path("GET /programmes/{id}/lessons", "*");
        path("GET /programmes/{id}/lessons/new", "AKE");
        path("POST /programmes/{id}/lessons", "AKE");
        path("GET /programmes/{id}/lessons/{lesson}", "*");
        path("GET /programmes/{id}/lessons/{lesson}/edit", "AKE");
        path("POST /programmes/{id}/lessons/{lesson}", "AKE");
        path("POST /programmes/{id}/lessons/{lesson}/measures", "AKE");
        path("POST /programmes/{id}/lessons/{lesson}/measures/{lessonMeasure}/done", "AKE");
        path("GET /programmes/{id}/pilots/new", "AKE");
        path("POST /programmes/{id}/pilots", "AKE");
        path("GET /programmes/{id}/pilots/{pilot}/edit", "AKE");
        path("POST /programmes/{id}/pilots/{pilot}", "AKE");
        // (issue 19: evidence) Evaluations and studies: read by all who see the programme, written by its coordinators
        // and by those holding the gevinsteier role in one of its parties.
        path("GET /programmes/{id}/evidence", "*");
        path("GET /programmes/{id}/evidence/new", "AKE");
        path("POST /programmes/{id}/evidence", "AKE");
        path("GET /programmes/{id}/evidence/{evidence}", "*");
        path("GET /programmes/{id}/evidence/{evidence}/edit", "AKE");
        path("POST /programmes/{id}/evidence/{evidence}", "AKE");
        // (issue 19: configuration) Configuration decisions, the machine delivery of indicators and the optimisations
        // proposed after go-live: read by all who see the programme, written by its coordinators.
        path("GET /programmes/{id}/configuration", "*");
        path("GET /programmes/{id}/configuration/new", "AK");
        path("POST /programmes/{id}/configuration", "AK");
        path("GET /programmes/{id}/configuration/{configDecision}", "*");
        path("GET /programmes/{id}/configuration/{configDecision}/edit", "AK");
        path("POST /programmes/{id}/configuration/{configDecision}", "AK");
        path("POST /programmes/{id}/configuration/{configDecision}/delete", "AK");
        path("GET /api/v1/programmes/{id}/configuration-decisions", "*");
        path("GET /api/v1/programmes/{id}/configuration-decisions/machine-delivery", "*");
        path("GET /api/v1/programmes/{id}/configuration-decisions/optimisations", "*");
        path("GET /api/v1/programmes/{id}/configuration-decisions/{configDecision}", "*");
        path("POST /api/v1/programmes/{id}/configuration-decisions", "AK");
        path("PUT /api/v1/programmes/{id}/configuration-decisions/{configDecision}", "AK");
        path("DELETE /api/v1/programmes/{id}/configuration-decisions/{configDecision}", "AK");
        // (issue 19: learn) The five modules' JSON APIs, with the pages' rights, and deleting from the pages. The
        // matrix sends a stale version, so an allowed delete answers 409 and the world keeps its records.
        path("GET /api/v1/programmes/{id}/maturity-rounds", "*");
        path("GET /api/v1/programmes/{id}/maturity-rounds/{round}", "*");
        path("GET /api/v1/programmes/{id}/maturity-rounds/{round}/results", "*");
        path("POST /api/v1/programmes/{id}/maturity-rounds", "AK");
        path("PUT /api/v1/programmes/{id}/maturity-rounds/{round}", "AK");
        path("POST /api/v1/programmes/{id}/maturity-rounds/{round}/send", "AK");
        path("POST /api/v1/programmes/{id}/maturity-rounds/{round}/close", "AK");
        path("GET /api/v1/programmes/{id}/stakeholders", "*");
        path("GET /api/v1/programmes/{id}/stakeholders/{stakeholder}", "*");
        path("POST /api/v1/programmes/{id}/stakeholders", "AK");
        path("PUT /api/v1/programmes/{id}/stakeholders/{stakeholder}", "AK");
        path("DELETE /api/v1/programmes/{id}/stakeholders/{stakeholder}", "AK");
        path("GET /api/v1/programmes/{id}/stakeholders/{stakeholder}/actions", "*");
        path("POST /api/v1/programmes/{id}/stakeholders/{stakeholder}/actions", "AK");
        path("PUT /api/v1/programmes/{id}/stakeholders/{stakeholder}/actions/{involvementAction}/status", "AK");
        path("DELETE /api/v1/programmes/{id}/stakeholders/{stakeholder}/actions/{involvementAction}", "AK");
        path("POST /programmes/{id}/stakeholders/{stakeholder}/delete", "AK");
        path("POST /programmes/{id}/stakeholders/{stakeholder}/actions/{involvementAction}/delete", "AK");
        none("GET /api/v1/stories", "*");
        path("GET /api/v1/stories/{story}", "*");
        path("GET /api/v1/benefits/{id}/stories", "*");
        path("POST /api/v1/benefits/{id}/stories", "AKE");
        path("PUT /api/v1/stories/{story}", "AKE");
        path("POST /api/v1/stories/{story}/approve", "AK");
        path("DELETE /api/v1/stories/{story}", "AKE");
        path("POST /stories/{story}/delete", "AKE");
        none("GET /api/v1/lessons", "*");
        path("GET /api/v1/programmes/{id}/lessons/{lesson}", "*");
        path("POST /api/v1/programmes/{id}/lessons", "AKE");
        path("PUT /api/v1/programmes/{id}/lessons/{lesson}", "AKE");
        path("DELETE /api/v1/programmes/{id}/lessons/{lesson}", "AKE");
        none("GET /api/v1/pilots", "*");
        path("GET /api/v1/programmes/{id}/pilots/{pilot}", "*");
        path("POST /api/v1/programmes/{id}/pilots", "AKE");
        path("PUT /api/v1/programmes/{id}/pilots/{pilot}", "AKE");
        path("DELETE /api/v1/programmes/{id}/pilots/{pilot}", "AKE");
        path("POST /programmes/{id}/lessons/{lesson}/delete", "AKE");
        path("POST /programmes/{id}/pilots/{pilot}/delete", "AKE");
        path("GET /api/v1/programmes/{id}/evidence", "*");
        path("GET /api/v1/programmes/{id}/evidence/{evidence}", "*");
        path("POST /api/v1/programmes/{id}/evidence", "AKE");
        path("PUT /api/v1/programmes/{id}/evidence/{evidence}", "AKE");
        path("DELETE /api/v1/programmes/{id}/evidence/{evidence}", "AKE");
        path("POST /programmes/{id}/evidence/{evidence}/delete", "AKE");

        // Issue 20: a programme as one document. Its coordinators export it; an import creates a programme across
        // organisations, so only administrators and regional coordinators may (the owner is judged in the body).
        path("GET /api/v1/programmes/{id}/export", "AK");
        none("GET /api/v1/schemas/programme-export-v1.json", "*");
        none("POST /api/v1/programmes:import", "AR");
        // (issue 19: processes) A programme's processes with their as-is and to-be BPMN diagrams: read (the pages,
        // the XML and the SVG) by all who see the programme, written by its coordinators, who also draw or upload the
        // diagrams and point changes of the benefit map to them (the world's process has an as-is diagram).
        path("GET /programmes/{id}/processes", "*");
        path("GET /programmes/{id}/processes/new", "AK");
        path("POST /programmes/{id}/processes", "AK");
        path("GET /programmes/{id}/processes/{process}", "*");
        path("GET /programmes/{id}/processes/{process}/edit", "AK");
        path("POST /programmes/{id}/processes/{process}", "AK");
        path("GET /programmes/{id}/processes/{process}/diagrams/{phase}", "AK");
        path("POST /programmes/{id}/processes/{process}/diagrams/{phase}", "AK");
        path("GET /programmes/{id}/processes/{process}/diagrams/{phase}.bpmn", "*");
        path("GET /programmes/{id}/processes/{process}/diagrams/{phase}.svg", "*");
        path("POST /programmes/{id}/processes/{process}/changes", "AK");
        path("POST /programmes/{id}/processes/{process}/changes/delete", "AK");
        // (issue 19: processes) The processes' JSON API: read by all who see the programme (the diagrams' XML and
        // SVG too), written by its coordinators.
        path("GET /api/v1/programmes/{id}/processes", "*");
        path("GET /api/v1/programmes/{id}/processes/{process}", "*");
        path("POST /api/v1/programmes/{id}/processes", "AK");
        path("PUT /api/v1/programmes/{id}/processes/{process}", "AK");
        path("DELETE /api/v1/programmes/{id}/processes/{process}", "AK");
        path("GET /api/v1/programmes/{id}/processes/{process}/diagrams/{phase}", "*");
        path("PUT /api/v1/programmes/{id}/processes/{process}/diagrams/{phase}", "AK");
        path("GET /api/v1/programmes/{id}/processes/{process}/diagrams/{phase}/svg", "*");
    }

    private AuthorisationMatrix() {}

    private static void path(String route, String roles) {
        ROUTES.put(route, new Entry(roles(roles), Scope.PATH));
    }

    private static void path(String route, String roles, String outsideRoles) {
        ROUTES.put(route, new Entry(roles(roles), Scope.PATH, roles(outsideRoles)));
    }

    private static void body(String route, String roles) {
        ROUTES.put(route, new Entry(roles(roles), Scope.BODY));
    }

    private static void none(String route, String roles) {
        ROUTES.put(route, new Entry(roles(roles), Scope.NONE));
    }

    private static void own(String route, String roles) {
        ROUTES.put(route, new Entry(roles(roles), Scope.OWN));
    }

    private static Set<Role> roles(String letters) {
        if (letters.equals("*")) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (char c : letters.toCharArray()) {
            roles.add(
                    switch (c) {
                        case 'A' -> Role.ADMINISTRATOR;
                        case 'K' -> Role.GEVINSTKOORDINATOR;
                        case 'E' -> Role.GEVINSTEIER;
                        case 'M' -> Role.MAALEANSVARLIG;
                        case 'S' -> Role.STYRINGSGRUPPE;
                        case 'L' -> Role.LESER;
                        case 'R' -> Role.REGIONAL_KOORDINATOR;
                        default -> throw new IllegalArgumentException("No role " + c);
                    });
        }
        return roles;
    }
}
