package app.kasus.interchange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much an uploaded zip archive may unpack to: the {@code kasus.import.*} properties, read by {@link SafeZip}
 * and by whatever tells users the limits. Defaults in {@code application.properties}.
 */
@Component
public class ZipLimits {

    private final SafeZip.Limits limits;

    ZipLimits(@Value("${kasus.import.max-zip-entries:1000}") int maxEntries,
              @Value("${kasus.import.max-uncompressed-bytes:104857600}") long maxUncompressedBytes,
              @Value("${kasus.import.max-compression-ratio:100}") int maxCompressionRatio) {
        this.limits = new SafeZip.Limits(maxEntries, maxUncompressedBytes, maxCompressionRatio);
    }

    public SafeZip.Limits limits() {
        return limits;
    }
}
