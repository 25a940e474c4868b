package no.gevinst.shared;

/** The record asked for does not exist (or is not visible to the asker). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super("%s %s not found".formatted(entity, id));
    }
}
