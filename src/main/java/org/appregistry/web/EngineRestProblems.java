package org.appregistry.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.appregistry.common.DomainException;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * /engine-rest answers a refusal of the domain's rules (a start whose first step refuses the
 * listing, a request for an app that is not ACTIVE, …) with the same problem response as /api,
 * instead of Camunda's 500 for an unknown exception.
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

    private final ObjectMapper json;

    EngineRestProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customize(ResourceConfig config) {
        config.register(new DomainExceptionMapper(json));
    }

    static final class DomainExceptionMapper implements ExceptionMapper<DomainException> {

        private final ObjectMapper json;

        DomainExceptionMapper(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public Response toResponse(DomainException refused) {
            ProblemDetail problem = ProblemResponses.of(refused);
            try {
                return Response.status(problem.getStatus()).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .entity(json.writeValueAsString(problem)).build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a problem response", e);
            }
        }
    }
}
