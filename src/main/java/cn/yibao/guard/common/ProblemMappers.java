package cn.yibao.guard.common;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every refusal into an RFC 9457 problem: malformed JSON, wrong types, failed constraints,
 * wrong tokens, missing roles, unknown resources and the service's own refusals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return respond(Problem.invalid(detail, errors), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.of(e), uri);
    }

    /** More specific than {@link #json}, so that it wins over the REST layer's own mapper for this type. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.forbidden("Your role does not allow this request"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(Problem.of(status, slug, title, e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(Problem.of(500, "internal", "Internal error",
                "The service could not complete the request; it has been logged", List.of()), uri);
    }

    private Response unauthorized(UriInfo uri) {
        Problem p = Problem.of(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required", List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(p.withInstance(uri.getPath())).build();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath())).build();
    }

    /** {@code check.arg0.orders[3].quantity} becomes {@code orders[3].quantity}. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** Problems for the ways a JSON body can fail to bind. */
    static final class JsonProblems {

        private JsonProblems() {
        }

        static Problem of(JsonProcessingException e) {
            if (e instanceof UnrecognizedPropertyException u) {
                return Problem.invalidField(path(u), "unknown field");
            }
            if (e instanceof InvalidFormatException f) {
                return Problem.invalidField(path(f), "cannot read '" + f.getValue() + "' as "
                        + typeName(f.getTargetType()));
            }
            if (e instanceof ValueInstantiationException v) {
                String message = v.getCause() != null ? v.getCause().getMessage() : v.getOriginalMessage();
                return Problem.invalidField(path(v), message);
            }
            if (e instanceof MismatchedInputException m) {
                String expected = m.getTargetType() != null ? typeName(m.getTargetType()) : "another type";
                return Problem.invalidField(path(m), "wrong type: expected " + expected);
            }
            if (e instanceof StreamConstraintsException) {
                return Problem.invalidField("body", "too large or too deeply nested: " + e.getOriginalMessage());
            }
            if (e instanceof JsonMappingException m && m.getCause() instanceof JsonParseException p) {
                // A syntax error inside a list is wrapped with the list's path only; the parser knows the field.
                return of(p);
            }
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                return Problem.invalidField(path(m), m.getOriginalMessage());
            }
            if (e instanceof JsonParseException p) {
                String where = p.getLocation() != null
                        ? " at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr()
                        : "";
                String field = currentField(p);
                return Problem.invalidField(field, "malformed JSON" + where + ": " + p.getOriginalMessage());
            }
            return Problem.invalidField("body", "malformed JSON: " + e.getOriginalMessage());
        }

        static String path(JsonMappingException e) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : e.getPath()) {
                if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                } else if (ref.getFieldName() != null) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(ref.getFieldName());
                }
            }
            return field.isEmpty() ? "body" : field.toString();
        }

        private static String currentField(JsonParseException e) {
            if (e.getProcessor() == null || e.getProcessor().getParsingContext() == null) {
                return "body";
            }
            var context = e.getProcessor().getParsingContext();
            StringBuilder path = new StringBuilder();
            for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
                String part = c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]"
                        : (c.getCurrentName() != null ? "." + c.getCurrentName() : "");
                path.insert(0, part);
            }
            String field = path.toString();
            if (field.startsWith(".")) {
                field = field.substring(1);
            }
            return field.isEmpty() ? "body" : field;
        }

        private static String typeName(Class<?> type) {
            if (type == null) {
                return "value";
            }
            if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                    || type == double.class) {
                return "a number";
            }
            if (type == String.class) {
                return "a string";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                return "a date or time (ISO-8601)";
            }
            if (type.isEnum()) {
                return "one of " + java.util.Arrays.toString(type.getEnumConstants());
            }
            if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
                return "a list";
            }
            return "an object";
        }
    }
}
