package app.kasus.cases.document;

import app.kasus.cases.StructuredText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML (jsoup): h1–h6 open sections; paragraphs, list items, quotes and preformatted blocks become passages.
 * Scripts, styles and page furniture (navigation, header, footer, forms) are dropped; only text is kept.
 */
final class HtmlReader implements DocumentReader {

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt, td, th, figcaption";
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, form, iframe, svg, "
            + "object, embed, button, select, textarea";

    @Override
    public ReadDocument read(Path file, ImportLimits limits) throws IOException {
        Document html = Jsoup.parse(TextDecoding.decode(Files.readAllBytes(file)));
        html.select(DROPPED).remove();
        StructuredText out = new StructuredText();
        for (Element block : html.body().select(BLOCKS)) {
            if (!block.select(BLOCKS).stream().filter(e -> e != block).toList().isEmpty()) {
                // A list item or quote holding paragraphs: its inner blocks are passages; loose text in it too.
                String own = block.ownText();
                if (!own.isBlank()) {
                    out.paragraph(own);
                }
                continue;
            }
            String name = block.normalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                out.heading(name.charAt(1) - '0', block.text());
            } else {
                out.paragraph(block.text());
            }
        }
        String title = html.title().isBlank() ? null : html.title();
        if (title == null) {
            Element h1 = html.body().selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        // A page that keeps its text in bare divs and line breaks has no blocks to go by: its text is read by layout.
        String text = out.isEmpty() ? layoutText(html) : out.build();
        return new ReadDocument(text, title);
    }

    /** Line breaks stay line breaks (jsoup's whole text keeps them) and every div ends a paragraph. */
    private static String layoutText(Document html) {
        html.body().select("div, section, article, main").forEach(d -> d.after(new org.jsoup.nodes.TextNode("\n\n")));
        return StructuredText.plain(html.body().wholeText());
    }
}
