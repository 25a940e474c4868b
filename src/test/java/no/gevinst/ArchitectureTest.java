package no.gevinst;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Repository;

/**
 * The module contracts Spring Modulith cannot see (issue 21): repositories are package-private, a module's domain
 * never uses a web package, every package is {@code @NullMarked}, and a module's SQL touches only its own tables,
 * decided by the table names in each class's string constants (the SQL text blocks) against {@link TableOwners}.
 */
@AnalyzeClasses(packages = "no.gevinst", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .or()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .because("a module's tables are reached through its facade, never through its repositories");

    @ArchTest
    static final ArchRule domainNeverUsesWeb = noClasses()
            .that()
            .resideInAPackage("no.gevinst.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("no.gevinst.*.web..")
            .because("the model knows nothing of pages, forms and HTTP");

    @ArchTest
    static final ArchRule onlyAModulesOwnClassesTouchItsTables = classes()
            .that()
            .resideOutsideOfPackages(TableOwners.EXEMPT_MODULES.stream()
                    .map(module -> "no.gevinst." + module + "..")
                    .toArray(String[]::new))
            .should(touchOnlyTheirModulesTables());

    @ArchTest
    static void everyPackageIsNullMarked(JavaClasses classes) {
        Set<String> unmarked = new TreeSet<>();
        for (JavaClass type : classes) {
            JavaPackage pkg = type.getPackage();
            if (!pkg.isAnnotatedWith(NullMarked.class)) {
                unmarked.add(pkg.getName());
            }
        }
        assertThat(unmarked)
                .as("packages without @NullMarked in their package-info.java")
                .isEmpty();
    }

    /** Every table the migrations create has an owning module, so that the table rule judges it. */
    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Pattern createTable =
                Pattern.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
        for (Resource migration :
                new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            Matcher m = createTable.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                created.add(m.group(1).toLowerCase());
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(TableOwners.OWNER.keySet())
                .as("tables created by a migration without an owner in TableOwners.OWNER")
                .containsAll(created);
    }

    /** The table rule reads the SQL in a class's constants: a class outside the benefit module reading benefit fails. */
    @Test
    void aReadOfAnotherModulesTableIsCaught() {
        JavaClasses trespasser = new ClassFileImporter().importClasses(Trespasser.class);
        assertThat(SqlTables.of(trespasser.get(Trespasser.class))).containsExactly("benefit");
        assertThat(classes()
                        .should(touchOnlyTheirModulesTables())
                        .evaluate(trespasser)
                        .hasViolation())
                .isTrue();
    }

    static final class Trespasser {
        static String codes() {
            return """
                    SELECT code FROM benefit WHERE programme_id = ?
                    """;
        }
    }

    private static ArchCondition<JavaClass> touchOnlyTheirModulesTables() {
        return new ArchCondition<>("touch only their own module's tables in their SQL") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String module = TableOwners.moduleOf(type.getPackageName());
                for (String table : SqlTables.of(type)) {
                    String owner = TableOwners.OWNER.get(table);
                    if (owner == null || owner.equals(module)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(
                            type,
                            "%s (module %s) touches table %s of module %s"
                                    .formatted(type.getName(), module, table, owner)));
                }
            }
        };
    }

    /** The tables a class's SQL names, read from the string constants of its class file. */
    static final class SqlTables {

        private static final Pattern TABLE_AFTER_KEYWORD =
                Pattern.compile("(?i)\\b(?:from|join|into|update|table|truncate|copy)\\s+([a-z_][a-z0-9_]*)");

        private static final int CONSTANT_STRING = 8;

        private SqlTables() {}

        static Set<String> of(JavaClass type) {
            Set<String> tables = new TreeSet<>();
            for (String constant : stringConstants(type)) {
                Matcher m = TABLE_AFTER_KEYWORD.matcher(constant);
                while (m.find()) {
                    String name = m.group(1).toLowerCase();
                    if (TableOwners.OWNER.containsKey(name)) {
                        tables.add(name);
                    }
                }
            }
            return tables;
        }

        private static Set<String> stringConstants(JavaClass type) {
            Set<String> constants = new TreeSet<>();
            try (InputStream in = type.getSource()
                    .orElseThrow(() -> new IllegalStateException("no class file for " + type.getName()))
                    .getUri()
                    .toURL()
                    .openStream()) {
                org.springframework.asm.ClassReader reader = new org.springframework.asm.ClassReader(in);
                char[] buffer = new char[reader.getMaxStringLength()];
                for (int item = 1; item < reader.getItemCount(); item++) {
                    int offset = reader.getItem(item);
                    if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_STRING) {
                        constants.add(reader.readUTF8(offset, buffer));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the class file of " + type.getName(), e);
            }
            return constants;
        }
    }
}
