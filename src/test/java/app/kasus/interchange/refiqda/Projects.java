package app.kasus.interchange.refiqda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made REFI-QDA projects for import tests, written as a foreign tool would (no Kasus facets). */
public final class Projects {

    static final String SOURCE_GUID = "5B0C0C2E-1111-4C3B-9A47-000000000001";
    static final String CONCESSION_GUID = "5B0C0C2E-2222-4C3B-9A47-000000000001";
    static final String THEMES_GUID = "5B0C0C2E-2222-4C3B-9A47-000000000002";
    static final String TRUST_GUID = "5B0C0C2E-2222-4C3B-9A47-000000000003";
    static final String USER_GUID = "5B0C0C2E-3333-4C3B-9A47-000000000001";
    static final String STRANGER_GUID = "5B0C0C2E-3333-4C3B-9A47-000000000002";
    static final String NOTE_GUID = "5B0C0C2E-4444-4C3B-9A47-000000000001";

    /** Two paragraphs under two headings; an emoji (one code point, two UTF-16 units) before each coded span. */
    static final String TEXT = "Introduction\n\nThe talks began in Hanoi \uD83D\uDE00 on a cold morning in February,"
            + " and both delegations arrived with high hopes for a lasting agreement.\n\n"
            + "Negotiations\n\nAfter a long dinner \uD83C\uDF5C Kim offered to close Yongbyon, while the American side"
            + " asked for the dismantling of every other site as well.";

    private Projects() {
    }

    /** {@code [start, end)} of the first occurrence of {@code quote} in {@link #TEXT}, in code points. */
    static int[] codePoints(String quote) {
        int at = TEXT.indexOf(quote);
        int start = TEXT.codePointCount(0, at);
        return new int[]{start, start + quote.codePointCount(0, quote.length())};
    }

    /** A project whose text is in {@code sources/}: a concession by {@code coder}, "Trust" with a note by a stranger. */
    public static Map<String, byte[]> foreign(String coder, String trustNote) {
        int[] hanoi = codePoints("Hanoi \uD83D\uDE00 on a cold morning");
        int[] kim = codePoints("Kim offered to close Yongbyon");
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Hanoi talks (imported)" origin="Test tool">
                  <Users>
                    <User guid="%s" name="%s"/>
                    <User guid="%s" name="Somebody Unknown"/>
                  </Users>
                  <CodeBook><Codes>
                    <Code guid="%s" name="Concession" isCodable="true"/>
                    <Code guid="%s" name="Themes" isCodable="false">
                      <Code guid="%s" name="Trust" isCodable="true" color="#a3c"><Description>Signs of trust</Description></Code>
                    </Code>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="%s" name="hanoi.txt" plainTextPath="internal://%s.txt">
                      <PlainTextSelection guid="5B0C0C2E-5555-4C3B-9A47-000000000001" startPosition="%d" endPosition="%d" creatingUser="%s">
                        <Coding guid="5B0C0C2E-6666-4C3B-9A47-000000000001" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="5B0C0C2E-5555-4C3B-9A47-000000000002" startPosition="%d" endPosition="%d" creatingUser="%s">
                        <Coding guid="5B0C0C2E-6666-4C3B-9A47-000000000002" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>
                        <NoteRef targetGUID="%s"/>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                  <Notes><Note guid="%s" name="memo"><PlainTextContent>%s</PlainTextContent></Note></Notes>
                </Project>
                """.formatted(USER_GUID, coder, STRANGER_GUID, CONCESSION_GUID, THEMES_GUID, TRUST_GUID,
                SOURCE_GUID, SOURCE_GUID, hanoi[0], hanoi[1], USER_GUID, USER_GUID, CONCESSION_GUID,
                kim[0], kim[1], STRANGER_GUID, STRANGER_GUID, TRUST_GUID, NOTE_GUID, NOTE_GUID, trustNote);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        files.put("sources/" + SOURCE_GUID + ".txt", TEXT.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
