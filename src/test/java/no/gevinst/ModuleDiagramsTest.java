package no.gevinst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams committed under docs/modules are the ones Spring Modulith's Documenter draws from the code
 * today (compared line by line without whitespace, in any order: the Documenter's order of components and relations
 * changes from run to run). When a module's dependencies change, this fails; bring the diagrams up to date
 * with {@code ./mvnw -B -q test -Dtest=ModuleDiagramsTest -Dgevinst.update-module-diagrams=true} and commit them.
 */
class ModuleDiagramsTest {

    private static final Path COMMITTED = Path.of("docs", "modules");

    @Test
    void committedDiagramsAreTheOnesTheModulesDrawToday(@TempDir Path drawn) throws IOException {
        ApplicationModules modules = ApplicationModules.of(GevinstApplication.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Map<String, List<String>> today = diagrams(drawn);
        if (Boolean.getBoolean("gevinst.update-module-diagrams")) {
            update(drawn, today);
        }
        assertThat(today).isNotEmpty();
        Map<String, List<String>> committed = diagrams(COMMITTED);
        Set<String> stale = new TreeSet<>();
        for (String name : union(today.keySet(), committed.keySet())) {
            if (!Objects.equals(today.get(name), committed.get(name))) {
                stale.add(name);
            }
        }
        assertThat(stale)
                .as(
                        "diagrams in docs/modules out of date with the modules; regenerate them as this test's comment says")
                .isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    /** Each diagram by file name: its lines without whitespace, blank ones left out, sorted. */
    private static Map<String, List<String>> diagrams(Path folder) throws IOException {
        Map<String, List<String>> diagrams = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return diagrams;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                diagrams.put(
                        file.getFileName().toString(),
                        Files.readString(file)
                                .lines()
                                .map(line -> line.replaceAll("\\s+", ""))
                                .filter(line -> !line.isEmpty())
                                .sorted()
                                .toList());
            }
        }
        return diagrams;
    }

    private static void update(Path drawn, Map<String, List<String>> today) throws IOException {
        Files.createDirectories(COMMITTED);
        try (Stream<Path> old = Files.list(COMMITTED)) {
            for (Path file : old.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.delete(file);
            }
        }
        for (String name : today.keySet()) {
            Files.copy(drawn.resolve(name), COMMITTED.resolve(name));
        }
    }
}
