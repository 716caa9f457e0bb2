package org.appregistry.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description of /api and the built-in environments (Swagger UI, /v3/api-docs): HTTP
 * Basic with a user of Camunda's identity, as everywhere. Each operation says what it does in its
 * own {@code @Operation}; the refusals every door answers alike (RFC 9457 problems) are declared
 * here from what the operation takes, and the main request bodies get an example each.
 */
@Configuration
class OpenApiConfiguration {

    private static final String BASIC = "basic";
    private static final String PROBLEM = "application/problem+json";
    /** Readable without a login: the catalogue (SecurityConfiguration), the environments' discovery. */
    private static final Set<String> PUBLIC = Set.of("ConnectionHubController", "Discovery", "SignupController");
    /** Any signed-in user may call these: nothing to forbid. */
    private static final Set<String> FOR_EVERYONE_SIGNED_IN = Set.of("MeController", "CatalogController",
            "NotificationController");

    private final ObjectMapper json;

    OpenApiConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Bean
    OpenAPI appRegistryApi() {
        return new OpenAPI()
                .info(new Info().title("app-registry").version("1")
                        .description("Registration, production readiness, the API Subscription Agreement, download "
                                + "requests, credentials and environment sync of third-party FHIR apps in a developer "
                                + "programme, and its public Connection Hub catalogue. Sign in with HTTP Basic as a "
                                + "user of the programme (the Tasklist account). Errors are RFC 9457 problem "
                                + "responses; a broken rule is 422 with errors [{field, message}] and changes nothing.")
                        .contact(new Contact().name("App registry programme operators").url("/"))
                        .license(new License().name("Proprietary: for the programme's developers and "
                                + "organisations under the API Subscription Agreement").url("/agreement")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** The refusals each operation can answer, from what it takes; its example body, if it has one. */
    @Bean
    OperationCustomizer refusalsAndExamples() {
        return (operation, handler) -> {
            String controller = handler.getBeanType().getSimpleName();
            Method method = handler.getMethod();
            RequestMethod verb = verb(method);
            boolean isPublic = PUBLIC.contains(controller);
            if (!isPublic) {
                respond(operation, "401", "Not signed in: HTTP Basic with a user of the programme is required.");
                if (!FOR_EVERYONE_SIGNED_IN.contains(controller)) {
                    respond(operation, "403", "The signed-in user may not do this (another vendor's or "
                            + "organisation's data, or the wrong role).");
                }
            }
            if (has(handler, PathVariable.class)) {
                respond(operation, "404", "No such record, or one the signed-in user may not know of.");
            }
            if (verb != RequestMethod.GET) {
                respond(operation, "409", "The record's state does not allow this now (the problem says why), "
                        + "or it changed meanwhile.");
            }
            if (has(handler, RequestBody.class) || has(handler, RequestParam.class) || has(handler, RequestPart.class)) {
                respond(operation, "422", "The input breaks a rule: errors [{field, message}] name each field and "
                        + "rule; nothing was changed.");
            }
            example(operation, controller + "." + method.getName());
            return operation;
        };
    }

    private static RequestMethod verb(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
    }

    private static boolean has(HandlerMethod handler, Class<? extends Annotation> annotation) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(annotation));
    }

    private static void respond(Operation operation, String status, String description) {
        if (operation.getResponses().get(status) == null) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem; a broken rule (422) adds errors, one per field and rule.")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema().example("Validation failed"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("The request breaks 1 rule(s); nothing was changed."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema().example("clientId"))
                        .addProperty("message", new StringSchema().example("is required"))));
    }

    /** The main request bodies, as a client would send them. */
    private static final Map<String, Map<String, Object>> EXAMPLES = Map.of(
            "AppController.create", Map.of("name", "Pulse Diary", "publicDocumentationUrl", "https://pulse.example.com",
                    "summary", "Keeps a diary of your pulse.", "description", "Why, what and how.",
                    "audience", "PATIENTS", "incomingApis", List.of("Patient.Read (R4)",
                            "Observation.Search (R4)"),
                    "redirectUris", List.of("https://pulse.example.com/callback")),
            "AppController.change", Map.of("description", "Why: patients forget readings. What: a diary. How: FHIR R4."),
            "AppController.ready", Map.of("termsAccepted", true),
            "OrganizationDownloadsController.request", Map.of("clientId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                    "workedWithTechnicalCoordinator", true, "productsAndInterfacesInPlace", true,
                    "costsEvaluated", true),
            "OrganizationDownloadsController.recordKickoff", Map.of("date", "2026-03-02",
                    "goals", "Go live in the emergency department", "milestones", "Test by April, live by June",
                    "stakeholders", List.of(Map.of("role", "PROJECT_MANAGER", "name", "Pat Kim"))),
            "AgreementController.sign", Map.of("accept", true, "signerName", "Bea Buyer", "signerTitle", "CIO"),
            "ReviewDownloadsController.provide", Map.of("mode", "JWKS_URL",
                    "production", Map.of("jwksUrl", "https://keys.example.com/production/jwks.json"),
                    "nonProduction", Map.of("jwksUrl", "https://keys.example.com/test/jwks.json")),
            "ReviewDownloadsController.answerAll", Map.of("mode", "JWKS_URL",
                    "jwksUrl", "https://keys.example.com/jwks.json"),
            "OrganizationController.create", Map.of("name", "General Hospital", "environments", List.of(
                    Map.of("code", "PRD", "kind", "PRODUCTION"), Map.of("code", "TST", "kind", "NON_PRODUCTION"))),
            "VendorController.create", Map.of("name", "Acme Health Apps"));

    private void example(Operation operation, String key) {
        Map<String, Object> body = EXAMPLES.get(key);
        if (body == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        try {
            Object value = json.readValue(json.writeValueAsString(body), Object.class);
            operation.getRequestBody().getContent().values()
                    .forEach(media -> media.addExamples("example", new Example().summary("A typical request")
                            .value(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("example of " + key, e);
        }
    }
}
