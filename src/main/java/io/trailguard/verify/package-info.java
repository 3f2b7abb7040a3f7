/**
 * {@code trailguard verify}: CloudTrail log-file integrity validation, organization-wide, implementing AWS's
 * documented custom validation.
 *
 * <p>Sources, cited at each check: the CloudTrail user guide pages
 * <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-digest-file-structure.html">cloudtrail-log-file-validation-digest-file-structure</a>
 * (digest location, fields, starting and empty digests, signature metadata, chaining) and
 * <a href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-custom-validation.html">cloudtrail-log-file-custom-validation</a>
 * (string to sign, SHA256withRSA verification, log hashes over the uncompressed content, offline validation), and
 * the AWS CLI's reference implementation {@code awscli/customizations/cloudtrail/validation.py} (aws/aws-cli) where
 * the guide is silent (a starting digest signs the word {@code null}; backfill digests).
 *
 * <p>Everything that touches AWS is behind {@link io.trailguard.verify.ObjectStore} and
 * {@link io.trailguard.verify.PublicKeys}, so the algorithm is tested without AWS.
 */
package io.trailguard.verify;
