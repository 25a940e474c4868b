package no.gevinst.shared;

/**
 * One thing wrong in a document being imported: where (a JSON path such as {@code $.parts.benefit.benefit[3].kind})
 * and what, as a message key with its arguments.
 */
public record ImportProblem(String path, String messageKey, java.util.List<Object> arguments) {

    public static ImportProblem of(String path, String messageKey, Object... arguments) {
        return new ImportProblem(path, messageKey, java.util.List.of(arguments));
    }

    public FieldViolation asViolation() {
        return new FieldViolation(path, messageKey, arguments);
    }
}
