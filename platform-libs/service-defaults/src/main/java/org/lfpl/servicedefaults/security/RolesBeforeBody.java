package org.lfpl.servicedefaults.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may call an operation is decided before what they sent is read. Spring binds and validates
 * a request body before the {@code @PreAuthorize} proxy runs, so a caller without the role would be
 * told field by field what is wrong with a body they may not send at all (a 400 that should be a
 * 403). Role rules that do not look at arguments (no {@code #name}) are checked here, before
 * binding; rules about arguments stay with method security, which checks every rule again anyway.
 */
final class RolesBeforeBody implements HandlerInterceptor {

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final Map<Method, Optional<Expression>> rules = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod operation) || operation.getBean() instanceof String) {
            return true;
        }
        Optional<Expression> rule = rules.computeIfAbsent(operation.getMethod(), method -> roleRule(operation));
        if (rule.isEmpty()) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        var context = expressions.createEvaluationContext(() -> caller,
                new SimpleMethodInvocation(operation.getBean(), operation.getMethod()));
        if (!ExpressionUtils.evaluateAsBoolean(rule.get(), context)) {
            throw new AccessDeniedException("Access Denied");
        }
        return true;
    }

    private Optional<Expression> roleRule(HandlerMethod operation) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(operation.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(operation.getBeanType(), PreAuthorize.class);
        }
        if (rule == null || rule.value().contains("#")) {
            return Optional.empty();
        }
        return Optional.of(expressions.getExpressionParser().parseExpression(rule.value()));
    }
}
