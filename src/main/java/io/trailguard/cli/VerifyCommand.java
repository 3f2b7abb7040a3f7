package io.trailguard.cli;

import io.trailguard.config.StackConfig;
import io.trailguard.verify.CloudTrailPublicKeys;
import io.trailguard.verify.KeyFile;
import io.trailguard.verify.LocalObjectStore;
import io.trailguard.verify.ObjectStore;
import io.trailguard.verify.PublicKeys;
import io.trailguard.verify.S3ObjectStore;
import io.trailguard.verify.Verifier;
import io.trailguard.verify.VerifyFormat;
import io.trailguard.verify.VerifyProgress;
import io.trailguard.verify.VerifyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.s3.S3Client;

/** CloudTrail log file integrity of a whole organization: digests, signatures, the chain and every log file. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {
            "Validate CloudTrail digest and log files the way AWS documents it (custom validation): every digest's "
                    + "SHA256withRSA signature, the chain of digests, and the SHA-256 of every log file, for every "
                    + "account and region below SOURCE.",
            "SOURCE is s3://bucket[/prefix] (read with the AWS SDK) or a local copy of the bucket (a folder holding AWSLogs/).",
            "Exit 0 when everything verifies, 2 on integrity findings, 1 on errors. See docs/verify.md."
        })
final class VerifyCommand implements Callable<Integer> {

    static final int FINDINGS = 2;
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([mhd])");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "s3://bucket[/prefix] or a folder (a copy of the bucket); default with --stack: the stack's whole trail bucket.")
    String source;

    @Option(names = "--stack", paramLabel = "NAME",
            description = "Verify this stack's trail bucket (logArchive.bucketName, every prefix in it); its home region is the default --region.")
    String stack;

    @Option(names = "--keys", paramLabel = "FILE",
            description = "Public keys exported once (docs/verify.md); without it, CloudTrail ListPublicKeys is called with your credentials.")
    Path keyFile;

    @Option(names = "--bucket", paramLabel = "NAME", description = "For a local copy: the bucket it was copied from (checked against each digest).")
    String bucket;

    @Option(names = "--signature", paramLabel = "KEY=HEX",
            description = "The x-amz-meta-signature of a digest (a local copy's newest digests); repeatable.")
    List<String> signatures = new ArrayList<>();

    @Option(names = "--signatures", paramLabel = "FILE", description = "Digest signatures, one `KEY HEX` per line.")
    Path signatureFile;

    @Option(names = "--since", paramLabel = "TIME", description = "Only digests ending at or after this UTC time (2026-01-31T00:00:00Z).")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Only digests ending at or before this UTC time.")
    String until;

    @Option(names = "--fresh-within", paramLabel = "DURATION",
            description = "Report a time gap when a chain's newest digest is older than this (e.g. 2h, 90m, 1d).")
    String freshWithin;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel fetches and hashes (default: the cores).")
    Integer threads;

    @Option(names = "--progress", negatable = true, description = "Progress line on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Mixin
    AwsOptions aws;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<VerifyFormat> chosen = VerifyFormat.parse(format);
        if (chosen.isEmpty()) {
            return usage(err, "--format " + format + " is not a format (" + VerifyFormat.choices() + ")");
        }
        Verifier.Options options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (stack != null) {
            Optional<StackConfig> config = StackOptions.ofStack(stack).loadOrReport(err);
            if (config.isEmpty()) {
                return 1;
            }
            if (source == null) {
                source = "s3://" + config.get().logArchive().bucketName() + "/";
            }
            aws.region = aws.regionOr(config.get().homeRegion());
        }
        if (source == null) {
            return usage(err, "give SOURCE (s3://bucket[/prefix] or a folder) or --stack NAME");
        }
        String region = aws.regionOr("us-east-1");
        Optional<String[]> s3 = S3ObjectStore.parseUri(source);
        if (source.startsWith("s3://") && s3.isEmpty()) {
            return usage(err, "SOURCE " + source + ": expected s3://bucket[/prefix] with a valid bucket name");
        }
        if (s3.isEmpty() && !Files.isDirectory(Path.of(source))) {
            return usage(err, "SOURCE " + source + ": not a folder (a local copy of the bucket) nor s3://bucket[/prefix]");
        }
        if (s3.isPresent() && bucket != null) {
            return usage(err, "--bucket is for a local copy; an s3:// source names its bucket");
        }
        Deque<AutoCloseable> owned = new ArrayDeque<>();
        try {
            AwsCredentialsProvider[] credentials = new AwsCredentialsProvider[1];
            java.util.function.Supplier<AwsCredentialsProvider> creds = () -> {
                if (credentials[0] == null) {
                    credentials[0] = aws.access(region).credentials(owned);
                }
                return credentials[0];
            };
            PublicKeys keys;
            if (keyFile != null) {
                keys = KeyFile.read(keyFile);
            } else {
                CloudTrailPublicKeys listed = new CloudTrailPublicKeys(r -> CloudTrailClient.builder()
                        .region(Region.of(r)).credentialsProvider(creds.get()).build());
                owned.push(listed);
                keys = listed;
            }
            ObjectStore store;
            if (s3.isPresent()) {
                S3Client client = S3Client.builder().region(Region.of(region)).crossRegionAccessEnabled(true)
                        .credentialsProvider(creds.get()).build();
                store = new S3ObjectStore(client, s3.get()[0], s3.get()[1]);
            } else {
                store = new LocalObjectStore(Path.of(source), bucket);
            }
            owned.push(store);
            boolean draw = progress != null ? progress : ReplayCommand.stderrIsTerminal();
            VerifyReport report;
            try (VerifyProgress p = draw ? VerifyProgress.drawing(err) : VerifyProgress.silent()) {
                report = Verifier.run(store, keys, options, p);
            }
            out.print(chosen.get().render(report));
            return report.failed() ? FINDINGS : 0;
        } catch (PublicKeys.KeyException e) {
            err.println("trailguard verify: " + e.getMessage());
            return 1;
        } catch (IOException | SdkException e) {
            err.println("trailguard verify: " + source + ": " + e.getMessage());
            return 1;
        } finally {
            for (AutoCloseable c : owned) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing clients after the report is printed; nothing left to tell
                }
            }
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("trailguard verify: " + message);
        return 1;
    }

    private Verifier.Options options() {
        Map<String, String> given = new LinkedHashMap<>();
        for (String s : signatures) {
            int eq = s.lastIndexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new IllegalArgumentException("--signature " + s + ": expected KEY=HEX (the digest's S3 key and its x-amz-meta-signature)");
            }
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        if (signatureFile != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(signatureFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("--signatures " + signatureFile + ": " + e.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(signatureFile + ":" + (i + 1) + ": expected `KEY HEX`");
                }
                given.put(parts[0], parts[1]);
            }
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > 256) {
            throw new IllegalArgumentException("--threads " + n + ": expected 1 to 256");
        }
        Instant from = instant("--since", since);
        Instant to = instant("--until", until);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--since " + since + " is after --until " + until);
        }
        return new Verifier.Options(given, from, to, duration(freshWithin), Instant.now(), n);
    }

    private static Instant instant(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + text + ": expected a UTC time like 2026-01-31T00:00:00Z");
        }
    }

    private static Duration duration(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SHORT_DURATION.matcher(text);
        if (m.matches()) {
            long v = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(v);
                case "h" -> Duration.ofHours(v);
                default -> Duration.ofDays(v);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--fresh-within " + text + ": expected a duration like 2h, 90m, 1d or PT2H");
        }
    }
}
