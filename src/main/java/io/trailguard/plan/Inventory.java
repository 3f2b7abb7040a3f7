package io.trailguard.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An Organizations inventory as {@code trailguard coverage --format json} writes it: its {@code accounts} array of
 * {@code id}, {@code name}, {@code state} and {@code parentId}. Read so {@code plan} can say which accounts a StackSet
 * deploys to; a file that is not such a document is an error naming the file and what is wrong, never a stack trace.
 */
public record Inventory(List<Account> accounts) {

    public record Account(String id, String name, String state, String parentId) {
        boolean live() {
            return state.equals("ACTIVE") || state.equals("PENDING_ACTIVATION");
        }
    }

    public static final class InvalidInventory extends RuntimeException {
        InvalidInventory(String message) {
            super(message);
        }
    }

    public static Inventory read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InvalidInventory(file + ": not JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInventory(file + ": cannot be read (" + e.getMessage() + ")");
        }
        JsonNode accounts = root == null ? null : root.get("accounts");
        if (accounts == null || !accounts.isArray()) {
            throw new InvalidInventory(file + ": no `accounts` array; write it with `trailguard coverage --format json`");
        }
        List<Account> out = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            JsonNode a = accounts.get(i);
            for (String key : List.of("id", "state", "parentId")) {
                if (!a.path(key).isTextual()) {
                    throw new InvalidInventory(file + ": accounts[" + i + "]." + key + " is missing or not a string");
                }
            }
            out.add(new Account(a.get("id").asText(), a.path("name").asText(""), a.get("state").asText(), a.get("parentId").asText()));
        }
        return new Inventory(List.copyOf(out));
    }
}
