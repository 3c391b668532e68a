package cn.yibao.guard.common;

/**
 * One reason a request was refused, naming the field in the request body's own terms,
 * e.g. {@code orders[3].quantity}.
 */
public record FieldError(String field, String message) {
}
