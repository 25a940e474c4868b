package no.gevinst.shared;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a JSON API operation that changes a record with the version read as If-Match and answers as
 * {@link ApiWrites#changed} (200 with the new version as ETag): a body that does not parse or a missing If-Match gets 400, a stale version 409.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponses({
    @ApiResponse(responseCode = "200", description = "Changed; its ETag carries the new version"),
    @ApiResponse(responseCode = "400", description = "Bad input (each bad field named) or no If-Match"),
    @ApiResponse(responseCode = "409", description = ApiDelete.STALE)
})
public @interface ApiChange {}
