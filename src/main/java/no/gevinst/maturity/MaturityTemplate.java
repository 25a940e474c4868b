package no.gevinst.maturity;

import java.util.List;
import java.util.Optional;

/**
 * What a round asks: dimensions, each with statements a respondent scores from 1 (not at all) to 5 (fully). The texts
 * are in the message bundles, under {@code maturity.dimension.KEY} and {@code maturity.statement.KEY}.
 */
public record MaturityTemplate(String code, List<Dimension> dimensions) {

    /** The lowest and highest score of a statement. */
    public static final int LOWEST = 1;

    public static final int HIGHEST = 5;

    /**
     * The default template, from seed 000 §2.3.6: how prepared and motivated the organisations are for the changes,
     * with the leaders at section and department level, the employees and their union representatives.
     */
    public static final MaturityTemplate DEFAULT = new MaturityTemplate(
            "standard",
            List.of(
                    new Dimension("leadership", List.of("leadership.1", "leadership.2", "leadership.3")),
                    new Dimension("involvement", List.of("involvement.1", "involvement.2", "involvement.3")),
                    new Dimension("standardisation", List.of("standardisation.1", "standardisation.2")),
                    new Dimension("competence", List.of("competence.1", "competence.2", "competence.3")),
                    new Dimension("data", List.of("data.1", "data.2")),
                    new Dimension("change", List.of("change.1", "change.2", "change.3"))));

    public MaturityTemplate {
        dimensions = List.copyOf(dimensions);
    }

    /** The templates a round can be made from. */
    public static List<MaturityTemplate> all() {
        return List.of(DEFAULT);
    }

    public static Optional<MaturityTemplate> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Every statement of the template, dimension by dimension. */
    public List<String> statements() {
        return dimensions.stream().flatMap(d -> d.statements().stream()).toList();
    }

    /** The dimension a statement belongs to. */
    public Optional<Dimension> dimensionOf(String statement) {
        return dimensions.stream()
                .filter(d -> d.statements().contains(statement))
                .findFirst();
    }

    /** One area of maturity and the statements that measure it. */
    public record Dimension(String key, List<String> statements) {

        public Dimension {
            statements = List.copyOf(statements);
        }
    }
}
