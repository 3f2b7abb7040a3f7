package io.trailguard.guardrails;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Distributes statements over as few documents of at most {@code limit} characters as a single ordered
 * pass allows. Spreading Deny statements over several SCPs attached to the same targets keeps their
 * meaning: a request is denied if any attached SCP denies it. A statement that is too big on its own is
 * cut into parts by its Action list, else by its Resource list (a Deny of A∪B is a Deny of A plus a Deny
 * of B); one that cannot be cut is reported.
 */
final class StatementPacker {

    /** The documents, or the statement that cannot fit any document and the size it needs. */
    record Packing(List<PolicyDocument> documents, Optional<Oversized> oversized) {}

    record Oversized(String sid, int size) {}

    private StatementPacker() {}

    static int size(List<Statement> statements) {
        return new PolicyDocument(statements).toJson().length();
    }

    static Packing pack(List<Statement> statements, int limit) {
        List<PolicyDocument> documents = new ArrayList<>();
        List<Statement> current = new ArrayList<>();
        for (Statement statement : statements) {
            for (Statement part : partsThatFit(statement, limit)) {
                if (size(List.of(part)) > limit) {
                    return new Packing(List.of(), Optional.of(new Oversized(statement.sid(), size(List.of(part)))));
                }
                current.add(part);
                if (size(current) > limit) {
                    current.remove(current.size() - 1);
                    documents.add(new PolicyDocument(current));
                    current = new ArrayList<>(List.of(part));
                }
            }
        }
        if (!current.isEmpty()) {
            documents.add(new PolicyDocument(current));
        }
        return new Packing(documents, Optional.empty());
    }

    /** The statement itself if it fits alone, else numbered halves, recursively, as far as they can be cut. */
    private static List<Statement> partsThatFit(Statement s, int limit) {
        List<Statement> pieces = cut(s, limit);
        if (pieces.size() == 1) {
            return pieces;
        }
        List<Statement> numbered = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            numbered.add(withSid(pieces.get(i), s.sid() == null ? null : s.sid() + (i + 1)));
        }
        return numbered;
    }

    private static List<Statement> cut(Statement s, int limit) {
        if (size(List.of(s)) <= limit) {
            return List.of(s);
        }
        List<Statement> halves = halves(s);
        if (halves.isEmpty()) {
            return List.of(s);
        }
        List<Statement> pieces = new ArrayList<>();
        halves.forEach(h -> pieces.addAll(cut(h, limit)));
        return pieces;
    }

    private static List<Statement> halves(Statement s) {
        if (s.actions().size() > 1) {
            int mid = s.actions().size() / 2;
            return List.of(
                    copy(s, s.actions().subList(0, mid), s.resources()),
                    copy(s, s.actions().subList(mid, s.actions().size()), s.resources()));
        }
        if (s.resources().size() > 1) {
            int mid = s.resources().size() / 2;
            return List.of(
                    copy(s, s.actions(), s.resources().subList(0, mid)),
                    copy(s, s.actions(), s.resources().subList(mid, s.resources().size())));
        }
        return List.of();
    }

    private static Statement copy(Statement s, List<String> actions, List<String> resources) {
        return new Statement(s.sid(), s.effect(), s.principal(), actions, s.notActions(), resources, s.notResources(), s.conditions());
    }

    private static Statement withSid(Statement s, String sid) {
        return new Statement(sid, s.effect(), s.principal(), s.actions(), s.notActions(), s.resources(), s.notResources(), s.conditions());
    }
}
