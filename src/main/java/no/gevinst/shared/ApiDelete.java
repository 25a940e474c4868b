package no.gevinst.shared;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a JSON API operation that deletes a record with the version read as If-Match and answers as
 * {@link ApiWrites#deleted}: 204 without a body, 400 without If-Match, 409 when the version is stale.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponses({
    @ApiResponse(responseCode = "204", description = "Deleted"),
    @ApiResponse(responseCode = "400", description = "No If-Match"),
    @ApiResponse(responseCode = "409", description = ApiDelete.STALE)
})
public @interface ApiDelete {

    /** The 409 of every versioned write: the same words whichever record it is. */
    String STALE = "The record changed since it was read: the If-Match version is stale (currentVersion tells the"
            + " current one) and nothing was written";
}
