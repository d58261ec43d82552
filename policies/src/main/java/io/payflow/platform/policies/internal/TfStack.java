package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A unit of Terraform state: a CDKTF stack, a {@code *.tf.json} or a plan. {@code pathPrefix} names
 * the stack file inside a cdktf.out/ directory ({@code stacks/hub/cdk.tf.json#}), or is empty.
 * {@code backendType} is the backend's type ({@code s3}, {@code local}, {@code gcs}...) and {@code
 * backend} its settings when the input shows one (plans never do: {@code backendVisible} is then
 * false); {@code outputs} the stack's output expressions (for CDKTF cross-stack references); {@code
 * regions} the region each resource is created in, where the input gives it as a value.
 */
record TfStack(
    String name,
    String pathPrefix,
    String backendType,
    JsonNode backend,
    boolean backendVisible,
    List<String> dependencies,
    Map<String, String> outputs,
    Map<String, String> tags,
    ProviderRegions regions) {

  /** The S3 state key, when the backend is S3 and the key is a literal. */
  String s3Key() {
    return "s3".equals(backendType) && backend != null
        ? TfValues.literal(backend.path("key"))
        : null;
  }
}
