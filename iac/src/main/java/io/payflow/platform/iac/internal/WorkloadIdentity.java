package io.payflow.platform.iac.internal;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.providers.aws.data_aws_caller_identity.DataAwsCallerIdentity;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocument;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementCondition;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementPrincipals;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksCluster;
import com.hashicorp.cdktf.providers.aws.iam_openid_connect_provider.IamOpenidConnectProvider;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import io.payflow.platform.topology.AwsName;
import io.payflow.platform.topology.Environment;
import java.util.List;
import software.constructs.Construct;

/**
 * The identity External Secrets runs as in the cluster (IRSA): the cluster's OIDC issuer as an IAM
 * identity provider, and a role only the {@code external-secrets} service account can assume,
 * allowed to read the environment's secrets and the shared ones, nothing else. IRSA rather than EKS
 * Pod Identity: the provider version these bindings pin (AWS 5.23) predates Pod Identity.
 */
final class WorkloadIdentity {
  static final String SERVICE_ACCOUNT = "system:serviceaccount:external-secrets:external-secrets";

  /**
   * IAM needs a thumbprint in this provider version, but does not use it for EKS's issuer: it
   * trusts the issuer's certificate through its own library of root CAs. This is the root CA's.
   */
  private static final String EKS_OIDC_THUMBPRINT = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

  WorkloadIdentity(
      Construct scope, Environment env, Origin origin, EksCluster eks, String organisation) {
    String issuer = eks.getIdentity().get(0).getOidc().get(0).getIssuer();
    IamOpenidConnectProvider provider =
        IamOpenidConnectProvider.Builder.create(scope, "eks-oidc")
            .url(issuer)
            .clientIdList(List.of("sts.amazonaws.com"))
            .thumbprintList(List.of(EKS_OIDC_THUMBPRINT))
            .tags(Tags.of(origin, env.eks().name() + "-oidc"))
            .build();
    String host = Fn.replace(issuer, "https://", "");
    DataAwsIamPolicyDocument trust =
        DataAwsIamPolicyDocument.Builder.create(scope, "external-secrets-trust")
            .statement(
                List.of(
                    DataAwsIamPolicyDocumentStatement.builder()
                        .effect("Allow")
                        .actions(List.of("sts:AssumeRoleWithWebIdentity"))
                        .principals(
                            List.of(
                                DataAwsIamPolicyDocumentStatementPrincipals.builder()
                                    .type("Federated")
                                    .identifiers(List.of(provider.getArn()))
                                    .build()))
                        .condition(
                            List.of(
                                condition(host + ":sub", SERVICE_ACCOUNT),
                                condition(host + ":aud", "sts.amazonaws.com")))
                        .build()))
            .build();
    String roleName = AwsName.externalSecretsRole(env.eks());
    IamRole role =
        IamRole.Builder.create(scope, "external-secrets-role")
            .name(roleName)
            .assumeRolePolicy(trust.getJson())
            .tags(Tags.of(origin, roleName))
            .build();
    DataAwsCallerIdentity account = DataAwsCallerIdentity.Builder.create(scope, "account").build();
    String secrets =
        "arn:aws:secretsmanager:" + env.region() + ":" + account.getAccountId() + ":secret:";
    DataAwsIamPolicyDocument read =
        DataAwsIamPolicyDocument.Builder.create(scope, "external-secrets-read")
            .statement(
                List.of(
                    DataAwsIamPolicyDocumentStatement.builder()
                        .effect("Allow")
                        .actions(
                            List.of(
                                "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
                        .resources(
                            List.of(
                                secrets + organisation + "/" + env.name() + "/*",
                                secrets + organisation + "/shared/*"))
                        .build()))
            .build();
    IamRolePolicy.Builder.create(scope, "external-secrets-read-policy")
        .role(role.getName())
        .name("read-" + env.name() + "-secrets")
        .policy(read.getJson())
        .build();
  }

  private static DataAwsIamPolicyDocumentStatementCondition condition(
      String variable, String value) {
    return DataAwsIamPolicyDocumentStatementCondition.builder()
        .test("StringEquals")
        .variable(variable)
        .values(List.of(value))
        .build();
  }
}
