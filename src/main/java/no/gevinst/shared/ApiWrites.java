package no.gevinst.shared;

import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The shape of the JSON API's answers to reads of one record and to writes, the same in every module: a record is
 * answered with its version as ETag (to send back as If-Match), a created one with 201, a deleted one with 204 and no
 * body. A write reads the version the client read from If-Match; without one it is refused naming {@code version}.
 *
 * <p>{@link #create}, {@link #change} and {@link #delete} are a whole write as every controller does it: the rights
 * first, so a user who may not write is told 403 whatever is wrong with the request (no If-Match, a bad body), then
 * the write, then the answer. Written once here, a controller cannot check them in another order.
 */
public final class ApiWrites {

    private ApiWrites() {}

    /** 200 with the record and its ETag, or a NotFoundException naming the entity when there is none. */
    public static <T> ResponseEntity<T> one(Optional<T> found, ToLongFunction<T> version, String entity, Object id) {
        T body = found.orElseThrow(() -> new NotFoundException(entity, id));
        return changed(body, version.applyAsLong(body));
    }

    /** 201 with the new record and its ETag. */
    public static <T> ResponseEntity<T> created(T body, long version) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Versions.etag(version))
                .body(body);
    }

    /** 200 with the changed record and its new ETag. */
    public static <T> ResponseEntity<T> changed(T body, long version) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }

    /** 204: the record is gone. */
    public static ResponseEntity<Void> deleted() {
        return ResponseEntity.noContent().build();
    }

    /** The version the client read, from If-Match; an InvalidInputException naming {@code version} without one. */
    public static long ifMatch(@Nullable String ifMatch) {
        return Versions.expected(null, ifMatch);
    }

    /** Checks the rights, then creates: 201 with the new record and its ETag. */
    public static <T extends Versioned> ResponseEntity<T> create(Runnable rights, Supplier<T> create) {
        rights.run();
        T created = create.get();
        return created(created, created.version());
    }

    /** Checks the rights, then changes with the version from If-Match: 200 with the record and its new ETag. */
    public static <T extends Versioned> ResponseEntity<T> change(
            Runnable rights, @Nullable String ifMatch, LongFunction<T> change) {
        rights.run();
        T changed = change.apply(ifMatch(ifMatch));
        return changed(changed, changed.version());
    }

    /** Checks the rights, then deletes with the version from If-Match: 204. */
    public static ResponseEntity<Void> delete(Runnable rights, @Nullable String ifMatch, LongConsumer delete) {
        rights.run();
        delete.accept(ifMatch(ifMatch));
        return deleted();
    }
}
