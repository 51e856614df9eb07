package dev.keel.api.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts the requests the API received, so that background work (embeddings) can yield while it is busy. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestCounter extends OncePerRequestFilter {
    private final LongAdder received = new LongAdder();

    public long received() {
        return received.sum();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        received.increment();
        chain.doFilter(request, response);
    }
}
