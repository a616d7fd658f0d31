package org.lfpl.servicedefaults.problem;

/** One field-level message inside a problem's {@code errors} member. */
public record FieldError(String field, String message) {}
