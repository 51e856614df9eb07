package dev.keel.api.autopack.storage;

import static dev.keel.api.autopack.storage.StorageFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.activities.approvals.FakeTelegramServer;
import dev.keel.api.approvals.ApprovalTestConfig;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Storage scans end to end over HTTP: the StorageScanWorkflow walks a generated tree (depth, protected directories,
 * symbolic links, retention), decisions teach rules a human approves, the Telegram storage buttons, Steam
 * libraries, recommendations; every read and write stays within the caller's organization.
 */
class StorageScanIT extends KeelApiTest {
    private static final AtomicLong UPDATE_IDS = new AtomicLong(System.currentTimeMillis() * 10);

    @Autowired
    ApprovalTestConfig.TestApprovalSettings approvalSettings;

    /** 10 files counted, 8 of them candidates: see the comments. */
    private String sampleTree() throws Exception {
        String target = StorageFixtures.newTree();
        for (int i = 0; i < 6; i++) {
            write(target, "node_modules/pkg/f" + i + ".js", 100 + i, 0); // dev_caches
        }
        write(target, "logs/app.log", 5000, 10);        // diagnostics_logs, retention passed
        write(target, "logs/new.log", 10, 1);           // too young
        write(target, "src/Main.java", 70, 100);        // kept
        write(target, ".git/objects/big.tmp", 9999, 90); // protected directory: not entered
        write(target, "deep/a/b/x.tmp", 30, 2);         // temp_files, at max_depth 3
        write(target, "deep/a/b/c/y.tmp", 30, 2);       // below max_depth: not walked
        Files.createSymbolicLink(StorageFixtures.ROOT.resolve(target).resolve("link"),
                StorageFixtures.ROOT.resolve(target).resolve("src"));
        return target;
    }

    @Test
    void aScanWalksTheTreeAsAWorkflowAndStaysInItsOrganization() throws Exception {
        HttpTestClient a = StorageFixtures.org(http(), "a");
        HttpTestClient b = StorageFixtures.org(http(), "b");
        long id = StorageFixtures.startScan(a, sampleTree(), 3, 1000);
        JsonNode detail = StorageFixtures.awaitEnd(a, id, Duration.ofSeconds(60));
        JsonNode scan = detail.path("scan");
        assertThat(scan.path("status").asString()).as(detail.toString()).isEqualTo("completed");
        assertThat(scan.path("total_items_scanned").asLong()).isEqualTo(10);
        assertThat(scan.path("total_size_bytes").asLong()).isEqualTo(6 * 100 + 15 + 5000 + 10 + 70 + 30);
        assertThat(scan.path("cleanup_candidates_count").asLong()).isEqualTo(8);
        assertThat(scan.path("potential_savings_bytes").asLong()).isEqualTo(6 * 100 + 15 + 5000 + 30);
        assertThat(scan.path("scan_duration_seconds").isNumber()).isTrue();
        assertThat(detail.path("candidates").get(0).path("path").asString()).endsWith("logs/app.log");
        assertThat(detail.path("stats_by_category").path("dev_caches").path("count").asLong()).isEqualTo(6);
        assertThat(detail.path("stats_by_category").path("temp_files").path("count").asLong()).isEqualTo(1);
        assertThat(detail.toString()).doesNotContain(".git").doesNotContain("y.tmp");
        assertThat(a.get("/storage/scans").json().toString()).contains("\"id\":" + id + ",");
        assertThat(a.get("/api/runs?kind=autopack-storage-scan").json().toString())
                .contains("autopack-storage-scan-" + id);

        assertThat(b.get("/storage/scans").json().toString()).doesNotContain("\"id\":" + id + ",");
        assertThat(b.get("/storage/scans/" + id).status()).isEqualTo(404);
        long candidate = detail.path("candidates").get(0).path("id").asLong();
        assertThat(b.postJson("/storage/scans/" + id + "/approve", Map.of("candidate_ids", List.of(candidate),
                "approved_by", "x", "decision", "approve")).status()).isEqualTo(404);
        assertThat(a.get("/storage/scans/" + id).json().path("candidates").get(0).path("approval_status")
                .asString()).isEqualTo("pending");
    }

    @Test
    void badInputIsRefusedWithDetail() throws Exception {
        HttpTestClient a = StorageFixtures.org(http(), "bad");
        String target = StorageFixtures.newTree();
        assertThat(scan(a, "tape", target).status()).isEqualTo(400);
        assertThat(scan(a, "directory", "../etc").detail()).contains("..");
        assertThat(scan(a, "directory", "/etc").status()).isEqualTo(400);
        assertThat(scan(a, "directory", "C:\\Users").status()).isEqualTo(400);
        assertThat(scan(a, "directory", target + "/missing").status()).isEqualTo(400);
        assertThat(a.postJson("/storage/scan", Map.of("scan_type", "directory", "scan_target", target,
                "max_depth", 99)).status()).isEqualTo(422);
        assertThat(http().get("/storage/scans").status()).isEqualTo(401);
        assertThat(a.get("/storage/scans?limit=500").status()).isEqualTo(422);
        assertThat(a.get("/storage/scans/999999999").status()).isEqualTo(404);
        assertThat(a.postJson("/storage/learned-rules/999999999/approve?approved_by=me", "").status()).isEqualTo(404);

        long id = StorageFixtures.startScan(a, sampleTree(), 3, 1000);
        StorageFixtures.awaitEnd(a, id, Duration.ofSeconds(60));
        assertThat(a.postJson("/storage/scans/" + id + "/approve", Map.of("candidate_ids", List.of(1),
                "approved_by", "x", "decision", "maybe")).status()).isEqualTo(400);
        var none = a.postJson("/storage/scans/" + id + "/approve", Map.of("candidate_ids", List.of(-5),
                "approved_by", "x", "decision", "approve"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.detail()).startsWith("Invalid request parameters");
    }

    @Test
    void decisionsTeachRulesThatAnOperatorApproves() throws Exception {
        HttpTestClient a = StorageFixtures.org(http(), "rules");
        HttpTestClient b = StorageFixtures.org(http(), "rules-other");
        long id = StorageFixtures.startScan(a, sampleTree(), 3, 1000);
        JsonNode detail = StorageFixtures.awaitEnd(a, id, Duration.ofSeconds(60));
        List<Long> js = new ArrayList<>();
        long log = 0;
        for (JsonNode c : detail.path("candidates")) {
            if (c.path("path").asString().endsWith(".js")) {
                js.add(c.path("id").asLong());
            } else if (c.path("path").asString().endsWith("app.log")) {
                log = c.path("id").asLong();
            }
        }
        var approved = a.postJson("/storage/scans/" + id + "/approve", Map.of("candidate_ids", js.subList(0, 5),
                "approved_by", "spoofed", "decision", "approve"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("total_candidates").asInt()).isEqualTo(5);
        assertThat(approved.json().path("approved_by").asString()).startsWith("api_key:");
        assertThat(a.postJson("/storage/scans/" + id + "/approve", Map.of("candidate_ids", js.subList(5, 6),
                "approved_by", "x", "decision", "reject")).status()).isEqualTo(200);
        assertThat(a.postJson("/storage/scans/" + id + "/approve", Map.of("candidate_ids", List.of(log),
                "approved_by", "x", "decision", "defer")).status()).isEqualTo(200);
        JsonNode after = a.get("/storage/scans/" + id).json();
        assertThat(after.toString()).contains("\"approval_status\":\"deferred\"");
        assertThat(after.path("stats_by_category").path("dev_caches").path("approved_count").asLong()).isEqualTo(5);

        JsonNode patterns = a.postJson("/storage/patterns/analyze?max_patterns=10", "").json();
        assertThat(patterns.toString()).contains("\"pattern_type\":\"file_type\"").contains("\"pattern_value\":\".js\"");
        assertThat(patterns.get(0).path("approvals").asInt()).isEqualTo(5);
        assertThat(patterns.get(0).path("rejections").asInt()).isEqualTo(1);
        assertThat(b.postJson("/storage/patterns/analyze", "").json().size()).isZero();

        JsonNode rules = a.get("/storage/learned-rules?status=pending").json();
        assertThat(rules.size()).isPositive();
        assertThat(b.get("/storage/learned-rules").json().size()).isZero();
        long rule = rules.get(0).path("id").asLong();
        assertThat(b.postJson("/storage/learned-rules/" + rule + "/approve?approved_by=eve", "").status())
                .isEqualTo(404);
        var ok = a.postJson("/storage/learned-rules/" + rule + "/approve?approved_by=ops", "");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("status").asString()).isEqualTo("approved");
        assertThat(ok.json().path("reviewed_by").asString()).startsWith("api_key:");
        assertThat(a.get("/storage/learned-rules?status=approved").json().size()).isEqualTo(1);
    }

    @Test
    void telegramButtonsApproveAllAndShowDetails() throws Exception {
        try (FakeTelegramServer telegram = new FakeTelegramServer()) {
            approvalSettings.set(c -> new ApprovalConfig(false, "development", Duration.ofMinutes(15), false,
                    "42:TEST", "777", telegram.base(), "s3cret", 10_000));
            HttpTestClient a = StorageFixtures.org(http(), "telegram");
            long id = StorageFixtures.startScan(a, sampleTree(), 3, 1000);
            StorageFixtures.awaitEnd(a, id, Duration.ofSeconds(60));
            dev.keel.api.support.Eventually.within(Duration.ofSeconds(30), "the scan summary is sent",
                    () -> telegram.calls("sendMessage").stream()
                            .anyMatch(c -> c.body().toString().contains("storage_approve_all:" + id)));
            assertThat(telegram.calls("sendMessage").toString()).contains("storage_details:" + id)
                    .contains("storage_skip:" + id);

            JsonNode details = press("storage_details:" + id);
            assertThat(details.path("action").asString()).isEqualTo("storage_details");
            JsonNode all = press("storage_approve_all:" + id);
            assertThat(all.path("approved").asInt()).isEqualTo(8);
            assertThat(telegram.calls("answerCallbackQuery").toString()).contains("Approved 8 items")
                    .contains("/storage/scans/" + id);
            JsonNode candidates = a.get("/storage/scans/" + id).json().path("candidates");
            for (JsonNode c : candidates) {
                assertThat(c.path("approval_status").asString()).isEqualTo("approved");
                assertThat(c.path("approved_by").asString()).isEqualTo("telegram_@ops");
            }
            assertThat(press("storage_skip:" + id).path("action").asString()).isEqualTo("storage_skip");
            assertThat(press("storage_approve_all:987654321").path("error").asString()).isEqualTo("scan_not_found");
        } finally {
            approvalSettings.reset();
        }
    }

    @Test
    void steamGamesComeFromEveryLibrary() throws Exception {
        var steam = StorageFixtures.ROOT.resolve("steam");
        var extra = StorageFixtures.ROOT.resolve("steam-library-2");
        Files.createDirectories(steam.resolve("steamapps"));
        Files.createDirectories(extra.resolve("steamapps/common/Small"));
        Files.write(extra.resolve("steamapps/common/Small/data.pak"), new byte[4096]);
        Files.writeString(steam.resolve("steamapps/libraryfolders.vdf"), "\"libraryfolders\" { \"0\" { \"path\" \""
                + steam + "\" } \"1\" { \"path\" \"" + extra + "\" } }");
        Files.writeString(steam.resolve("steamapps/appmanifest_10.acf"), "\"AppState\" { \"appid\" \"10\" \"name\""
                + " \"Old Big\" \"installdir\" \"Big\" \"LastUpdated\" \"1500000000\" \"SizeOnDisk\" \"64424509440\" }");
        Files.writeString(extra.resolve("steamapps/appmanifest_20.acf"), "\"AppState\" { \"appid\" \"20\" \"name\""
                + " \"Small\" \"installdir\" \"Small\" \"LastUpdated\" \"" + (System.currentTimeMillis() / 1000) + "\" }");
        HttpTestClient a = StorageFixtures.org(http(), "steam");
        JsonNode all = a.get("/storage/steam/games?include_all=true").json();
        assertThat(all.path("steam_available").asBoolean()).isTrue();
        assertThat(all.path("total_games").asInt()).isEqualTo(2);
        assertThat(all.path("games").get(0).path("name").asString()).isEqualTo("Old Big");
        assertThat(all.path("games").get(1).path("size_bytes").asLong()).isEqualTo(4096);
        JsonNode old = a.get("/storage/steam/games").json();
        assertThat(old.path("total_games").asInt()).isEqualTo(1);
        assertThat(old.path("games").get(0).path("size_gb").asDouble()).isEqualTo(60.0);
        assertThat(old.path("games").get(0).path("age_days").asInt()).isGreaterThan(180);
        assertThat(a.get("/storage/steam/games?min_age_days=-1").status()).isEqualTo(422);
    }

    @Test
    void recommendationsNeedTwoScans() throws Exception {
        HttpTestClient a = StorageFixtures.org(http(), "recommend");
        JsonNode none = a.get("/storage/recommendations").json();
        assertThat(none.path("recommendations").get(0).path("type").asString()).isEqualTo("insufficient_data");
        String target = sampleTree();
        StorageFixtures.awaitEnd(a, StorageFixtures.startScan(a, target, 3, 1000), Duration.ofSeconds(60));
        write(target, "node_modules/pkg/big.js", 50_000, 0);
        StorageFixtures.awaitEnd(a, StorageFixtures.startScan(a, target, 3, 1000), Duration.ofSeconds(60));
        JsonNode two = a.get("/storage/recommendations").json();
        assertThat(two.path("scan_statistics").path("scan_count").asInt()).isEqualTo(2);
        assertThat(two.toString()).contains("\"type\":\"growth_alert\"").contains("\"type\":\"recurring_waste\"")
                .contains("\"type\":\"top_consumers\"");
        assertThat(StorageFixtures.org(http(), "recommend-other").get("/storage/recommendations").json()
                .path("scan_statistics").path("scan_count").asInt()).isZero();
    }

    private static dev.keel.api.support.HttpTestClient.Response scan(HttpTestClient org, String type, String target) {
        return org.postJson("/storage/scan", Map.of("scan_type", type, "scan_target", target));
    }

    private JsonNode press(String data) {
        String body = "{\"update_id\":" + UPDATE_IDS.incrementAndGet() + ",\"callback_query\":{\"id\":\"q"
                + UPDATE_IDS.get() + "\",\"from\":{\"id\":5,\"username\":\"ops\"},\"message\":{\"message_id\":1,"
                + "\"chat\":{\"id\":777}},\"data\":\"" + data + "\"}}";
        var r = http().header("X-Telegram-Bot-Api-Secret-Token", "s3cret").postJson("/telegram/webhook", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
