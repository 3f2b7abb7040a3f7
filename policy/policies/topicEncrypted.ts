import { ResourceValidationPolicy } from "@pulumi/policy";
import { forType, T } from "../lib/resources";

const AWS_MANAGED_SNS_KEY = "alias/aws/sns";

export const topicEncrypted: ResourceValidationPolicy = {
    name: "topic-encrypted",
    description: "Every SNS topic is encrypted with a customer-managed KMS key; the AWS-managed alias/aws/sns key cannot grant cloudwatch.amazonaws.com, so alarms could not publish.",
    enforcementLevel: "mandatory",
    severity: "medium",
    validateResource: forType(T.topic, (topic, _args, report) => {
        const key: string | undefined = topic.kmsMasterKeyId;
        if (!key) {
            report("kmsMasterKeyId must name a customer-managed KMS key");
        } else if (key === AWS_MANAGED_SNS_KEY || key.endsWith(`:${AWS_MANAGED_SNS_KEY}`)) {
            report(`kmsMasterKeyId ${key} is AWS-managed: its key policy cannot let CloudWatch alarms publish`);
        }
    }),
};
