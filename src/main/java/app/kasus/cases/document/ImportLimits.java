package app.kasus.cases.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one uploaded document may hold ({@code kasus.import.*} in application.properties). The import refuses
 * anything beyond, and the upload page states the same numbers.
 *
 * @param maxBytes             the file itself (the servlet's multipart limit follows it)
 * @param maxPages             pages of a PDF
 * @param maxPassages          paragraphs of the resulting case
 * @param maxUncompressedBytes what a Word file (a zip) may unpack to, per entry
 * @param maxCompressionRatio  how much smaller than its content a zip entry may be; more is a zip bomb
 */
@ConfigurationProperties("kasus.import")
public record ImportLimits(
        @DefaultValue("20MB") DataSize maxBytes,
        @DefaultValue("300") int maxPages,
        @DefaultValue("3000") int maxPassages,
        @DefaultValue("100MB") DataSize maxUncompressedBytes,
        @DefaultValue("100") int maxCompressionRatio) {

    public long maxMegabytes() {
        return maxBytes.toMegabytes();
    }
}
