import { ResourceValidationPolicy } from "@pulumi/policy";
import { forType, T } from "../lib/resources";

export const kmsKeyRotation: ResourceValidationPolicy = {
    name: "kms-key-rotation",
    description: "Every symmetric encryption KMS key rotates its key material automatically.",
    enforcementLevel: "mandatory",
    severity: "medium",
    validateResource: forType(T.kmsKey, (key, args, report) => {
        // AWS rotates only symmetric encryption keys; asymmetric and HMAC keys cannot enable rotation.
        const symmetric = (key.customerMasterKeySpec ?? "SYMMETRIC_DEFAULT") === "SYMMETRIC_DEFAULT"
            && (key.keyUsage ?? "ENCRYPT_DECRYPT") === "ENCRYPT_DECRYPT";
        if (!symmetric) {
            args.notApplicable("only symmetric encryption keys can rotate");
        }
        if (key.enableKeyRotation !== true) {
            report("enableKeyRotation must be true");
        }
    }),
};
