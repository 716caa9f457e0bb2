package org.appregistry.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.appregistry.common.ConflictException;
import org.appregistry.common.DomainException;
import org.appregistry.common.FieldProblem;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of /api as RFC 9457 problem+json. Rule violations are 422 with
 * {@code errors: [{field, message}]}; the message of an unexpected fault is never shown,
 * because it may carry data the caller must not see.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    static final URI VALIDATION = URI.create("urn:app-registry:problem:validation");

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e) {
        return of(e);
    }

    /** The problem for a refusal of the domain's rules; /engine-rest answers with the same. */
    public static ProblemDetail of(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return validationProblem(invalid.problems());
        }
        if (e instanceof NotFoundException) {
            return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
        }
        if (e instanceof ConflictException) {
            return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        }
        throw new IllegalStateException("no problem response for " + e.getClass().getName());
    }

    /** Two writes to the same record at once: the later one loses and may simply try again. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "The record changed while this request was handled; "
                + "read it again and retry.");
    }

    /**
     * A multipart body the server cannot read (cut short, no boundary, …) is the client's fault;
     * an upload too large keeps its own answer (413), as a more specific handler.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The multipart body cannot be read.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> problems.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        return ResponseEntity.unprocessableEntity().body(validationProblem(problems));
    }

    /** A body that is not JSON, or a value of the wrong JSON type, names the field when it can. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = fieldPath(mismatch);
            String message;
            if (mismatch instanceof TextInputs.RefusedText refused) {
                message = refused.getOriginalMessage();
            } else if (mismatch instanceof UnrecognizedPropertyException) {
                message = "is not a field of this request";
            } else if (mismatch instanceof InvalidFormatException bad) {
                message = "has an unreadable value '" + shortened(String.valueOf(bad.getValue())) + "'";
            } else {
                message = "has the wrong type";
            }
            return ResponseEntity.unprocessableEntity()
                    .body(validationProblem(List.of(new FieldProblem(field, message))));
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The request body is not valid JSON."));
    }

    /** An echoed value stays short, whatever was sent. */
    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static ProblemDetail validationProblem(List<FieldProblem> problems) {
        ProblemDetail detail = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed",
                "The request breaks " + problems.size() + " rule(s); nothing was changed.");
        detail.setType(VALIDATION);
        detail.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList());
        return detail;
    }

    static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
