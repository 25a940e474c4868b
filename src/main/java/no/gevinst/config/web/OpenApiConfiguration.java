package no.gevinst.config.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API as a whole in {@code /api/v1/openapi.json}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI gevinstOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Gevinst API").version("v1").description("""
                                Benefits realisation for the Norwegian health sector. Errors are RFC 9457 problem \
                                details whose `errors` list names each bad field; writes carry the `version` read \
                                (or `If-Match`) and a stale write gets 409 and changes nothing.

                                **Numbers.** Every number the API writes is a plain JSON number in decimal notation, \
                                never in exponent form (`64000000`, not `6.4E7`; `0.0001`, not `1.0E-4`). Money is \
                                Norwegian kroner (NOK) as such a number, with the decimals it was given (`1250000.50`); \
                                read it as a decimal, not as binary floating point, to keep every øre. Simulated and \
                                other computed figures (percentiles, shares) are plain numbers too. Request bodies take \
                                money and measured values as decimal strings (`"1250000.50"`), read once at the edge, \
                                and versions, years, counts and rates as JSON numbers; a value that does not parse \
                                gets 400 naming the field.

                                **Errors.** Each operation lists the problem responses it can give; all share the \
                                `ProblemDetail` schema (`application/problem+json`)."""))
                .servers(java.util.List.of(
                        new io.swagger.v3.oas.models.servers.Server().url("/").description("This installation")))
                // Either scheme authenticates a call: an API token (made on the page API-nøkler or with POST
                // /api/v1/tokens), or a person's password while gevinst.security.basic-auth leaves Basic on.
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("gvt_…")
                                        .description("An API token from /tokens or POST /api/v1/tokens"))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer gevinstProblemResponses() {
        return new ProblemResponses();
    }

    @Bean
    OpenApiCustomizer gevinstApiHousekeeping() {
        return new ApiHousekeeping();
    }

    @Bean
    OperationCustomizer gevinstDownloadMediaTypes() {
        return new DownloadMediaTypes();
    }
}
