package dev.keel.api.recruiting;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.recruiting.PageQuery;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of a list endpoint; total is the organization's full count matching the filters. */
public record Page<T>(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<T> items, long total) {
    static final int MAX_LIMIT = 100;

    static PageQuery query(int skip, int limit) {
        if (skip < 0) {
            throw ApiException.unprocessable("skip: must be greater than or equal to 0");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw ApiException.unprocessable("limit: must be between 0 and " + MAX_LIMIT);
        }
        return new PageQuery(skip, limit);
    }
}
