package org.lfpl.dialogue.proceedings;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lfpl.dialogue.artefacts.SharedArtefact;
import org.lfpl.dialogue.insight.InsightView;
import org.lfpl.dialogue.participation.SymposiumInfo;
import org.lfpl.dialogue.programme.ScheduledSession;
import org.lfpl.dialogue.proposal.DialogueDraft;
import org.lfpl.dialogue.proposal.DialogueView;
import org.springframework.web.util.HtmlUtils;

/**
 * A symposium's proceedings as one XHTML document (every text escaped), and the same as PDF: the
 * programme, each dialogue with its hosts, purpose, questions, principles, outputs and linked
 * artefacts, and the plenary outcomes. The basis for a journal special issue.
 */
final class ProceedingsDocument {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ProceedingsDocument() {}

    static String html(SymposiumInfo symposium, List<ScheduledSession> programme, List<DialogueView> dialogues,
            List<InsightView> outputs, Map<String, List<SharedArtefact>> artefacts) {
        Map<String, ScheduledSession> sessions = programme.stream()
                .collect(Collectors.toMap(ScheduledSession::dialogueId, Function.identity()));
        Map<String, List<InsightView>> outputsByDialogue = outputs.stream()
                .collect(Collectors.groupingBy(InsightView::dialogueId));
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>Proceedings</title><style>body{font-family:serif;font-size:11pt;line-height:1.4}")
                .append("h1{font-size:20pt}h2{font-size:15pt;margin-top:18pt}h3{font-size:12pt}")
                .append(".meta{color:#444}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3pt}")
                .append("</style></head><body>");
        out.append("<h1>Proceedings of the LfPL symposium</h1><p class=\"meta\">").append(esc(symposium.title()))
                .append("</p>");

        out.append("<h2>Programme</h2><table><tr><th>When</th><th>Where</th><th>Dialogue</th><th>Strand</th></tr>");
        for (ScheduledSession session : programme) {
            out.append("<tr><td>").append(esc(WHEN.format(session.startsAt()))).append("</td><td>")
                    .append(esc(session.roomName())).append("</td><td>").append(esc(session.title())).append("</td><td>")
                    .append(esc(symposium.strandTitle(session.strandId()))).append("</td></tr>");
        }
        out.append("</table>");

        out.append("<h2>Dialogues</h2>");
        for (DialogueView dialogue : dialogues) {
            DialogueDraft p = dialogue.proposal();
            out.append("<h3>").append(esc(p.title())).append("</h3>");
            out.append("<p class=\"meta\">Hosted by ").append(esc(dialogue.hostName()));
            if (p.coHostIds() != null && !p.coHostIds().isEmpty()) {
                out.append(" with ").append(p.coHostIds().size()).append(" co-host(s)");
            }
            out.append(" &#183; ").append(esc(symposium.strandTitle(p.strandId()))).append(" &#183; ").append(esc(p.format()));
            ScheduledSession session = sessions.get(dialogue.id());
            if (session != null) {
                out.append(" &#183; ").append(esc(WHEN.format(session.startsAt())));
            }
            out.append("</p><p>").append(esc(p.purpose())).append("</p>");
            if (p.guidingQuestions() != null) {
                var q = p.guidingQuestions();
                out.append("<ul>");
                question(out, "Who", q.who());
                question(out, "Why", q.why());
                question(out, "What", q.what());
                question(out, "When", q.when());
                question(out, "Where", q.where());
                question(out, "How", q.how());
                out.append("</ul>");
            }
            out.append("<p>Principles: ").append(esc(p.principles().stream().map(Principles::name)
                    .collect(Collectors.joining("; ")))).append("</p>");
            List<InsightView> recorded = outputsByDialogue.getOrDefault(dialogue.id(), List.of());
            if (!recorded.isEmpty()) {
                out.append("<ul>");
                for (InsightView output : recorded) {
                    out.append("<li><b>").append(esc(label(output))).append(":</b> ").append(esc(output.text()))
                            .append("</li>");
                }
                out.append("</ul>");
            }
            List<SharedArtefact> shared = artefacts.getOrDefault(dialogue.id(), List.of());
            if (!shared.isEmpty()) {
                out.append("<p>Artefacts shared in the library:</p><ul>");
                for (SharedArtefact artefact : shared) {
                    out.append("<li>").append(esc(artefact.title())).append(" <span class=\"meta\">(")
                            .append(esc(artefact.licence())).append(")</span></li>");
                }
                out.append("</ul>");
            }
            if (p.artefactLinks() != null && !p.artefactLinks().isEmpty()) {
                out.append("<p>Artefacts: ").append(esc(String.join("; ", p.artefactLinks()))).append("</p>");
            }
        }

        out.append("<h2>Plenary outcomes</h2><ol>");
        for (InsightView outcome : outputs.stream().filter(InsightView::plenaryOutcome).toList()) {
            out.append("<li>").append(esc(outcome.text()));
            if (outcome.plenaryNote() != null) {
                out.append(" <i>").append(esc(outcome.plenaryNote())).append("</i>");
            }
            out.append(" (from \"").append(esc(outcome.dialogueTitle())).append("\")</li>");
        }
        out.append("</ol></body></html>");
        return out.toString();
    }

    static byte[] pdf(String html) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void question(StringBuilder out, String label, String text) {
        if (text != null && !text.isBlank()) {
            out.append("<li><b>").append(label).append(":</b> ").append(esc(text)).append("</li>");
        }
    }

    private static String label(InsightView output) {
        String kind = output.kind().name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** XML-safe: HTML escaping plus no numeric entities XHTML parsers reject. */
    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscapeDecimal(text).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
