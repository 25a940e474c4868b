package no.gevinst.backup.domain;

import java.util.List;
import java.util.stream.Collectors;

/** SQL identifiers read from the catalogue or a backup's manifest, quoted so that no name can be read as SQL. */
final class Identifiers {

    private Identifiers() {}

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String list(List<String> identifiers) {
        return identifiers.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }
}
