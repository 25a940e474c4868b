package no.gevinst.config.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
                                (or `If-Match`) and a stale write gets 409 and changes nothing."""))
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
}
