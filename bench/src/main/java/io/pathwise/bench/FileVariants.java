package io.pathwise.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Variants of the bodies that are files: web forms ({@code application/x-www-form-urlencoded}),
 * course package zips (as the body or as the {@code file} part of a multipart upload) and CSV
 * member lists.
 */
final class FileVariants {

    static final String BOUNDARY = "fuzzBoundary7MA4YWxkTrZu0gW";

    private FileVariants() {
    }

    /** One form field removed, added, repeated or given hostile (encoded) text. */
    static void form(RequestDraft draft, SplittableRandom random) {
        List<String> fields = new ArrayList<>(Arrays.asList(new String(draft.target.validBody(), StandardCharsets.US_ASCII).split("&")));
        int i = random.nextInt(fields.size());
        String name = fields.get(i).split("=", 2)[0];
        String[][] values = {
                {"10,000 characters", "a".repeat(10_000)}, {"%00", "a%00b"}, {"control characters", "%01%1B%7F"},
                {"invalid UTF-8 %FF", "%FF"}, {"UTF-8-encoded surrogate %ED%A0%80", "%ED%A0%80"},
                {"invalid escape %ZZ", "%ZZ"}, {"lone '%'", "%"}, {"empty", ""}, {"right-to-left override", "%E2%80%AEx"},
                {"text for a boolean or number", "maybe"}, {"1e309", "1e309"}, {"not a UUID", "not-a-uuid"}};
        switch (random.nextInt(5)) {
            case 0 -> {
                fields.remove(i);
                draft.label = "form field " + name + " missing";
            }
            case 1 -> {
                fields.add(name + "=" + "x");
                draft.label = "form field " + name + " given twice";
            }
            case 2 -> {
                fields.add("fuzzExtra=%FF%00");
                draft.label = "extra form field";
            }
            default -> {
                String[] value = values[random.nextInt(values.length)];
                fields.set(i, name + "=" + value[1]);
                draft.label = "form field " + name + " = " + value[0];
            }
        }
        draft.body = FuzzBody.of(String.join("&", fields).getBytes(StandardCharsets.US_ASCII));
    }

    /** A hostile package: not a zip, broken, traversing, bombing, or with hostile YAML inside. */
    static void zip(RequestDraft draft, Map<String, String> validFiles, SplittableRandom random) {
        byte[] valid = zipOf(validFiles, StandardCharsets.UTF_8);
        Map<String, String> files = new LinkedHashMap<>(validFiles);
        String label;
        byte[] zip;
        switch (random.nextInt(14)) {
            case 0 -> { label = "not a zip"; zip = "PK not really a zip".getBytes(StandardCharsets.US_ASCII); }
            case 1 -> { label = "zip truncated to half"; zip = Arrays.copyOf(valid, valid.length / 2); }
            case 2 -> { label = "empty zip"; zip = zipOf(Map.of(), StandardCharsets.UTF_8); }
            case 3 -> { files.put("../../evil.yaml", "x: 1"); label = "entry ../../evil.yaml"; zip = zipOf(files, StandardCharsets.UTF_8); }
            case 4 -> { files.put("/etc/evil.yaml", "x: 1"); label = "absolute entry /etc/evil.yaml"; zip = zipOf(files, StandardCharsets.UTF_8); }
            case 5 -> { files.put("caf\u00e9-\u00ff.md", "x"); label = "entry name not UTF-8 (ISO-8859-1 bytes, no UTF-8 flag)"; zip = zipOf(files, StandardCharsets.ISO_8859_1); }
            case 6 -> { label = "zip bomb: one entry of 30 MB zeros"; zip = bomb(); }
            case 7 -> {
                for (int n = 0; n < 5_000; n++) {
                    files.put("units/many/" + n + ".md", "");
                }
                label = "5,000 extra entries";
                zip = zipOf(files, StandardCharsets.UTF_8);
            }
            case 8 -> { files.put("course.yaml", "a: " + "[".repeat(10_000)); label = "course.yaml nested 10,000 deep"; zip = zipOf(files, StandardCharsets.UTF_8); }
            case 9 -> { files.put("course.yaml", aliasBomb()); label = "course.yaml with an alias bomb (billion laughs)"; zip = zipOf(files, StandardCharsets.UTF_8); }
            case 10 -> { files.put("course.yaml", files.getOrDefault("course.yaml", "").replaceFirst("title: .*",
                    java.util.regex.Matcher.quoteReplacement("title: \"a\\ud800b\\u0000\""))); label = "course.yaml title with \\ud800 and \\u0000 escapes"; zip = zipOf(files, StandardCharsets.UTF_8); }
            case 11 -> { files.put("course.yaml", "!!java.lang.ProcessBuilder [[\"true\"]]"); label = "course.yaml with a Java type tag"; zip = zipOf(files, StandardCharsets.UTF_8); }
            case 12 -> { files.remove("course.yaml"); label = "course.yaml missing"; zip = zipOf(files, StandardCharsets.UTF_8); }
            default -> {
                Map<String, byte[]> raw = new LinkedHashMap<>();
                files.forEach((name, text) -> raw.put(name, text.getBytes(StandardCharsets.UTF_8)));
                String key = new ArrayList<>(files.keySet()).get(random.nextInt(files.size()));
                raw.put(key, new byte[] {(byte) 0xff, (byte) 0xfe, 'x', 0, (byte) 0xed, (byte) 0xa0, (byte) 0x80});
                label = key + " holding invalid UTF-8 and NUL";
                zip = zip(raw, StandardCharsets.UTF_8);
            }
        }
        draft.label = "package: " + label;
        draft.body = draft.target.body() == FuzzTarget.BodyKind.MULTIPART_ZIP ? FuzzBody.of(multipart("file", "package.zip", zip)) : FuzzBody.of(zip);
    }

    /** Broken multipart framing around a valid package. */
    static void multipartShape(RequestDraft draft, byte[] validZip, SplittableRandom random) {
        String[] labels = {"no file part", "file part with filename ../../x.zip and NUL", "multipart body truncated", "part without headers", "empty file part"};
        int choice = random.nextInt(labels.length);
        byte[] body = switch (choice) {
            case 0 -> ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            case 1 -> multipart("file", "../../x\u0000.zip", validZip);
            case 2 -> Arrays.copyOf(multipart("file", "package.zip", validZip), validZip.length / 2);
            case 3 -> ("--" + BOUNDARY + "\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            default -> multipart("file", "package.zip", new byte[0]);
        };
        draft.label = "multipart: " + labels[choice];
        draft.body = FuzzBody.of(body);
    }

    /** A CSV member list with hostile bytes or shape. */
    static void csv(RequestDraft draft, SplittableRandom random) {
        String valid = new String(draft.target.validBody(), StandardCharsets.UTF_8);
        Object[][] choices = {
                {"invalid UTF-8 byte 0xff", bytes(valid, new byte[] {(byte) 0xff})},
                {"NUL byte", bytes(valid, new byte[] {0})},
                {"UTF-8-encoded surrogate", bytes(valid, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})},
                {"unbalanced quote", (valid + "\"unclosed,x@example.org,LEARNER\n").getBytes(StandardCharsets.UTF_8)},
                {"byte order mark", bytes("", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, valid)},
                {"only a header", valid.lines().findFirst().orElse("").getBytes(StandardCharsets.UTF_8)},
                {"formula and control characters", (valid + "=cmd|' /C calc'!A0,\u0001x@example.org,LEARNER\n").getBytes(StandardCharsets.UTF_8)},
                {"10,000 blank lines", (valid + "\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8)},
                {"a 100,000-character field", (valid + "a".repeat(100_000) + "@example.org,x,LEARNER\n").getBytes(StandardCharsets.UTF_8)},
                {"bare CR line ends", valid.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)},
                {"UTF-16 body", valid.getBytes(StandardCharsets.UTF_16)}};
        Object[] chosen = choices[random.nextInt(choices.length)];
        draft.label = "CSV: " + chosen[0];
        draft.body = FuzzBody.of((byte[]) chosen[1]);
    }

    static byte[] multipart(String field, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] zipOf(Map<String, String> files, java.nio.charset.Charset names) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zip(bytes, names);
    }

    private static byte[] zip(Map<String, byte[]> files, java.nio.charset.Charset names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 30 MB of zeros in one entry: about 30 KB compressed, past the 20 MB the package may unpack to. */
    private static byte[] bomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("course.yaml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 30; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append("]\n");
        }
        return yaml.toString();
    }

    private static byte[] bytes(String before, byte[] inserted, String... after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(inserted);
        for (String a : after) {
            out.writeBytes(a.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
