package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.recruiting.AgentIntents.Intent;
import dev.keel.api.recruiting.AgentIntents.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentIntentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "open roles|LIST_OPEN_JOBS|",
            "Open roles?|LIST_OPEN_JOBS|",
            "which jobs are still open?|LIST_OPEN_JOBS|",
            "what roles are open right now|LIST_OPEN_JOBS|",
            "show open jobs|LIST_OPEN_JOBS|",
            "any open positions?|LIST_OPEN_JOBS|",
            "list jobs|LIST_JOBS|",
            "jobs|LIST_JOBS|",
            "list candidates|LIST_CANDIDATES|",
            "who is candidate #12|SUMMARIZE|12",
            "Who's candidate 7?|SUMMARIZE|7",
            "summarize candidate 3|SUMMARIZE|3",
            "summarize candidate|SUMMARIZE|",
            "who is the candidate?|SUMMARIZE|",
            "match candidates for job 5|MATCH_CANDIDATES|5",
            "match candidates for job #5|MATCH_CANDIDATES|5",
            "match candidates for job|MATCH_CANDIDATES|",
            "match candidates|MATCH_CANDIDATES|",
            "match jobs for candidate 7|MATCH_JOBS|7",
            "match jobs for candidate|MATCH_JOBS|",
            "pipeline for job 5|PIPELINE|5",
            "applications for job|PIPELINE|",
            "hello|HELP|",
            "help|HELP|"})
    void readsTheCommand(String message, Kind kind, Long id) {
        Intent intent = AgentIntents.of(message);
        assertThat(intent.kind()).as(message).isEqualTo(kind);
        assertThat(intent.id()).as(message).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "new job: Senior Backend Engineer in NYC|Senior Backend Engineer in NYC",
            "New role - data scientist in Berlin|data scientist in Berlin",
            "open a role for a data scientist in Berlin|a data scientist in Berlin",
            "open a new position for a designer|a designer",
            "create a new job for a senior backend engineer in NYC|a senior backend engineer in NYC",
            "please add a job: SRE, remote|SRE, remote"})
    void takesTheJobDescriptionFromACreateCommand(String message, String description) {
        Intent intent = AgentIntents.of(message);
        assertThat(intent.kind()).as(message).isEqualTo(Kind.CREATE_JOB);
        assertThat(intent.text()).isEqualTo(description);
    }

    @Test
    void aCreateCommandWithoutDescriptionHasEmptyText() {
        assertThat(AgentIntents.of("new job").text()).isEmpty();
        assertThat(AgentIntents.of("open roles").kind()).isEqualTo(Kind.LIST_OPEN_JOBS);
    }
}
