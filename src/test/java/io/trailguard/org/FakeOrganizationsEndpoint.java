package io.trailguard.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local HTTP endpoint speaking the Organizations AWS JSON 1.1 protocol and the STS query protocol, answering from
 * the response files under {@code src/test/resources/org/wire}. Replies can be scripted ahead of the files (a
 * throttling error once, access denied) and every request is recorded for assertions.
 */
public final class FakeOrganizationsEndpoint implements AutoCloseable {

    public static final String ASSUMED_ACCESS_KEY = "ASIAFAKEASSUMEDROLE1";
    public static final String ASSUMED_ROLE_ARN = "arn:aws:sts::111111111111:assumed-role/TrailguardCoverageReadOnly/trailguard-coverage";
    public static final String USER_ARN = "arn:aws:iam::111111111111:user/ci-reader";

    private static final String FIXTURES = "/org/wire/";
    private static final String TARGET_PREFIX = "AWSOrganizationsV20161128.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received: the operation, its lookup key, body and signing access key. */
    public record Request(String operation, String key, String body, String accessKeyId) {}

    private record Reply(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Deque<Reply>> scripted = new HashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> denied = ConcurrentHashMap.newKeySet();

    public FakeOrganizationsEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request for {@code operation} with this key ({@code first}, a NextToken, a child id) is throttled. */
    public synchronized void throttleOnce(String operation, String key) {
        script(operation, key, 400, error("TooManyRequestsException", "AWS Organizations can't complete your request because it conflicts with other requests. Try again later."));
    }

    /** Every request for {@code operation} is denied, as for a caller outside the management account. */
    public void deny(String operation) {
        denied.add(operation);
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> requests(String operation) {
        return requests().stream().filter(r -> r.operation().equals(operation)).toList();
    }

    private synchronized void script(String operation, String key, int status, String body) {
        scripted.computeIfAbsent(operation + "#" + key, k -> new ArrayDeque<>()).add(new Reply(status, body));
    }

    private synchronized Reply nextScripted(String operation, String key) {
        if (denied.contains(operation)) {
            return new Reply(400, error("AccessDeniedException", "You don't have permissions to access this resource."));
        }
        Deque<Reply> q = scripted.get(operation + "#" + key);
        return q == null ? null : q.poll();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String accessKey = accessKey(ex.getRequestHeaders().getFirst("Authorization"));
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null && target.startsWith(TARGET_PREFIX)) {
            organizations(ex, target.substring(TARGET_PREFIX.length()), body, accessKey);
        } else {
            sts(ex, body, accessKey);
        }
    }

    private void organizations(HttpExchange ex, String operation, String body, String accessKey) throws IOException {
        JsonNode request = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        String key = switch (operation) {
            case "ListAccounts" -> request.hasNonNull("NextToken") ? request.get("NextToken").asText() : "first";
            case "ListParents" -> request.path("ChildId").asText();
            case "DescribeOrganizationalUnit" -> request.path("OrganizationalUnitId").asText();
            default -> null;
        };
        requests.add(new Request(operation, key, body, accessKey));
        Reply reply = nextScripted(operation, key);
        if (reply == null) {
            String file = FIXTURES + operation + (key == null ? "" : "/" + key) + ".json";
            String fixture = resource(file);
            reply = fixture != null ? new Reply(200, fixture)
                    : new Reply(400, error("InvalidInputException", "the fake endpoint has no response file " + file));
        }
        send(ex, reply, "application/x-amz-json-1.1");
    }

    private void sts(HttpExchange ex, String body, String accessKey) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String action = form.getOrDefault("Action", "");
        requests.add(new Request("sts:" + action, form.get("RoleArn"), body, accessKey));
        String xml = switch (action) {
            case "AssumeRole" -> resource(FIXTURES + "sts/AssumeRole.xml");
            case "GetCallerIdentity" -> resource(FIXTURES + "sts/GetCallerIdentity.xml")
                    .replace("{{ARN}}", ASSUMED_ACCESS_KEY.equals(accessKey) ? ASSUMED_ROLE_ARN : USER_ARN)
                    .replace("{{ACCOUNT}}", "111111111111");
            default -> null;
        };
        if (xml == null) {
            send(ex, new Reply(400, "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>" + action
                    + "</Message></Error></ErrorResponse>"), "text/xml");
            return;
        }
        send(ex, new Reply(200, xml), "text/xml");
    }

    private static void send(HttpExchange ex, Reply reply, String contentType) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.getResponseHeaders().add("x-amzn-RequestId", "8b5d2d3c-1f6b-4b8e-9a55-0c7e2f1d9a11");
        ex.sendResponseHeaders(reply.status(), bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static String error(String type, String message) {
        return "{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}";
    }

    /** {@code AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/organizations/aws4_request, ...} -> AKID */
    private static String accessKey(String authorization) {
        if (authorization == null) {
            return null;
        }
        int start = authorization.indexOf("Credential=");
        return start < 0 ? null : authorization.substring(start + 11, authorization.indexOf('/', start));
    }

    private static String resource(String path) {
        try (InputStream in = FakeOrganizationsEndpoint.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
