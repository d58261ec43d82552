#!/usr/bin/env python3
"""Writes a `terraform show -json`-shaped plan of about N resources for benchmarks.

Shape per 100 resources: a VPC with 6 subnets, NAT and EIP, 2 VPC endpoints, 30 instances,
20 security groups (one SSH rule each), 2 RDS instances and a Redis group in subnet groups of
two zones, 10 secrets and unpriced resources (IAM roles, S3 buckets); an EKS cluster and node group per 1,000. All
clean, attributed by Environment tag, with configuration references from subnets to VPCs.
Usage: gen_plan.py N OUT.json [FIRST_UNIT] [--as-terraform-writes]
FIRST_UNIT numbers the VPCs from there (default 0), so that several plans given together (an
organisation's gate over every stack) have ranges of their own instead of 200 copies of one.
--as-terraform-writes adds what `terraform show -json` writes besides the changes and that the
rules do not read: planned_values and prior_state (every resource's values again, twice) and the
sensitivity markers of each change; about 2.5 times the size.
"""
import json
import sys

full = "--as-terraform-writes" in sys.argv
args = [a for a in sys.argv[1:] if a != "--as-terraform-writes"]
n, out = int(args[0]), args[1]
first = int(args[2]) if len(args) > 2 else 0
changes, config = [], []
envs = ["production", "development", "staging"]


def add(rtype, name, after, expressions=None):
    address = f"{rtype}.{name}"
    changes.append({"address": address, "mode": "managed", "type": rtype, "name": name,
                    "provider_name": "registry.terraform.io/hashicorp/aws",
                    "change": {"actions": ["create"], "before": None, "after": after, "after_unknown": {"id": True}}})
    config.append({"address": address, "mode": "managed", "type": rtype, "name": name, "expressions": expressions or {}})


units = max(1, n // 100)
for u in range(first, first + units):
    env = envs[u % 3]
    tags = {"Environment": env, "ManagedBy": "bench"}
    vpc = f"vpc_{u}"
    # One /20 per VPC inside 10.0.0.0/8 (room for 4,096 VPCs), six /24 subnets in each.
    a, b = u // 16, (u % 16) * 16
    add("aws_vpc", vpc, {"cidr_block": f"10.{a}.{b}.0/20", "tags": tags}, {"cidr_block": {"constant_value": f"10.{a}.{b}.0/20"}})
    ref = {"references": [f"aws_vpc.{vpc}.id", f"aws_vpc.{vpc}"]}
    for s in range(6):
        add("aws_subnet", f"subnet_{u}_{s}", {"cidr_block": f"10.{a}.{b + s}.0/24", "availability_zone": f"us-east-1{'abc'[s % 3]}", "tags": tags},
            {"vpc_id": ref})
    add("aws_eip", f"nat_{u}", {"domain": "vpc", "tags": tags})
    add("aws_nat_gateway", f"nat_{u}", {"tags": tags})
    for svc in ("s3", "dynamodb"):
        add("aws_vpc_endpoint", f"{svc}_{u}", {"service_name": f"com.amazonaws.us-east-1.{svc}", "vpc_endpoint_type": "Gateway", "tags": tags},
            {"vpc_id": ref})
    for i in range(30):
        add("aws_instance", f"app_{u}_{i}", {"instance_type": "t3.medium", "associate_public_ip_address": False, "tags": tags})
    for g in range(20):
        add("aws_security_group", f"sg_{u}_{g}", {"name": f"bastion-{u}-{g}" if g == 0 else f"app-{u}-{g}", "tags": tags,
            "ingress": [{"protocol": "tcp", "from_port": 22 if g == 0 else 443, "to_port": 22 if g == 0 else 443,
                         "cidr_blocks": ["203.0.113.0/24"]}]}, {"vpc_id": ref})
    # The data services in subnet groups over the third and fourth subnets (zones a and b).
    data_subnets = {"references": [f"aws_subnet.subnet_{u}_3.id", f"aws_subnet.subnet_{u}_3",
                                   f"aws_subnet.subnet_{u}_4.id", f"aws_subnet.subnet_{u}_4"]}
    for kind in ("db", "elasticache"):
        add(f"aws_{kind}_subnet_group", f"data_{u}", {"name": f"data-{u}", "tags": tags}, {"subnet_ids": data_subnets})
    in_group = lambda kind: {"references": [f"aws_{kind}_subnet_group.data_{u}.name", f"aws_{kind}_subnet_group.data_{u}"]}
    for d in range(2):
        add("aws_db_instance", f"db_{u}_{d}", {"engine": "postgres", "instance_class": "db.t3.micro", "allocated_storage": 20,
            "multi_az": True, "manage_master_user_password": True, "storage_encrypted": True, "db_subnet_group_name": f"data-{u}", "tags": tags},
            {"db_subnet_group_name": in_group("db")})
    # Multi-AZ with automatic failover: AWS refuses the one without the other (PF-HA-002).
    add("aws_elasticache_replication_group", f"redis_{u}", {"node_type": "cache.t3.micro", "num_cache_clusters": 2,
        "multi_az_enabled": True, "automatic_failover_enabled": True,
        "at_rest_encryption_enabled": True, "transit_encryption_enabled": True, "subnet_group_name": f"data-{u}", "tags": tags},
        {"auth_token": {"references": ["data.aws_secretsmanager_secret_version.redis.secret_string", "data.aws_secretsmanager_secret_version.redis"]},
         "subnet_group_name": in_group("elasticache")})
    for s in range(10):
        add("aws_secretsmanager_secret", f"secret_{u}_{s}", {"name": f"app/{u}/{s}", "tags": tags})
    for r in range(10):
        add("aws_iam_role", f"role_{u}_{r}", {"name": f"role-{u}-{r}", "tags": tags})
    for r in range(8):
        add("aws_s3_bucket", f"bucket_{u}_{r}", {"bucket": f"bench-{u}-{r}", "tags": tags})
    if u % 10 == 0:
        add("aws_eks_cluster", f"eks_{u}", {"name": f"eks-{u}", "vpc_config": [{"endpoint_public_access": False, "endpoint_private_access": True,
            "subnet_ids": []}], "encryption_config": [{"resources": ["secrets"]}], "tags": tags},
            {"vpc_config": [{"subnet_ids": {"references": [f"aws_subnet.subnet_{u}_0.id", f"aws_subnet.subnet_{u}_0", f"aws_subnet.subnet_{u}_1.id", f"aws_subnet.subnet_{u}_1"]}}]})
        add("aws_eks_node_group", f"nodes_{u}", {"cluster_name": f"eks-{u}", "instance_types": ["t3.medium"],
            "scaling_config": [{"desired_size": 2, "min_size": 2, "max_size": 4}], "tags": tags},
            {"subnet_ids": {"references": [f"aws_subnet.subnet_{u}_0.id", f"aws_subnet.subnet_{u}_0", f"aws_subnet.subnet_{u}_1.id", f"aws_subnet.subnet_{u}_1"]}})
        for svc in ("ecr.api", "ecr.dkr", "secretsmanager", "logs"):
            add("aws_vpc_endpoint", f"{svc.replace('.', '_')}_{u}", {"service_name": f"com.amazonaws.us-east-1.{svc}", "vpc_endpoint_type": "Interface",
                "private_dns_enabled": True, "subnet_ids": ["a", "b"], "tags": tags}, {"vpc_id": ref})

plan = {"format_version": "1.2", "terraform_version": "1.9.8", "resource_changes": changes,
        "configuration": {"root_module": {"resources": config}}}
if full:
    state = [{"address": c["address"], "mode": c["mode"], "type": c["type"], "name": c["name"],
              "provider_name": c["provider_name"], "schema_version": 0,
              "values": c["change"]["after"], "sensitive_values": {}} for c in changes]
    for c in changes:
        c["change"].update({"after_sensitive": {}, "before_sensitive": False})
    # In Terraform's order: planned_values before the changes, prior_state after them.
    plan = {"format_version": "1.2", "terraform_version": "1.9.8",
            "planned_values": {"root_module": {"resources": state}}, "resource_changes": changes,
            "prior_state": {"format_version": "1.0", "terraform_version": "1.9.8",
                            "values": {"root_module": {"resources": state}}},
            "configuration": plan["configuration"]}
with open(out, "w") as f:
    json.dump(plan, f)
print(f"{out}: {len(changes)} resources")
