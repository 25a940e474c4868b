package no.gevinst.shared;

import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The shape of the JSON API's answers to reads of one record and to writes, the same in every module: a record is
 * answered with its version as ETag (to send back as If-Match), a created one with 201, a deleted one with 204 and no
 * body. A write reads the version the client read from If-Match; without one it is refused naming {@code version}.
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
}
