package org.appregistry.identity;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.appregistry.common.DomainException;
import org.appregistry.web.ProblemResponses;
import org.appregistry.workflow.AsSystem;
import org.appregistry.workflow.ProcessContract.TaskRef;
import org.appregistry.workflow.ProcessContract;
import org.appregistry.workflow.Refusals;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The guard on the engine's own REST doors: /engine-rest and the mount Tasklist uses,
 * /camunda/api/engine. Camunda's authorizations say who may complete a task or start a process,
 * never what they may send with it, and they let anyone who may start a process start it in the
 * middle. So a person who is not an operator may do here only what Tasklist does: read their
 * tasks, filters and startable processes, claim a task for themselves, answer it with the fields
 * its form declares, and start a process plainly with the fields its start form declares.
 * Everything else is the operators'. A refusal of the domain's rules raised inside the engine
 * (a task's use case saying no) is answered with the domain's problem response and its 4xx status.
 */
public class EngineDoors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineDoors.class);
    private static final int MAX_BODY = 1024 * 1024;
    private static final PathPatternParser PATTERNS = new PathPatternParser();
    /** Value types a person's form can produce; never serialized Java objects. */
    private static final Set<String> FORM_TYPES = Set.of("String", "Boolean", "Integer", "Long", "Short",
            "Double", "Date", "Json", "Null");

    private final ProcessEngine engine;
    private final ProcessContract contract;
    private final String webappEnginePath;
    private final ObjectMapper json;
    private final List<Rule> rules;

    public EngineDoors(ProcessEngine engine, ProcessContract contract, String webappPath, ObjectMapper json) {
        this.engine = engine;
        this.contract = contract;
        this.webappEnginePath = webappPath + "/api/engine";
        this.json = json;
        this.rules = List.of(
                read("/engine"), read("/version"),
                read("/user/{userId}/profile").when(own("userId")),
                read("/identity/groups").when(ownQuery("userId")),
                read("/group").when(ownQuery("member")), read("/group/count").when(ownQuery("member")),
                read("/filter"), read("/filter/count"), read("/filter/{id}"),
                query("/filter/{id}/list"), query("/filter/{id}/count"), query("/filter/{id}/singleResult"),
                query("/task"), query("/task/count"),
                read("/task/{id}"), read("/task/{id}/form"), read("/task/{id}/deployed-form"),
                read("/task/{id}/rendered-form"), read("/task/{id}/form-variables"), read("/task/{id}/variables"),
                read("/task/{id}/variables/{name}"), read("/task/{id}/localVariables"),
                read("/task/{id}/localVariables/{name}"), read("/task/{id}/identity-links"),
                read("/task/{id}/comment"), read("/task/{id}/comment/{commentId}"),
                post("/task/{id}/claim").when(ownBody("userId")), post("/task/{id}/unclaim"),
                post("/task/{id}/assignee").when(ownBody("userId")),
                post("/task/{id}/complete").when(taskAnswer()), post("/task/{id}/submit-form").when(taskAnswer()),
                read("/process-definition"), read("/process-definition/count"),
                read("/process-definition/{id}"), read("/process-definition/key/{key}"),
                read("/process-definition/{id}/xml"), read("/process-definition/key/{key}/xml"),
                read("/process-definition/{id}/startForm"), read("/process-definition/key/{key}/startForm"),
                read("/process-definition/{id}/deployed-start-form"),
                read("/process-definition/key/{key}/deployed-start-form"),
                read("/process-definition/{id}/rendered-form"), read("/process-definition/key/{key}/rendered-form"),
                read("/process-definition/{id}/form-variables"),
                read("/process-definition/key/{key}/form-variables"),
                post("/process-definition/{id}/start").when(plainStart()),
                post("/process-definition/key/{key}/start").when(plainStart()),
                post("/process-definition/{id}/submit-form").when(plainStart()),
                post("/process-definition/key/{key}/submit-form").when(plainStart()));
    }

    /** A request to decide on; its body is read only when a rule must look at it. */
    private record Call(Map<String, String> pathVariables, CachedBody request, String userId, ObjectMapper json) {

        JsonNode body() {
            return request.json(json);
        }
    }

    private record Rule(Set<String> methods, PathPattern pattern, Check check) {

        Rule when(Check more) {
            return new Rule(methods, pattern, more);
        }
    }

    /** Allows the call, or says why not. */
    @FunctionalInterface
    private interface Check {
        Optional<String> refuse(Call call);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = enginePath(request);
        Optional<Person> person = person(request);
        CachedBody body = new CachedBody(request);
        if (!"/engine".equals(path) && person.isEmpty()) {
            log.debug("refused {} {}: nobody signed in", request.getMethod(), path);
            write(response, HttpStatus.UNAUTHORIZED, "Sign in first.");
            return;
        }
        if (person.isPresent() && !person.get().isOperator()) {
            Optional<String> refused = decide(request.getMethod(), path, body, person.get());
            if (refused.isPresent()) {
                log.debug("refused {} {} to {}: {}", request.getMethod(), path, person.get().userId(), refused.get());
                write(response, HttpStatus.FORBIDDEN, refused.get());
                return;
            }
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Refusals.watch();
        try {
            chain.doFilter(body, answer);
            Optional<DomainException> refusal = Refusals.take();
            if (refusal.isPresent() && answer.getStatus() >= 400) {
                answer.resetBuffer();
                ProblemDetail problem = ProblemResponses.of(refusal.get());
                answer.setStatus(problem.getStatus());
                answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(answer.getOutputStream(), problem);
            }
        } finally {
            Refusals.take();
            answer.copyBodyToResponse();
        }
    }

    private Optional<String> decide(String method, String path, CachedBody body, Person person) {
        PathContainer container = PathContainer.parsePath(path);
        for (Rule rule : rules) {
            var match = rule.methods().contains(method) ? rule.pattern().matchAndExtract(container) : null;
            if (match != null) {
                Call call = new Call(match.getUriVariables(), body, person.userId(), json);
                return rule.check() == null ? Optional.empty() : rule.check().refuse(call);
            }
        }
        return Optional.of("Only operators may " + method + " " + path + " here. Developers and organisation "
                + "members start processes and answer their tasks, as in Tasklist.");
    }

    /** The path below the engine root, without a named engine ({@code /engine/default}). */
    private String enginePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String root = path.startsWith(webappEnginePath) ? webappEnginePath : "/engine-rest";
        path = path.substring(Math.min(root.length(), path.length())).replaceAll("/+$", "");
        if (path.matches("/engine/[^/]+(/.*)?")) {
            int rest = path.indexOf('/', "/engine/".length());
            path = rest < 0 ? "" : path.substring(rest);
        }
        return path.isEmpty() ? "/engine" : path;
    }

    private record Person(String userId, Set<String> groups) {
        boolean isOperator() {
            return groups.contains(Groups.OPERATORS) || groups.contains(Groups.CAMUNDA_ADMIN);
        }
    }

    /** /engine-rest: Spring Security's Basic login; the webapps: Camunda's session login. */
    private Optional<Person> person(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(new Person(user.userId(), user.groupIds()));
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + webappEnginePath)) {
            Authentications webapp = request.getSession(false) == null ? Authentications.getCurrent()
                    : AuthenticationUtil.getAuthsFromSession(request.getSession(false));
            if (webapp != null && webapp.getAuthenticationForProcessEngine(engine.getName())
                    instanceof UserAuthentication user) {
                return Optional.of(new Person(user.getName(), Set.copyOf(user.getGroupIds())));
            }
        }
        return Optional.empty();
    }

    // ---- the rules

    private static Rule read(String pattern) {
        return new Rule(Set.of("GET", "HEAD"), PATTERNS.parse(pattern), null);
    }

    private static Rule post(String pattern) {
        return new Rule(Set.of("POST"), PATTERNS.parse(pattern), null);
    }

    /** A query, which Camunda also takes as a POST with its criteria in the body; the engine filters its results. */
    private static Rule query(String pattern) {
        return new Rule(Set.of("GET", "HEAD", "POST"), PATTERNS.parse(pattern), null);
    }

    private static Check own(String pathVariable) {
        return call -> call.userId().equals(call.pathVariables().get(pathVariable)) ? Optional.empty()
                : Optional.of("Only your own " + pathVariable + ".");
    }

    private static Check ownQuery(String parameter) {
        return call -> call.userId().equals(call.request().getParameter(parameter)) ? Optional.empty()
                : Optional.of("Only with " + parameter + "=" + call.userId() + ".");
    }

    private static Check ownBody(String field) {
        return call -> {
            JsonNode value = call.body().path(field);
            return call.userId().equals(value.asText(null)) ? Optional.empty()
                    : Optional.of("A task can be claimed or assigned only to yourself.");
        };
    }

    /** A task's answer: only the fields of the task's form, with values a form can produce. */
    private Check taskAnswer() {
        return call -> {
            Optional<TaskRef> task = taskRef(call.pathVariables().get("id"));
            if (task.isEmpty()) {
                // the engine would answer a 500 for a task that does not exist
                return Optional.of("There is no such task to answer.");
            }
            return onlyFields(call.body(), Set.of("variables", "withVariablesInReturn"),
                    contract.fieldsOf(task.get()), "this task's form");
        };
    }

    /** A start as Tasklist makes it: the start form's fields, no business key, no start instructions. */
    private Check plainStart() {
        return call -> {
            Optional<String> key = processKey(call.pathVariables());
            if (key.isEmpty()) {
                return Optional.empty(); // the engine answers an unknown definition itself
            }
            return onlyFields(call.body(), Set.of("variables", "withVariablesInReturn"),
                    contract.startFieldsOf(key.get()), "the start form of " + key.get());
        };
    }

    private static Optional<String> onlyFields(JsonNode body, Set<String> allowedMembers, Set<String> fields,
            String form) {
        if (!body.isObject()) {
            return Optional.of("The body must be a JSON object.");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedMembers.contains(name)) {
                return Optional.of("'" + name + "' is for operators only: send the form's variables and nothing else.");
            }
        }
        JsonNode variables = body.path("variables");
        for (Iterator<Map.Entry<String, JsonNode>> entries = variables.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = entries.next();
            if (!fields.contains(variable.getKey())) {
                return Optional.of("'" + variable.getKey() + "' is not a field of " + form + ".");
            }
            String type = variable.getValue().path("type").asText("String");
            if (!FORM_TYPES.contains(type)) {
                return Optional.of("'" + variable.getKey() + "' has the type " + type + ", which no form sends.");
            }
        }
        return Optional.empty();
    }

    private Optional<TaskRef> taskRef(String taskId) {
        return Optional.ofNullable(AsSystem.call(engine, () -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (task == null || task.getProcessDefinitionId() == null) {
                return null;
            }
            ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(
                    task.getProcessDefinitionId());
            return new TaskRef(definition.getKey(), task.getTaskDefinitionKey());
        }));
    }

    private Optional<String> processKey(Map<String, String> pathVariables) {
        if (pathVariables.containsKey("key")) {
            return Optional.of(pathVariables.get("key"));
        }
        return Optional.ofNullable(AsSystem.call(engine, () -> engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionId(pathVariables.get("id")).list().stream()
                .findFirst().map(ProcessDefinition::getKey).orElse(null)));
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body read once, so that a rule can look at it and the engine still gets it. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private byte[] bytes;

        CachedBody(HttpServletRequest request) {
            super(request);
        }

        JsonNode json(ObjectMapper json) {
            try {
                byte[] content = bytes();
                return content.length == 0 ? json.createObjectNode() : json.readTree(content);
            } catch (IOException e) {
                return json.getNodeFactory().textNode("unreadable");
            }
        }

        private byte[] bytes() throws IOException {
            if (bytes == null) {
                byte[] read = super.getInputStream().readNBytes(MAX_BODY + 1);
                if (read.length > MAX_BODY) {
                    throw new IOException("body larger than " + MAX_BODY + " bytes");
                }
                bytes = read;
            }
            return bytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bytes == null) {
                return super.getInputStream();
            }
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }
}
