package org.lfpl.notification.inapp;

import java.time.Instant;

/** A notification as its recipient sees it; {@code seq} is its place in the order they were stored. */
public record NotificationView(String id, String category, String title, String body, String link,
        Instant createdAt, boolean read, long seq) {}
