package org.lfpl.notification.preferences;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What a member chose, per category and channel; anything not chosen follows {@link Preferences#DEFAULTS}. */
@Document("memberPreferences")
record MemberPreferences(@Id String memberId, Map<String, Map<Channel, Mode>> choices, Instant updatedAt) {}
