package io.trailguard.org;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Points the AWS SDK at a local endpoint with static test credentials through the SDK's own system properties
 * (the JVM-level twins of {@code AWS_ENDPOINT_URL}, {@code AWS_ACCESS_KEY_ID}, ...), and puts them back afterwards.
 */
public final class AwsTestEnvironment implements AutoCloseable {

    public static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    public static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private final Map<String, String> saved = new HashMap<>();

    /** Every service (Organizations and STS) at {@code endpoint}; no config or credentials files from the machine. */
    public static AwsTestEnvironment allServicesAt(URI endpoint, Path emptyDir) {
        AwsTestEnvironment env = new AwsTestEnvironment();
        env.set("aws.endpointUrl", endpoint.toString());
        env.staticCredentials(emptyDir);
        return env;
    }

    /** Only Organizations at {@code endpoint}, through the service-specific setting. */
    public static AwsTestEnvironment organizationsAt(URI endpoint, Path emptyDir) {
        AwsTestEnvironment env = new AwsTestEnvironment();
        env.set("aws.endpointUrlOrganizations", endpoint.toString());
        env.staticCredentials(emptyDir);
        return env;
    }

    private void staticCredentials(Path emptyDir) {
        set("aws.accessKeyId", ACCESS_KEY);
        set("aws.secretAccessKey", SECRET_KEY);
        set("aws.configFile", emptyDir.resolve("config").toString());
        set("aws.sharedCredentialsFile", emptyDir.resolve("credentials").toString());
    }

    public AwsTestEnvironment set(String property, String value) {
        saved.putIfAbsent(property, System.getProperty(property));
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
        return this;
    }

    @Override
    public void close() {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
