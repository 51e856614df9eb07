package dev.keel.api.identity;

import dev.keel.api.platform.ApiException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Supplies the {@link Caller} to controller methods; a method that asks for one requires authentication. */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Object caller = request.getAttribute(Caller.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (caller instanceof Caller c) {
            return c;
        }
        Object failure = request.getAttribute(Caller.ATTRIBUTE + ".failure", RequestAttributes.SCOPE_REQUEST);
        throw ApiException.unauthorized(failure instanceof String s ? s : "Not authenticated");
    }
}
