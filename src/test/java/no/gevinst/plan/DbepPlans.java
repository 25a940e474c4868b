package no.gevinst.plan;

import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.springframework.stereotype.Component;

/**
 * The DBEP programme's own plan, made once and shared by the follow-up tests: the Helseplattformen plans belong to
 * other tests, and one plan per programme and party is all the method allows.
 */
@Component
class DbepPlans {

    private final Plans plans;
    private final Programmes programmes;
    private final TestUsers users;

    DbepPlans(Plans plans, Programmes programmes, TestUsers users) {
        this.plans = plans;
        this.programmes = programmes;
        this.users = users;
    }

    Programme dbep() {
        return users.callAs(
                "dina",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("DBEP"))
                        .findFirst()
                        .orElseThrow());
    }

    synchronized Plan programmePlan() {
        Programme dbep = dbep();
        return users.callAs(
                "dina",
                () -> plans.ofProgramme(dbep.id()).stream()
                        .filter(Plan::isProgrammePlan)
                        .findFirst()
                        .orElseGet(() ->
                                plans.create(dbep.id(), new Plans.PlanInput("", "Gevinstrealiseringsplan for DBEP"))));
    }
}
