package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A unit of Terraform state: a CDKTF stack, a {@code *.tf.json} or a plan. {@code pathPrefix} names
 * the stack file inside a cdktf.out/ directory ({@code stacks/hub/cdk.tf.json#}), or is empty.
 * {@code backend} is the S3 backend block when the input shows one (plans never do), {@code
 * outputs} the stack's output expressions (for CDKTF cross-stack references).
 */
record TfStack(
    String name,
    String pathPrefix,
    JsonNode backend,
    boolean backendVisible,
    List<String> dependencies,
    Map<String, String> outputs,
    Map<String, String> tags) {}
