package io.pathwise.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Course packages for tests: the example Fractions package as files, changed as a test needs, zipped. */
public final class PackageZips {

    /** The example package in the repository (tests run from server/). */
    public static final Path FRACTIONS = Path.of("../examples/courses/fractions");

    private PackageZips() {
    }

    public static Map<String, String> fractions() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(FRACTIONS)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(FRACTIONS.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
