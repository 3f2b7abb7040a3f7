package io.trailguard.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real, published structures (src/test/resources/verify/SOURCES.md): AWS's sample digests and its sample
 * ListPublicKeys response, read by the same code that reads a bucket.
 */
class DocumentedStructureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static byte[] resource(String name) throws Exception {
        try (InputStream in = DocumentedStructureTest.class.getResourceAsStream("/verify/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theGuidesSampleDigestParsesAndItsNameIsADigestName() throws Exception {
        DigestFile d = DigestFile.parse(resource("aws-docs-sample-digest.json"));
        assertEquals("2015-08-17T15:01:31Z", d.digestEndTime());
        assertEquals("31e8b5433410dfb61a9dc45cc65b22ff", d.digestPublicKeyFingerprint());
        assertEquals(1, d.logFiles().size());
        assertEquals("SHA-256", d.logFiles().get(0).hashAlgorithm());
        DigestKey key = DigestKey.parse(d.digestS3Object()).orElseThrow();
        assertEquals("111122223333", key.chain().account());
        assertEquals("us-east-2", key.chain().region());
        assertEquals("your-trail-name", key.chain().trail());
        assertEquals(Instant.parse("2015-08-17T15:01:31Z"), key.end());
        assertEquals(DigestKey.parse(d.previousDigestS3Object()).orElseThrow().chain(), key.chain());
        assertTrue(LogKey.parse(d.logFiles().get(0).s3Object()).isPresent());
    }

    @Test
    void theGuidesEmptyDigestHasNoLogFilesAndNullEventTimes() throws Exception {
        DigestFile d = DigestFile.parse(resource("aws-docs-sample-empty-digest.json"));
        assertEquals(0, d.logFiles().size());
        assertTrue(!d.starting());
    }

    @Test
    void theStringToSignHasTheDocumentedLayout() throws Exception {
        // "D. Recreate the Data Signing String": end time, bucket/object, hex SHA-256 of the digest, previous signature,
        // joined by '\n'.
        byte[] json = resource("aws-docs-sample-digest.json");
        DigestFile d = DigestFile.parse(json);
        String sha = TrailArchive.hex(TrailArchive.sha256(json));
        String[] lines = Verifier.stringToSign(d, sha).split("\n", -1);
        assertEquals(4, lines.length);
        assertEquals("2015-08-17T15:01:31Z", lines[0]);
        assertEquals("S3-bucket-name/" + d.digestS3Object(), lines[1]);
        assertEquals(sha, lines[2]);
        assertEquals(d.previousDigestSignature(), lines[3]);
    }

    @Test
    void aStartingDigestHasNullPredecessorFieldsAndSignsTheWordNull() throws Exception {
        // "Starting Digest File": the five previousDigest* fields are null; the AWS CLI signs 'null' for the signature.
        ObjectNodeEditor e = new ObjectNodeEditor(resource("aws-docs-sample-digest.json"));
        for (String f : new String[] {"previousDigestS3Bucket", "previousDigestS3Object", "previousDigestHashValue",
            "previousDigestHashAlgorithm", "previousDigestSignature"}) {
            e.node.putNull(f);
        }
        DigestFile d = DigestFile.parse(e.bytes());
        assertTrue(d.starting());
        assertNull(d.previousDigestSignature());
        assertTrue(Verifier.stringToSign(d, "ab").endsWith("\nab\nnull"));
    }

    @Test
    void aDigestMissingARequiredFieldIsRefusedNamingTheField() throws Exception {
        for (String f : new String[] {"digestEndTime", "digestS3Object", "digestPublicKeyFingerprint", "previousDigestSignature", "logFiles"}) {
            ObjectNodeEditor e = new ObjectNodeEditor(resource("aws-docs-sample-digest.json"));
            e.node.remove(f);
            DigestFile.FormatException x = assertThrows(DigestFile.FormatException.class, () -> DigestFile.parse(e.bytes()));
            assertTrue(x.getMessage().startsWith(f), x.getMessage());
        }
        ObjectNodeEditor e = new ObjectNodeEditor(resource("aws-docs-sample-digest.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) e.node.get("logFiles").get(0)).remove("hashValue");
        assertTrue(assertThrows(DigestFile.FormatException.class, () -> DigestFile.parse(e.bytes())).getMessage()
                .startsWith("logFiles[0].hashValue"));
    }

    @Test
    void everyKeyInTheGuidesSampleListHasTheMd5OfItsValueAsFingerprintAndDecodes() throws Exception {
        JsonNode list = JSON.readTree(resource("aws-docs-sample-list-public-keys.json")).get("publicKeyList");
        assertEquals(3, list.size());
        for (JsonNode k : list) {
            byte[] der = Base64.getDecoder().decode(k.get("Value").asText());
            assertEquals(k.get("Fingerprint").asText(), SigningKey.fingerprintOf(der));
            SigningKey key = SigningKey.of(der, k.get("Fingerprint").asText(), null, null);
            assertEquals(2048, ((RSAPublicKey) key.key()).getModulus().bitLength());
        }
    }

    @Test
    void theGuidesSampleResponseIsAValidKeyFileUnderItsRegion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.json");
        Files.writeString(file, "{\"us-east-2\": " + new String(resource("aws-docs-sample-list-public-keys.json"), StandardCharsets.UTF_8) + "}");
        KeyFile keys = KeyFile.read(file);
        SigningKey k = keys.find("us-east-2", "31e8b5433410dfb61a9dc45cc65b22ff", Instant.EPOCH, Instant.now()).orElseThrow();
        assertEquals(Instant.ofEpochSecond(1434589370L), k.validFrom());
        assertTrue(keys.find("us-east-1", "31e8b5433410dfb61a9dc45cc65b22ff", Instant.EPOCH, Instant.now()).isEmpty());
    }

    @Test
    void aKeyFileWithASwappedKeyOrBadJsonIsRefusedNamingWhere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.json");
        String sample = new String(resource("aws-docs-sample-list-public-keys.json"), StandardCharsets.UTF_8);
        Files.writeString(file, "{\"us-east-2\": " + sample.replace("8933b39ddc64d26d8e14ffbf6566fee4", "8933b39ddc64d26d8e14ffbf6566fee5") + "}");
        PublicKeys.KeyException x = assertThrows(PublicKeys.KeyException.class, () -> KeyFile.read(file));
        assertTrue(x.getMessage().contains("us-east-2.PublicKeyList[1]: fingerprint 8933b39ddc64d26d8e14ffbf6566fee5 does not match"), x.getMessage());
        Files.writeString(file, "{\"us-east-2\": [1, 2]}");
        assertTrue(assertThrows(PublicKeys.KeyException.class, () -> KeyFile.read(file)).getMessage().contains("us-east-2: expected {\"PublicKeyList\""));
        Files.writeString(file, "{\"us-east-2\": ");
        assertTrue(assertThrows(PublicKeys.KeyException.class, () -> KeyFile.read(file)).getMessage().startsWith(file.toString()));
    }

    @Test
    void aTestKeyInPkcs1FormRoundTripsAndVerifiesWhatItsPairSigned() throws Exception {
        byte[] der = TrailArchive.publicDer("eu-west-1");
        SigningKey key = SigningKey.of(der, null, null, null);
        byte[] sig = TrailArchive.signRaw("eu-west-1", "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(Verifier.verifies("x", sig, key));
        assertTrue(!Verifier.verifies("y", sig, key));
    }

    /** Edits a JSON object read from bytes. */
    static final class ObjectNodeEditor {
        final com.fasterxml.jackson.databind.node.ObjectNode node;

        ObjectNodeEditor(byte[] json) throws Exception {
            node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
        }

        byte[] bytes() throws Exception {
            return JSON.writeValueAsBytes(node);
        }
    }
}
