package io.pathwise.catalog.packaging;

import io.pathwise.shared.web.RequestBodyTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a course package, by their path inside the package ({@code units/basics/unit.yaml}),
 * read from a folder or a zip with limits: a hostile zip can neither escape its folder, nor
 * exhaust memory by expanding far beyond its compressed size, nor bury the server in files.
 */
public final class PackageFiles {

    public static final int MAX_FILES = 5_000;
    public static final long MAX_FILE_BYTES = 1_000_000;

    private final Map<String, byte[]> files;

    PackageFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    public static PackageFiles of(Map<String, byte[]> files) {
        return new PackageFiles(new TreeMap<>(files));
    }

    /**
     * Reads a zip. A package whose files all sit under one top folder (as when a folder is zipped
     * whole) is read from inside that folder.
     *
     * @throws InvalidPackageException when the zip is malformed or breaks a limit
     */
    public static PackageFiles fromZip(InputStream zip, long maxTotalBytes) {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = safeName(entry.getName());
                if (files.size() >= MAX_FILES) {
                    throw new InvalidPackageException("the package has more than " + MAX_FILES + " files");
                }
                byte[] content = readLimited(in, name, Math.min(MAX_FILE_BYTES, maxTotalBytes - total));
                total += content.length;
                files.put(name, content);
            }
        } catch (RequestBodyTooLargeException e) {
            throw new UncheckedIOException(e); // the upload itself is too large: 413, not a broken zip
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidPackageException("the upload is not a readable zip file (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new InvalidPackageException("the zip file is empty; it must contain course.yaml");
        }
        return new PackageFiles(stripCommonFolder(files));
    }

    /** Reads a package folder (symbolic links are not followed). */
    public static PackageFiles fromFolder(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (files.size() >= MAX_FILES) {
                    throw new InvalidPackageException("the package has more than " + MAX_FILES + " files");
                }
                if (Files.size(path) > MAX_FILE_BYTES) {
                    throw new InvalidPackageException(folder.relativize(path) + " is larger than " + MAX_FILE_BYTES + " bytes");
                }
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageFiles(files);
    }

    public byte[] get(String path) {
        return files.get(path);
    }

    public Map<String, byte[]> all() {
        return files;
    }

    private static String safeName(String name) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.contains("../") || normalized.equals("..")
                || normalized.contains(":") || normalized.contains("\0")) {
            throw new InvalidPackageException("the zip contains an unsafe path: " + name);
        }
        return normalized.startsWith("./") ? normalized.substring(2) : normalized;
    }

    private static byte[] readLimited(InputStream in, String name, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                throw new InvalidPackageException(name + " is too large once unpacked (limit " + limit + " bytes)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> stripCommonFolder(Map<String, byte[]> files) {
        if (files.containsKey("course.yaml")) {
            return files;
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(name -> name.startsWith(prefix))) {
            return files;
        }
        Map<String, byte[]> stripped = new TreeMap<>();
        files.forEach((name, content) -> stripped.put(name.substring(prefix.length()), content));
        return stripped;
    }
}
