package no.gevinst.shared;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a JSON API read, of a list or of one record ({@link ApiWrites#one}). Needed where a controller declares
 * its problem responses for all its operations: springdoc then writes no 200 of its own, and the read would have no
 * success response in the document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
        responseCode = "200",
        description = "Found; one record carries its version as ETag, to send back as If-Match")
public @interface ApiRead {}
