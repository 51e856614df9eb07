package dev.keel.domain.autopack.dashboard;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Error reports of build runs; a report key already stored for the run is not stored again. */
@Repository
public class ErrorReports {
    private final JdbcClient jdbc;

    public ErrorReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long runPk, String reportKey, ErrorReport report) {
        jdbc.sql("""
                        INSERT INTO autopack_error_reports (run_pk, report_key, phase_id, error_type, error_message,
                            component, operation, context_data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))
                        ON CONFLICT (run_pk, report_key) DO NOTHING""")
                .params(runPk, reportKey, report.phaseId(), report.errorType(), report.errorMessage(),
                        report.component(), report.operation(),
                        report.contextJson() == null ? "{}" : report.contextJson())
                .update();
    }

    /** The run's reports, oldest first. */
    public List<ErrorReport> of(long runPk) {
        return jdbc.sql("""
                        SELECT created_at, phase_id, error_type, error_message, component, operation,
                            context_data::text
                        FROM autopack_error_reports WHERE run_pk = ? ORDER BY created_at, id""")
                .param(runPk)
                .query((rs, n) -> new ErrorReport(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
