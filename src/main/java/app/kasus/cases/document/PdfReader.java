package app.kasus.cases.document;

import app.kasus.cases.StructuredText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF (Apache PDFBox): the text layer, page by page, with a blank line after each paragraph PDFBox sees; lines
 * repeated at the top or bottom of most pages (running heads, journal names, page numbers) are removed. The rest
 * of the repair (hard wraps, hyphenation, footnote blocks) is the one segmentation path's, as for the bundled case.
 */
final class PdfReader implements DocumentReader {

    /** Lines at each page edge that may be a running head or foot. */
    private static final int EDGE_LINES = 2;
    /** A line counts as repeated when at least this share of the pages carries it at an edge. */
    private static final double REPEATED_SHARE = 0.4;
    /** Fewer letters than this in the whole text layer: there is no text to code, only images of it. */
    private static final int MIN_LETTERS = 20;

    @Override
    public ReadDocument read(Path file, ImportLimits limits) throws IOException {
        PDDocument pdf;
        try {
            pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw Rejection.of("The PDF is encrypted with a password. Upload a copy without the password.");
        } catch (IOException | RuntimeException e) {
            throw Rejection.of("The PDF is damaged or incomplete and cannot be read.");
        }
        try (pdf) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw Rejection.of("The PDF has no pages.");
            }
            if (pages > limits.maxPages()) {
                throw Rejection.of("The PDF has " + pages + " pages; at most " + limits.maxPages() + " can be imported.");
            }
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw Rejection.of("The PDF is protected against copying its text. Upload an unprotected copy.");
            }
            List<List<String>> pageLines = extract(pdf, pages);
            long letters = pageLines.stream().flatMap(List::stream).flatMapToInt(String::codePoints)
                    .filter(Character::isLetter).count();
            if (letters < MIN_LETTERS) {
                throw Rejection.of("The PDF has no text layer, only images of pages (a scan?). Run text recognition"
                        + " (OCR) on it first, or upload the text in another format.");
            }
            String title = pdf.getDocumentInformation().getTitle();
            return new ReadDocument(join(withoutRunningLines(pageLines)), title == null || title.isBlank() ? null : title);
        } catch (IOException | RuntimeException e) {
            if (e instanceof app.kasus.base.InvalidInputException invalid) {
                throw invalid;
            }
            throw Rejection.of("The PDF is damaged and its text cannot be read.");
        }
    }

    private static List<List<String>> extract(PDDocument pdf, int pages) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("\n");
        List<List<String>> result = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = StructuredText.plain(stripper.getText(pdf));
            result.add(new ArrayList<>(Arrays.asList(text.split("\n", -1))));
        }
        return result;
    }

    /** Removes the lines that recur at the top or bottom of most pages, digits (page numbers) ignored. */
    static List<List<String>> withoutRunningLines(List<List<String>> pages) {
        if (pages.size() < 3) {
            return pages;
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> lines : pages) {
            Set<String> seen = new HashSet<>();
            for (int index : edgeIndexes(lines)) {
                seen.add(key(lines.get(index)));
            }
            seen.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * REPEATED_SHARE));
        List<List<String>> result = new ArrayList<>();
        for (List<String> lines : pages) {
            List<String> kept = new ArrayList<>(lines);
            List<Integer> edges = edgeIndexes(lines);
            for (int k = edges.size() - 1; k >= 0; k--) {
                int index = edges.get(k);
                if (pagesWith.getOrDefault(key(lines.get(index)), 0) >= needed) {
                    kept.set(index, null);
                }
            }
            kept.removeIf(line -> line == null);
            result.add(kept);
        }
        return result;
    }

    private static List<Integer> edgeIndexes(List<String> lines) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        Set<Integer> edges = new java.util.TreeSet<>();
        for (int k = 0; k < nonBlank.size(); k++) {
            if (k < EDGE_LINES || k >= nonBlank.size() - EDGE_LINES) {
                edges.add(nonBlank.get(k));
            }
        }
        return new ArrayList<>(edges);
    }

    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /** Pages in order; each page's first line marked (form feed) as a page start, as extracted article text is. */
    private static String join(List<List<String>> pages) {
        StringBuilder out = new StringBuilder();
        for (List<String> lines : pages) {
            boolean first = true;
            for (String line : lines) {
                if (first && !line.isBlank()) {
                    out.append('\f');
                    first = false;
                }
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
