package org.appregistry.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api: HTTP Basic with a user of Camunda's identity, as everywhere. */
@Configuration
class OpenApiConfiguration {

    private static final String BASIC = "basic";

    @Bean
    OpenAPI appRegistryApi() {
        return new OpenAPI()
                .info(new Info().title("app-registry").version("1")
                        .description("Registration, production readiness, the API Subscription Agreement, download "
                                + "requests, credentials and environment sync of third-party FHIR apps. Errors are "
                                + "RFC 9457 problem responses; rule violations are 422 with errors [{field, message}]."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
