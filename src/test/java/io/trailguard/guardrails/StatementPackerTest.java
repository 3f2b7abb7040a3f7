package io.trailguard.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatementPackerTest {

    private static final List<String> ACTIONS = IntStream.range(0, 120).mapToObj(i -> "logs:SomeProtectedOperation" + i).toList();

    @Test
    void aStatementTooBigForOneDocumentIsCutByActionsIntoNumberedParts() {
        Statement big = Statement.deny("DenyManyThings").actions(ACTIONS).resources("arn:aws:logs:*:*:log-group:/trailguard/*")
                .exceptPrincipals("arn:aws:iam::*:role/Deploy").build();
        int limit = 1000;
        StatementPacker.Packing packing = StatementPacker.pack(List.of(big), limit);

        assertTrue(packing.oversized().isEmpty());
        assertTrue(packing.documents().size() > 1);
        Set<String> sids = new HashSet<>();
        for (PolicyDocument d : packing.documents()) {
            assertTrue(d.toJson().length() <= limit, d.toJson().length() + " > " + limit);
            d.statements().forEach(s -> assertTrue(sids.add(s.sid()) && s.sid().matches("DenyManyThings\\d+"), s.sid()));
        }
        assertEquals(DenyMeaning.of(List.of(PolicyDocument.of(big).toJson())),
                DenyMeaning.of(packing.documents().stream().map(PolicyDocument::toJson).toList()));
    }

    @Test
    void aNotActionStatementOnOneResourceCannotBeCutAndIsReported() {
        Statement regionDeny = Statement.deny("DenyOutsideAllowedRegions").notActions(ACTIONS).resources("*")
                .condition("StringNotEquals", "aws:RequestedRegion", "eu-west-1").build();
        int size = PolicyDocument.of(regionDeny).toJson().length();
        StatementPacker.Packing packing = StatementPacker.pack(List.of(regionDeny), size - 1);

        assertTrue(packing.documents().isEmpty());
        assertEquals(new StatementPacker.Oversized("DenyOutsideAllowedRegions", size), packing.oversized().orElseThrow());
    }

    @Test
    void statementsThatFitStayWholeAndInOrder() {
        Statement a = Statement.deny("A").actions("s3:DeleteBucket").resources("arn:aws:s3:::a").build();
        Statement b = Statement.deny("B").actions("s3:DeleteBucket").resources("arn:aws:s3:::b").build();
        int both = PolicyDocument.of(a, b).toJson().length();
        assertEquals(List.of(PolicyDocument.of(a, b)), StatementPacker.pack(List.of(a, b), both).documents());
        assertEquals(List.of(PolicyDocument.of(a), PolicyDocument.of(b)), StatementPacker.pack(List.of(a, b), both - 1).documents());
    }
}
