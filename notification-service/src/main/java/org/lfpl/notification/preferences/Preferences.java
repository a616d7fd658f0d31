package org.lfpl.notification.preferences;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Each member's choice, per category and channel, of instant, daily digest, weekly digest or off.
 * In-app notifications are instant or off (a digest is an email). Defaults keep the important
 * things instant and gather the chatter (posts, shared artefacts) into a daily email.
 */
@Service
public class Preferences {

    public static final List<String> CATEGORIES = List.of("registration", "dialogue", "reminder", "programme",
            "discussion", "artefact", "summary", "profile");

    static final Map<String, Mode> EMAIL_DEFAULTS = Map.of("registration", Mode.INSTANT, "dialogue", Mode.INSTANT,
            "reminder", Mode.INSTANT, "programme", Mode.INSTANT, "discussion", Mode.DAILY, "artefact", Mode.DAILY, "summary", Mode.INSTANT, "profile", Mode.OFF);

    private final MongoTemplate mongo;
    private final Clock clock;

    Preferences(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The member's mode for each channel of a category, defaults applied. */
    public Map<Channel, Mode> modesOf(String memberId, String category) {
        return of(memberId).getOrDefault(category, Map.of(Channel.IN_APP, Mode.INSTANT, Channel.EMAIL, Mode.OFF));
    }

    /** Every category and channel with the member's mode, defaults filled in. */
    public Map<String, Map<Channel, Mode>> of(String memberId) {
        MemberPreferences stored = mongo.findById(memberId, MemberPreferences.class);
        Map<String, Map<Channel, Mode>> all = new LinkedHashMap<>();
        for (String category : CATEGORIES) {
            Map<Channel, Mode> modes = new LinkedHashMap<>();
            modes.put(Channel.IN_APP, Mode.INSTANT);
            modes.put(Channel.EMAIL, EMAIL_DEFAULTS.get(category));
            if (stored != null && stored.choices().get(category) != null) {
                modes.putAll(stored.choices().get(category));
            }
            all.put(category, modes);
        }
        return all;
    }

    /** Changes the given categories' channels; the rest stay as they were. */
    public Map<String, Map<Channel, Mode>> change(String memberId, Map<String, Map<Channel, Mode>> changes) {
        Map<String, Map<Channel, Mode>> merged = of(memberId);
        changes.forEach((category, modes) -> {
            if (!CATEGORIES.contains(category)) {
                throw Problems.invalid(category, "is not a category; there are " + String.join(", ", CATEGORIES));
            }
            if (modes == null) {
                return;
            }
            modes.forEach((channel, mode) -> {
                if (channel == null || mode == null) {
                    throw Problems.invalid(category, "needs a channel (IN_APP, EMAIL) and a mode (INSTANT, DAILY, WEEKLY, OFF)");
                }
                if (channel == Channel.IN_APP && (mode == Mode.DAILY || mode == Mode.WEEKLY)) {
                    throw Problems.invalid(category + ".IN_APP", "is INSTANT or OFF; digests come by email");
                }
                merged.get(category).put(channel, mode);
            });
        });
        mongo.save(new MemberPreferences(memberId, merged, clock.instant()));
        return merged;
    }

    /** Erasure: the member's choices go too. */
    public void forget(String memberId) {
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(memberId)), MemberPreferences.class);
    }
}
