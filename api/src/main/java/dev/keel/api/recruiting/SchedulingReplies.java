package dev.keel.api.recruiting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Answers a scheduling request in the chat router. Keel holds no calendars, so it proposes slots on the day asked
 * for (tomorrow, a weekday, else the next working day) and says how to confirm; it books nothing.
 */
@Component
public class SchedulingReplies {
    private static final Pattern SCHEDULING = Pattern.compile("(?i)\\b(?:re)?schedul\\w*|\\bbook\\s+(?:a\\s+|an\\s+)?"
            + "(?:call|meeting|interview|slot|time)|\\bset\\s+up\\s+(?:a\\s+|an\\s+)?(?:call|meeting|interview)"
            + "|\\b(?:call|meeting|interview)\\s+(?:tomorrow|today|on\\s+\\w+day|next\\s+week)\\b|\\bavailability\\b");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final Clock clock;

    public SchedulingReplies(Clock clock) {
        this.clock = clock;
    }

    static boolean isScheduling(String message) {
        return SCHEDULING.matcher(message).find();
    }

    String reply(String message) {
        LocalDate day = dayAskedFor(message.toLowerCase(Locale.ROOT), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return "I can't see calendars or book meetings, but here are slots to propose for " + DAY.format(day)
                + ":\n\n- 10:00\n- 14:00\n- 16:30\n\n(times in your time zone). Send them to the candidate or"
                + " hiring manager; once a time is agreed, move the application to 'interview' ('pipeline for job"
                + " <id>' shows it).";
    }

    private static LocalDate dayAskedFor(String message, LocalDate today) {
        if (message.contains("today")) {
            return today;
        }
        if (message.contains("tomorrow")) {
            return today.plusDays(1);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (message.contains(day.name().toLowerCase(Locale.ROOT))) {
                LocalDate date = today.plusDays(1);
                while (date.getDayOfWeek() != day) {
                    date = date.plusDays(1);
                }
                return date;
            }
        }
        LocalDate next = today.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
