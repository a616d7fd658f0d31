package org.lfpl.artefact.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.web.ErrorResponseException;

/**
 * Office Open XML and OpenDocument files are zip archives. Before one is shared its entries are read
 * through once, inflating into a small buffer and stopping early: a zip bomb (more than 100 times
 * its size, or 512 MiB, when inflated), too many entries, entry names that climb out of the archive,
 * macros ({@code vbaProject.bin}), or a missing main part (a plain zip renamed .docx) are refused.
 */
final class ContainerCheck {

    static final long MAX_INFLATED = 512L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;

    private ContainerCheck() {}

    static void inspect(InputStream stored, long size, AllowedTypes.Allowed allowed) {
        long budget = Math.min(MAX_INFLATED, Math.max(size, 1) * MAX_RATIO);
        long inflated = 0;
        int entries = 0;
        boolean mainPart = false;
        boolean contentTypes = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(stored)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (++entries > MAX_ENTRIES) {
                    throw unsafe("it holds more than " + MAX_ENTRIES + " entries");
                }
                if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains(":")) {
                    throw unsafe("an entry's name points outside the document");
                }
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw unsafe("it contains macros; save it as a macro-free document");
                }
                mainPart |= name.equals(allowed.containerMainPart());
                contentTypes |= name.equals("[Content_Types].xml");
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > budget) {
                        throw unsafe("it inflates to far more than its size (a zip bomb)");
                    }
                }
            }
        } catch (IOException e) {
            throw unsafe("it is not a readable document (" + e.getClass().getSimpleName() + ")");
        }
        boolean ooxml = allowed.mediaType().startsWith("application/vnd.openxmlformats");
        if (!mainPart || (ooxml && !contentTypes)) {
            throw unsafe("it lacks " + allowed.containerMainPart() + ", so it is not a real " + allowed.mediaType() + " document");
        }
    }

    private static ErrorResponseException unsafe(String why) {
        return Problems.ruleBroken("unsafe-container", "The document is refused: " + why + ".");
    }
}
