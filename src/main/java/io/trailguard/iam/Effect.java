package io.trailguard.iam;

public enum Effect {
    Allow, Deny
}
