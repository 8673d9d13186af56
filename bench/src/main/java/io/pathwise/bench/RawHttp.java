package io.pathwise.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for the few variants the JDK client refuses to send: a request
 * target with a malformed escape ({@code %ZZ}) or a header value holding a control character.
 * One request per connection ({@code Connection: close}); only the status line and the start of
 * the answer are read, which is all a finding needs.
 */
final class RawHttp {

    private RawHttp() {
    }

    static FuzzHttp.Answer send(String baseUrl, FuzzRequest request, Map<String, String> credentials, Duration timeout) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            write(head, request.method() + " " + request.pathAndQuery() + " HTTP/1.1\r\n");
            write(head, "Host: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n");
            credentials.forEach((name, value) -> write(head, name + ": " + value + "\r\n"));
            request.headers().forEach((name, value) -> write(head, name + ": " + value + "\r\n"));
            byte[] body = request.body().bytes();
            write(head, "Content-Length: " + body.length + "\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(4_000);
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
                return new FuzzHttp.Answer(0, "no HTTP answer (raw socket)", null, text);
            }
            return new FuzzHttp.Answer(Integer.parseInt(text.substring(9, 12)), null, null, text);
        } catch (SocketTimeoutException e) {
            return new FuzzHttp.Answer(0, "timeout after " + timeout.toSeconds() + " s", null, "");
        } catch (IOException | RuntimeException e) {
            return new FuzzHttp.Answer(0, e.getClass().getSimpleName() + " (raw socket)", null, "");
        }
    }

    /** Header text as bytes one to one (ISO-8859-1), so a variant's control characters go out as they are. */
    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
