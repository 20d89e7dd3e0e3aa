package app.kasus.interchange;

import app.kasus.cases.document.ImportLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much an uploaded zip archive may unpack to, from the {@code kasus.import.*} properties the document import
 * reads too ({@link ImportLimits}: uncompressed bytes, compression ratio) and {@code kasus.import.max-zip-entries}.
 * For an archive read through {@link SafeZip} the uncompressed bytes bound all its entries together.
 */
@Component
public class ZipLimits {

    /** The default of {@code kasus.import.max-zip-entries}. */
    public static final int DEFAULT_MAX_ENTRIES = 1000;

    private final SafeZip.Limits limits;

    ZipLimits(ImportLimits importLimits,
              @Value("${kasus.import.max-zip-entries:" + DEFAULT_MAX_ENTRIES + "}") int maxEntries) {
        this.limits = new SafeZip.Limits(maxEntries, importLimits.maxUncompressedBytes().toBytes(),
                importLimits.maxCompressionRatio());
    }

    public SafeZip.Limits limits() {
        return limits;
    }
}
