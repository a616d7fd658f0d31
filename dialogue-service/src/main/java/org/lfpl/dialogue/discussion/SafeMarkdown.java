package org.lfpl.dialogue.discussion;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML that a browser can show as it is: raw HTML in the text is escaped, and links
 * and images keep only safe schemes (no {@code javascript:}).
 */
@Component
class SafeMarkdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
