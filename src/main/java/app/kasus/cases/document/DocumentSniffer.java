package app.kasus.cases.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells a file's real type from its content (a PDF's {@code %PDF-}, a Word document's zip with
 * {@code word/document.xml}, HTML tags), never from its name or the type the browser claims; a name that claims
 * another type than the content is refused, since one of the two is wrong and we cannot know which.
 */
final class DocumentSniffer {

    private static final int HEAD_BYTES = 8192;
    private static final Pattern HTML_DOCUMENT = Pattern.compile("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
            + "<(?:!doctype\\s+html|html)[\\s>]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile("<(?:body|p|div|h[1-6]|article)[\\s>]",
            Pattern.CASE_INSENSITIVE);

    private DocumentSniffer() {
    }

    static DocumentType detect(Path file, String fileName) throws IOException {
        String ending = ending(fileName);
        DocumentType claimed = DocumentType.claimedBy(fileName);
        if (ending != null && claimed == null) {
            throw Rejection.of("Files of type ." + ending + " cannot be imported. Accepted: "
                    + String.join(", ", DocumentType.acceptedEndings()) + ".");
        }
        byte[] head = head(file);
        if (head.length == 0) {
            throw Rejection.of("The file is empty.");
        }
        DocumentType actual = byContent(file, head, claimed);
        if (claimed != null && claimed != actual && !(textual(claimed) && textual(actual) && actual != DocumentType.HTML
                && claimed != DocumentType.HTML)) {
            throw Rejection.of("The file is named ." + ending + " (" + claimed.label() + ") but holds "
                    + (actual == DocumentType.TXT ? "plain text" : article(actual.label())) + ".");
        }
        return actual;
    }

    private static DocumentType byContent(Path file, byte[] head, DocumentType claimed) throws IOException {
        if (isPdf(head)) {
            return DocumentType.PDF;
        }
        if (TextDecoding.startsWith(head, 0x50, 0x4B, 0x03, 0x04) || TextDecoding.startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return zip(file);
        }
        if (TextDecoding.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw Rejection.of("The file is a password-protected Word document or an old Word 97–2003 (.doc) file."
                    + " Remove the password or save it as .docx, then upload it again.");
        }
        if (!TextDecoding.hasUtf16Mark(head) && containsNul(head)) {
            throw Rejection.of("The file is binary data of a type that cannot be imported. Accepted: "
                    + String.join(", ", DocumentType.acceptedEndings()) + ".");
        }
        String text = TextDecoding.decode(textHead(head));
        if (HTML_DOCUMENT.matcher(text).find()) {
            return DocumentType.HTML;
        }
        if (claimed == DocumentType.MARKDOWN || claimed == DocumentType.TXT) {
            return claimed;
        }
        return HTML_TAGS.matcher(text).find() && text.contains("</") ? DocumentType.HTML : DocumentType.TXT;
    }

    /**
     * {@code %PDF-} at the start, or within the first kilobyte after bytes that are not text (the PDF format allows
     * such a prefix); a text that merely mentions "%PDF-" is still text.
     */
    private static boolean isPdf(byte[] head) {
        String ascii = new String(head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = ascii.indexOf("%PDF-");
        if (at < 0) {
            return false;
        }
        String before = ascii.substring(0, at);
        return before.isBlank() || before.chars().anyMatch(c -> c < 0x09 || c >= 0x0E && c < 0x20);
    }

    private static DocumentType zip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return DocumentType.DOCX;
            }
            if (zip.getEntry("project.qde") != null) {
                throw Rejection.of("The file is a REFI-QDA project: import it as a REFI-QDA project, not as a document.");
            }
            throw Rejection.of("The file is a zip archive but not a Word document (.docx).");
        } catch (ZipException e) {
            throw Rejection.of("The file is a damaged or incomplete zip archive (a Word document must be one).");
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** The head cut at a whole UTF-8 or UTF-16 character, so decoding it does not fail where the sample ends. */
    private static byte[] textHead(byte[] head) {
        if (head.length < HEAD_BYTES) {
            return head;
        }
        int end = head.length;
        if (TextDecoding.hasUtf16Mark(head)) {
            end -= 4 + end % 2; // room for a cut surrogate pair
        } else {
            while (end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            end = Math.max(0, end - 1);
        }
        return java.util.Arrays.copyOf(head, end);
    }

    private static boolean containsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean textual(DocumentType type) {
        return type == DocumentType.TXT || type == DocumentType.MARKDOWN || type == DocumentType.HTML;
    }

    private static String ending(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0 || fileName.endsWith(".")) {
            return null;
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static String article(String label) {
        return ("aeiouAEIOUH".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
