package org.lfpl.artefact.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Looks through images, PDFs and RTF as they stream past for what makes a polyglot dangerous: markup
 * a browser would run (an image that is also an HTML page), and in PDFs the names of active features
 * (JavaScript actions, launch actions, embedded files). Case-insensitive, across chunk boundaries,
 * and cheap: only bytes that can start a marker ({@code <}, {@code /}, {@code j}) are looked at closely.
 * Markers are five bytes or longer, so compressed data matches one by chance about once in 10^11
 * bytes. Audio, video and office files are not scanned (they are never rendered as a page, and
 * their compressed bytes would trip short markers); plain text, CSV and Markdown are always served
 * as text to download.
 */
final class ActiveContentScan {

    private static final List<byte[]> WEB = markers("<script", "<html", "<svg ", "<svg>", "<svg\n", "<iframe", "<?php",
            "<body", "javascript:");
    // A JavaScript action always names its type, /S /JavaScript, so the long name is enough.
    private static final List<byte[]> PDF = markers("/javascript", "/launch", "/embeddedfile");

    private final List<byte[]> markers;
    private final int longest;
    private final byte[] carry;
    private int carried;
    private String found;

    private ActiveContentScan(List<byte[]> markers) {
        this.markers = markers;
        this.longest = markers.stream().mapToInt(m -> m.length).max().orElse(1);
        this.carry = new byte[longest * 2];
    }

    /** A scan for files of this type, or null for types that are not scanned. */
    static ActiveContentScan forType(AllowedTypes.Allowed allowed) {
        if (allowed.mediaType().equals("application/pdf")) {
            return new ActiveContentScan(java.util.stream.Stream.concat(WEB.stream(), PDF.stream()).toList());
        }
        if (allowed.isImage() || allowed.mediaType().equals("application/rtf")) {
            return new ActiveContentScan(WEB);
        }
        return null;
    }

    /** Feeds the next bytes of the file. */
    void update(byte[] buffer, int offset, int length) {
        if (found != null || length <= 0) {
            return;
        }
        // Markers that straddle the previous chunk and this one: check the joined edges.
        if (carried > 0) {
            int take = Math.min(longest - 1, length);
            byte[] edge = new byte[carried + take];
            System.arraycopy(carry, 0, edge, 0, carried);
            System.arraycopy(buffer, offset, edge, carried, take);
            scan(edge, 0, edge.length, carried);
            if (found != null) {
                return;
            }
        }
        scan(buffer, offset, length, length);
        int keep = Math.min(longest - 1, length);
        System.arraycopy(buffer, offset + length - keep, carry, 0, keep);
        carried = keep;
    }

    /** Scans starts in [offset, offset + starts) against bytes up to offset + length. */
    private void scan(byte[] data, int offset, int length, int starts) {
        int end = offset + length;
        for (int i = offset; i < offset + starts && i < end; i++) {
            int b = data[i] | 0x20; // ASCII letters fold to lower case; '<' and '/' are unchanged by it
            if (b != '<' && b != '/' && b != 'j') {
                continue;
            }
            for (byte[] marker : markers) {
                if (marker[0] == b && matches(data, i, end, marker)) {
                    found = new String(marker, StandardCharsets.US_ASCII).strip();
                    return;
                }
            }
        }
    }

    private static boolean matches(byte[] data, int at, int end, byte[] marker) {
        if (at + marker.length > end) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            byte b = data[at + k];
            byte folded = b >= 'A' && b <= 'Z' ? (byte) (b | 0x20) : b;
            if (folded != marker[k]) {
                return false;
            }
        }
        return true;
    }

    /** The marker found, or null when the file looked clean. */
    String found() {
        return found;
    }

    private static List<byte[]> markers(String... values) {
        return List.of(values).stream().map(v -> v.getBytes(StandardCharsets.US_ASCII)).toList();
    }
}
