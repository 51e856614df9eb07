package dev.keel.api.recruiting;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.recruiting.PageQuery;
import java.util.List;

/** A page of a list endpoint; total is the organization's full count matching the filters. */
public record Page<T>(List<T> items, long total) {
    static final int MAX_LIMIT = 100;

    static PageQuery query(int skip, int limit) {
        if (skip < 0) {
            throw ApiException.unprocessable("skip: must be greater than or equal to 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.unprocessable("limit: must be between 1 and " + MAX_LIMIT);
        }
        return new PageQuery(skip, limit);
    }
}
