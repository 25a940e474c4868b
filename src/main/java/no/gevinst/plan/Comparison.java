package no.gevinst.plan;

import java.util.List;

/**
 * What moved between two versions of a plan, field by field, with who made the later version and why.
 *
 * @param changedBy the user who drafted the later version (and who approved it, when it is approved)
 * @param reason the later version's reason for change
 */
public record Comparison(int from, int to, String changedBy, String reason, List<Change> changes) {

    public Comparison {
        changes = List.copyOf(changes);
    }

    /**
     * The message key prefixes under which a field's values have names in the reader's language (a status, a
     * class, a frequency), to try in order; empty when the values are shown as they are.
     */
    public static List<String> valuePrefixes(String field) {
        return switch (field) {
            case "plan.field.status" -> List.of("benefit.status.", "plan.measureStatus.", "plan.riskStatus.");
            case "plan.field.benefitClass" -> List.of("benefit.class.");
            case "plan.field.frequency" -> List.of("indicator.frequency.");
            default -> List.of();
        };
    }

    /** How a field's values are written in the comparison: kroner, dates and numbers as their raw text. */
    public enum ValueKind {
        TEXT,
        KRONER,
        DATE,
        NUMBER
    }

    /** What a field's values are, so that a page can write "25 036 425 kr" and 31.12.2027 for them. */
    public static ValueKind valueKind(String field) {
        return switch (field) {
            case "plan.field.netPresentValue", "plan.field.nokPerYear", "plan.field.cost" -> ValueKind.KRONER;
            case "plan.field.expectedStart", "plan.field.fullEffect", "plan.field.deadline" -> ValueKind.DATE;
            case "plan.field.baseline", "plan.field.target" -> ValueKind.NUMBER;
            default -> ValueKind.TEXT;
        };
    }

    /**
     * One field that differs. A field only in the later version was added, one only in the earlier was removed.
     *
     * @param subject what the field belongs to, e.g. "HP-001 Redusert tid brukt på dokumentasjon"
     * @param field the field's message key, e.g. plan.field.owner
     * @param detail what tells several such fields apart, e.g. the date of a target (ISO); blank when one
     */
    public record Change(String subject, String field, String detail, String before, String after) {

        public boolean added() {
            return before == null;
        }

        public boolean removed() {
            return after == null;
        }
    }
}
