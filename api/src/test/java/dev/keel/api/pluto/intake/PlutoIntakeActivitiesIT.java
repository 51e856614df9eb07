package dev.keel.api.pluto.intake;

import static dev.keel.api.pluto.intake.IntakeFixtures.payload;
import static dev.keel.api.pluto.intake.IntakeFixtures.submit;
import static dev.keel.api.pluto.intake.IntakeFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.activities.pluto.intake.PlutoIntakeActivitiesImpl;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.pluto.intake.CandidateContact;
import dev.keel.domain.pluto.intake.IntakeFields;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.intake.PlutoIntake;
import dev.keel.domain.pluto.intake.PlutoIntakeRepository;
import dev.keel.domain.pluto.intake.PlutoIntakeSubmissionRepository;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.workflows.pluto.intake.IntakeRef;
import dev.keel.workflows.pluto.intake.SubmissionRef;
import io.temporal.client.WorkflowClient;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The intake activities on real PostgreSQL (idempotent, scoped) and single use of a link under concurrency. */
class PlutoIntakeActivitiesIT extends KeelApiTest {
    @Autowired PlutoRunRepository runs;
    @Autowired PlutoCandidateRepository candidates;
    @Autowired PlutoIntakeRepository intakes;
    @Autowired PlutoIntakeSubmissionRepository submissions;
    @Autowired PlutoIntakeActivitiesImpl activities;
    @Autowired WorkflowClient client;

    private TestUser user;
    private StoredPlutoCandidate dana;
    private StoredPlutoCandidate sam;

    @BeforeEach
    void setUp() {
        user = TestUsers.register(http(), "intake-act");
        List<StoredPlutoCandidate> staged = IntakeFixtures.stage(runs, candidates, user.orgId());
        dana = staged.get(0);
        sam = staged.get(1);
    }

    private PlutoIntake open(StoredPlutoCandidate candidate) {
        PlutoIntake intake = new PlutoIntake(UUID.randomUUID(), user.orgId(), candidate.id(),
                "pluto-intake-" + candidate.id(), PlutoIntake.OPEN, Instant.now().plusSeconds(3600));
        intakes.replaceOpen(intake, null);
        return intake;
    }

    @Test
    void applyIsIdempotentScopedAndKeepsFieldsNotSent() {
        PlutoIntake intake = open(dana);
        UUID submissionId = UUID.randomUUID();
        assertThat(intakes.acceptSubmission(intake, submissionId,
                new IntakeFields(null, "AE", null, "TX", 4.0, null, "+1 555 0100", null))).isTrue();
        assertThat(intakes.acceptSubmission(intake, UUID.randomUUID(),
                new IntakeFields("Other", null, null, null, null, null, null, null))).isFalse();
        SubmissionRef ref = new SubmissionRef(user.orgId(), dana.id().toString(), intake.id().toString(),
                submissionId.toString());
        // While the submission is being applied no new link can be issued.
        Response busy = http().bearer(user.accessToken())
                .postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "");
        assertThat(busy.status()).as(busy.body()).isEqualTo(409);
        assertThat(busy.detail()).isEqualTo("The candidate's intake submission is still being processed");
        assertThat(intakes.find(intake.id()).orElseThrow().status()).isEqualTo(PlutoIntake.SUBMITTED);

        activities.applySubmission(ref);
        activities.applySubmission(ref);
        StoredPlutoCandidate updated = candidates.find(user.orgId(), dana.id()).orElseThrow();
        assertThat(updated.jobTitle()).isEqualTo("AE");
        assertThat(updated.locationState()).isEqualTo("TX");
        assertThat(updated.yearsSalesExperience()).isEqualTo(4.0);
        assertThat(updated.locationCity()).isEqualTo("Austin");
        assertThat(updated.linkedinHeadline()).isNull();
        assertThat(submissions.contact(user.orgId(), dana.id())).isEqualTo(new CandidateContact("+1 555 0100", null));
        assertThat(submissions.contact(user.orgId() + 1, dana.id())).isEqualTo(CandidateContact.NONE);

        // The submission cannot be applied to another candidate, intake or organization.
        for (SubmissionRef wrong : List.of(
                new SubmissionRef(user.orgId(), sam.id().toString(), ref.intakeId(), ref.submissionId()),
                new SubmissionRef(user.orgId() + 1, ref.candidateId(), ref.intakeId(), ref.submissionId()),
                new SubmissionRef(user.orgId(), ref.candidateId(), UUID.randomUUID().toString(), ref.submissionId()),
                new SubmissionRef(user.orgId(), ref.candidateId(), ref.intakeId(), UUID.randomUUID().toString()),
                new SubmissionRef(user.orgId(), ref.candidateId(), ref.intakeId(), "not-a-uuid"))) {
            assertThatThrownBy(() -> activities.applySubmission(wrong)).isInstanceOfSatisfying(
                    ApplicationFailure.class, f -> {
                        assertThat(f.getType()).isEqualTo("NOT_FOUND");
                        assertThat(f.isNonRetryable()).isTrue();
                    });
        }
        assertThat(candidates.find(user.orgId(), sam.id()).orElseThrow().jobTitle()).isEqualTo("Account Executive");

        activities.expireIntake(new IntakeRef(user.orgId(), ref.candidateId(), ref.intakeId()));
        assertThat(intakes.find(intake.id()).orElseThrow().status()).isEqualTo(PlutoIntake.SUBMITTED);
        activities.completeIntake(ref);
        activities.completeIntake(ref);
        assertThat(intakes.find(intake.id()).orElseThrow().status()).isEqualTo(PlutoIntake.COMPLETED);
    }

    @Test
    void expireMarksOnlyAnOpenLink() {
        PlutoIntake first = open(sam);
        PlutoIntake second = open(sam);
        assertThat(intakes.find(first.id()).orElseThrow().status()).isEqualTo(PlutoIntake.REVOKED);
        activities.expireIntake(new IntakeRef(user.orgId(), sam.id().toString(), first.id().toString()));
        assertThat(intakes.find(first.id()).orElseThrow().status()).isEqualTo(PlutoIntake.REVOKED);
        activities.expireIntake(new IntakeRef(user.orgId(), sam.id().toString(), second.id().toString()));
        activities.expireIntake(new IntakeRef(user.orgId(), sam.id().toString(), second.id().toString()));
        assertThat(intakes.find(second.id()).orElseThrow().status()).isEqualTo(PlutoIntake.EXPIRED);
    }

    @Test
    void concurrentSubmissionsWithOneLinkAcceptExactlyOne() throws Exception {
        Response link = http().bearer(user.accessToken())
                .postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "");
        String token = token(link);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String title = "Title " + i;
                calls.add(() -> submit(http(), dana.id(), token, "{\"title\": \"" + title + "\"}").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(202, 409).containsOnlyOnce(202);
        } finally {
            pool.shutdownNow();
        }
        UUID jti = UUID.fromString(payload(token).path("jti").asString());
        assertThat(intakes.find(jti).orElseThrow().status()).isIn(PlutoIntake.SUBMITTED, PlutoIntake.COMPLETED);
    }
}
