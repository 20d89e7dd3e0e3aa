package app.kasus.cases.document;

import app.kasus.cases.StructuredText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Markdown (CommonMark): headings open sections, paragraphs (also in lists and quotes) become passages. */
final class MarkdownReader implements DocumentReader {

    private static final Parser PARSER = Parser.builder().build();

    @Override
    public ReadDocument read(Path file, ImportLimits limits) throws IOException {
        Node document = PARSER.parse(TextDecoding.decode(Files.readAllBytes(file)));
        StructuredText out = new StructuredText();
        String[] title = {null};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = textOf(heading);
                if (title[0] == null && heading.getLevel() == 1) {
                    title[0] = text;
                }
                out.heading(heading.getLevel(), text);
            }

            @Override
            public void visit(Paragraph paragraph) {
                out.paragraph(textOf(paragraph));
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.paragraph(code.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.paragraph(code.getLiteral());
            }
        });
        return new ReadDocument(out.build(), title[0]);
    }

    /** The text of a block without its markup (emphasis, links: their words). */
    private static String textOf(Node block) {
        StringBuilder text = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
