package dev.keel.api.pluto.interviews;

import dev.keel.api.pluto.rooms.InterviewRooms;
import dev.keel.integrations.http.ProviderException;
import dev.keel.integrations.realtime.RealtimeSessionClient;
import dev.keel.integrations.realtime.RealtimeSessionClient.RealtimeSession;
import dev.keel.integrations.realtime.RealtimeSettings;
import dev.keel.api.pluto.rooms.InterviewRooms.OpenedRoom;
import dev.keel.domain.pluto.rooms.InterviewInstructions;
import dev.keel.domain.pluto.briefs.PlutoPrebriefs;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Starts an interview with a Pluto candidate: a Daily room (required; its failures fail the request) and an
 * OpenAI Realtime assistant session primed with the candidate's profile, the run's job description and, if
 * asked and stored, the pre-brief (optional; when it cannot be created the room is still returned, with why
 * in the warnings).
 */
@Service
public class PlutoInterviews {
    private static final Logger LOG = LoggerFactory.getLogger(PlutoInterviews.class);

    private final InterviewRooms rooms;
    private final PlutoRunRepository runs;
    private final RealtimeSettings realtimeSettings;
    private final RealtimeSessionClient realtime;
    private final ObjectProvider<PlutoPrebriefs> prebriefs;

    public PlutoInterviews(InterviewRooms rooms, PlutoRunRepository runs, RealtimeSettings realtimeSettings,
                           RealtimeSessionClient realtime, ObjectProvider<PlutoPrebriefs> prebriefs) {
        this.rooms = rooms;
        this.runs = runs;
        this.realtimeSettings = realtimeSettings;
        this.realtime = realtime;
        this.prebriefs = prebriefs;
    }

    /** The room, the interviewer's token, the assistant session (null when none) and the warnings. */
    public record StartedInterview(OpenedRoom room, RealtimeSession session, List<String> warnings) {
    }

    public StartedInterview start(long orgId, Long userId, StoredPlutoCandidate candidate, String interviewerName,
                                  boolean usePrebrief) {
        OpenedRoom opened = rooms.open(orgId, userId, interviewerName, candidate.name(), candidate.id());
        List<String> warnings = new ArrayList<>();
        var config = realtimeSettings.current();
        if (config.apiKey() == null) {
            warnings.add("OpenAI Realtime is not configured (set OPENAI_API_KEY): the room was created without an"
                    + " AI assistant session");
            return new StartedInterview(opened, null, warnings);
        }
        String jobDescription = runs.find(orgId, candidate.runId()).map(PlutoRun::jobDescription).orElse(null);
        String prebrief = usePrebrief ? prebrief(orgId, candidate, warnings) : null;
        String instructions = InterviewInstructions.of(new InterviewInstructions.Context(candidate.name(), null,
                candidate.profileText(), jobDescription, prebrief));
        try {
            RealtimeSession session = realtime.create(config, instructions);
            rooms.attachRealtimeSession(orgId, opened.room().roomName(), session.id());
            return new StartedInterview(opened, session, warnings);
        } catch (ProviderException e) {
            warnings.add(e.getMessage() + ": the room was created without an AI assistant session");
            return new StartedInterview(opened, null, warnings);
        }
    }

    private String prebrief(long orgId, StoredPlutoCandidate candidate, List<String> warnings) {
        Optional<PlutoPrebriefs> source = prebriefs.orderedStream().findFirst();
        if (source.isEmpty()) {
            warnings.add("use_prebrief: pre-briefs are not available in this deployment; the assistant starts"
                    + " without one");
            return null;
        }
        try {
            Optional<String> brief = source.get().storedBriefText(orgId, candidate.id());
            if (brief.isEmpty() || brief.get().isBlank()) {
                warnings.add("use_prebrief: no pre-brief has been generated for this candidate yet; the assistant"
                        + " starts without one");
                return null;
            }
            return brief.get();
        } catch (RuntimeException e) {
            LOG.warn("Reading the pre-brief of candidate {} failed", candidate.id(), e);
            warnings.add("use_prebrief: the stored pre-brief could not be read; the assistant starts without one");
            return null;
        }
    }
}
