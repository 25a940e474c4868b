package no.gevinst.portfolio;

import no.gevinst.TestUsers;

/** The demo's deliberate double count: two Helseplattformen benefits priced on the same reporting hours. */
final class DemoDoubleCount {

    private static final String MANAGEMENT = "Redusert tid til å sammenstille styringsinformasjon";
    private static final String REGISTERS = "Bedre datagrunnlag for kvalitetsregistre uten dobbeltregistrering";

    private DemoDoubleCount() {}

    /** The conflict as Helseplattformen's coordinator sees it. */
    static Conflict of(Portfolio portfolio, TestUsers users) {
        return users.callAs("kari", () -> portfolio.conflicts()).stream()
                .map(ConflictStatus::conflict)
                .filter(c -> c.benefits().stream().anyMatch(b -> b.title().equals(MANAGEMENT))
                        && c.benefits().stream().anyMatch(b -> b.title().equals(REGISTERS)))
                .findFirst()
                .orElseThrow();
    }
}
