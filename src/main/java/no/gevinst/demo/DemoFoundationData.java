package no.gevinst.demo;

import java.util.List;

/**
 * The foundation of the demo as its data files write it: organisations ({@code demo/organisations.json}), people
 * ({@code demo/people.json}), programmes ({@code demo/programmes.json}) and users ({@code demo/users.json}). Each
 * refers to the others by demo keys (for example {@code STO}, {@code kari}) and programmes by code.
 */
final class DemoFoundationData {

    private DemoFoundationData() {}

    /** An organisation; {@code parent} is the key of the organisation it belongs to, if any. */
    record Org(String key, String name, String type, String number, String parent) {}

    /** A person working at an organisation. */
    record Someone(String key, String name, String title, String organisation) {}

    /** A login of a person, with one role at an organisation, in one programme when {@code programme} is set. */
    record Login(String username, String person, String role, String organisation, String programme) {}

    /** A programme with its phases, parties, steering group and objectives (numbered in the file's order). */
    record Prog(
            String code,
            String name,
            String description,
            String owner,
            String phase,
            String economicTargetNok,
            String economicTargetFrom,
            List<Phase> phases,
            List<Party> parties,
            List<String> steeringGroup,
            String coFinancier,
            List<String> objectives) {}

    /** A planned phase; an open end is left out. */
    record Phase(String phase, String start, String end) {}

    /** A party of a programme with the person responsible for its benefits. */
    record Party(String organisation, String responsible, String role) {}
}
