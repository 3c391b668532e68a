package cn.yibao.guard.common;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param type   identifies the kind of problem; a stable URI under {@link #TYPE_BASE}
 * @param errors the fields at fault; empty when the problem is not about one field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://yibao-guard.cn/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, errors);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return of(400, "invalid-request", "Invalid request", detail, errors);
    }

    public static Problem invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static Problem notFound(String detail) {
        return of(404, "not-found", "Not found", detail, List.of());
    }

    public static Problem conflict(String detail) {
        return of(409, "conflict", "Conflict", detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail, List.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
