package no.gevinst.shared;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Documents a JSON API operation that creates a record and answers as {@link ApiWrites#created}: 201 with the record
 * and its version as ETag (the status is also declared, so that the document gives the record's schema under 201),
 * 400 naming each bad field. The other problems every write may answer are added by rule when the document is built.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ResponseStatus(HttpStatus.CREATED)
@ApiResponses({
    @ApiResponse(responseCode = "201", description = "Created; its ETag carries the version to send as If-Match"),
    @ApiResponse(responseCode = "400", description = "Bad input; each bad field is named")
})
public @interface ApiCreate {}
