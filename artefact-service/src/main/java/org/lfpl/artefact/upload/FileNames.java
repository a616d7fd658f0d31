package org.lfpl.artefact.upload;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lfpl.servicedefaults.problem.FieldError;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The name an uploader gives a file is shown and offered on download, never used to store it. It
 * is refused when it could mislead a reader or a desktop: control or invisible formatting characters
 * (a right-to-left override makes {@code report\u202Efdp.exe} look like {@code reportexe.pdf}), path
 * parts, hidden or reserved names, or an executable extension hiding inside ({@code report.exe.pdf}).
 */
public final class FileNames {

    private static final int MAX_BYTES = 255;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final Set<String> EXECUTABLE = Set.of("exe", "bat", "cmd", "com", "scr", "js", "mjs", "vbs", "vbe",
            "jar", "sh", "bash", "php", "phtml", "html", "htm", "xhtml", "svg", "msi", "dll", "ps1", "hta", "lnk",
            "pif", "cpl", "wsf", "apk", "app", "dmg", "py", "pl", "rb");
    private static final Pattern FORBIDDEN_CHARACTERS = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}/\\\\:*?\"<>|]");

    private FileNames() {}

    /** The name as it will be shown (Unicode NFC, trimmed), or a 400 saying what is wrong with it. */
    public static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw refused("is required: send ?fileName=... or a Content-Disposition filename");
        }
        String normalised = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (FORBIDDEN_CHARACTERS.matcher(normalised).find()) {
            throw refused("must not contain control or invisible formatting characters, path separators or any of : * ? \" < > |");
        }
        if (normalised.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refused("must be at most 255 bytes long");
        }
        if (normalised.startsWith(".") || normalised.endsWith(".") || normalised.contains("..")) {
            throw refused("must not start or end with a dot or contain '..'");
        }
        String[] parts = normalised.toLowerCase(Locale.ROOT).split("\\.");
        if (parts.length < 2) {
            throw refused("must end with an extension such as .pdf");
        }
        if (RESERVED.contains(parts[0].strip())) {
            throw refused("must not be a reserved device name such as CON or NUL");
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (EXECUTABLE.contains(parts[i].strip())) {
                throw refused("must not hide an executable or script extension ('." + parts[i] + "') before the last one");
            }
        }
        return normalised;
    }

    public static String extensionOf(String checkedName) {
        return checkedName.substring(checkedName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static ErrorResponseException refused(String message) {
        ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "invalid-file-name", "The file name is refused.");
        problem.setProperty("errors", List.of(new FieldError("fileName", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
