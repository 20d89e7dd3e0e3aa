package app.kasus.interchange;

import app.kasus.base.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip archive entry by entry, refusing it as soon as it breaks a limit: too many entries, more
 * uncompressed bytes than allowed, an entry that inflates far beyond its compressed size (a zip bomb), or a path
 * that could leave a folder it were unpacked into (zip slip). Nothing is written to disk: the caller gets the
 * file entries' bytes, within {@link Limits#maxUncompressedBytes()} in all.
 */
public final class SafeZip {

    /**
     * @param maxEntries           entries (files and folders) an archive may hold
     * @param maxUncompressedBytes bytes all its files may unpack to together
     * @param maxCompressionRatio  how many times its compressed size an entry may unpack to
     */
    public record Limits(int maxEntries, long maxUncompressedBytes, int maxCompressionRatio) {
    }

    /** Below this an entry's ratio is not judged: a few kilobytes of repetitive XML legitimately compress well. */
    static final long RATIO_GRACE_BYTES = 64 * 1024;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private SafeZip() {
    }

    /**
     * The archive's files by normalized path (folders left out), in archive order.
     *
     * @param field what the error messages name, e.g. "file"
     * @throws InvalidInputException naming the problem: not a zip, damaged or truncated, encrypted, a limit, a path
     */
    public static Map<String, byte[]> read(InputStream in, Limits limits, String field) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        CountingInputStream counted = new CountingInputStream(in);
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new InvalidInputException(field, "the archive has more than " + limits.maxEntries()
                            + " entries");
                }
                String path = normalize(entry.getName(), field);
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.containsKey(path)) {
                    throw new InvalidInputException(field, "the archive holds " + path + " twice");
                }
                long compressedBefore = counted.count();
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                long entryBytes = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    entryBytes += n;
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw new InvalidInputException(field, "the archive unpacks to more than "
                                + limits.maxUncompressedBytes() + " bytes");
                    }
                    long compressed = Math.max(1, counted.count() - compressedBefore);
                    if (entryBytes > RATIO_GRACE_BYTES && entryBytes > compressed * limits.maxCompressionRatio()) {
                        throw new InvalidInputException(field, "the archive entry " + path
                                + " unpacks to more than " + limits.maxCompressionRatio()
                                + " times its compressed size (a zip bomb?)");
                    }
                    content.write(buffer, 0, n);
                }
                files.put(path, content.toByteArray());
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (ZipException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            throw new InvalidInputException(field, message.contains("encrypted")
                    ? "the archive is encrypted; export it without a password"
                    : "the archive is damaged (" + message + ")");
        } catch (EOFException e) {
            throw new InvalidInputException(field, "the archive is truncated: it ends in the middle of an entry");
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8.
            throw new InvalidInputException(field, "the archive cannot be read: it is damaged or not a zip archive");
        }
        if (entries == 0) {
            throw new InvalidInputException(field, "not a zip archive (or an empty one)");
        }
        return files;
    }

    /**
     * The entry's path with "./" segments dropped; refuses absolute paths, drive letters, backslashes, "..", and
     * control characters, so no name can point outside the archive's own tree.
     */
    static String normalize(String name, String field) {
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException(field, "the archive has an entry without a name");
        }
        if (name.indexOf('\\') >= 0 || name.startsWith("/") || DRIVE.matcher(name).matches()
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException(field, "the archive entry " + printable(name)
                    + " has an unsafe path (absolute, a drive or a backslash): refused as a zip slip");
        }
        StringBuilder normalized = new StringBuilder();
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                throw new InvalidInputException(field, "the archive entry " + printable(name)
                        + " points outside the archive (\"..\"): refused as a zip slip");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (normalized.length() > 0) {
                normalized.append('/');
            }
            normalized.append(segment);
        }
        if (normalized.length() == 0) {
            throw new InvalidInputException(field, "the archive has an entry without a name");
        }
        return name.endsWith("/") ? normalized + "/" : normalized.toString();
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (shown.length() > 100 ? shown.substring(0, 100) + "…" : shown) + "\"";
    }

    /** Counts the compressed bytes the inflater has taken, to judge each entry's ratio while it streams. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
