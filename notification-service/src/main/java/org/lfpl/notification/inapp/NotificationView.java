package org.lfpl.notification.inapp;

import java.time.Instant;

/** A notification as its recipient sees it. */
public record NotificationView(String id, String category, String title, String body, String link,
        Instant createdAt, boolean read) {}
