package org.lfpl.servicedefaults.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.lfpl.servicedefaults.problem.FieldError;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an operation does not declare, with a 400 naming each one, as unknown
 * body fields are refused: {@code ?strnad=...} must not quietly return everything. Applies to the
 * platform's own controllers ({@code org.lfpl}), not to actuator or the OpenAPI document.
 */
public class UnknownParameters implements HandlerInterceptor {

    private static final int MAX_NAMED = 10;
    /** null: the operation takes any parameter (a Map of them). */
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("org.lfpl.")) {
            return true;
        }
        String query = request.getQueryString();
        if (!StringUtils.hasLength(query)) {
            return true;
        }
        Set<String> known = declared.computeIfAbsent(method.getMethod(), key -> namesOf(method));
        if (known.contains("*")) {
            return true;
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = decode(pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('=')));
            if (!known.contains(name)) {
                unknown.add(name.length() > 100 ? name.substring(0, 100) + "…" : name);
            }
        }
        if (unknown.isEmpty()) {
            return true;
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : unknown) {
            if (errors.size() == MAX_NAMED) {
                break;
            }
            errors.add(new FieldError(name, known.isEmpty() ? "is not a parameter: this operation takes none"
                    : "is not a parameter of this operation (it takes " + String.join(", ", known) + ")"));
        }
        ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.");
        problem.setProperty("errors", errors);
        throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static Set<String> namesOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return Set.of("*");
            }
            String name = StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName();
            if (name != null) {
                names.add(name);
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
