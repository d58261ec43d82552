#!/usr/bin/env bash
# Deploys the reactor to a local file repository with the publish profile and checks what Maven
# Central would: every module has its POM, jar, sources jar and Javadoc jar (the Javadoc of the
# public API builds without a warning); the POMs carry name, description, URL, licence, developers
# and SCM (the modules inherit them from the parent, which is deployed too); the BOM pins every
# module at the reactor's version.
set -euo pipefail
cd "$(dirname "$0")/.."

repo="$PWD/target/publish-repo"
rm -rf "$repo"
./mvnw -B -q -P publish -DskipTests -Dmaven.install.skip=true deploy \
  -DaltDeploymentRepository="local::file://$repo"

base="$repo/io/payflow/platform"
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | sed -n 1p)
fail=0
need() { # file glob, what
  if ! compgen -G "$1" >/dev/null; then
    echo "publish-check: missing $2 ($1)" >&2
    fail=1
  fi
}
for module in topology-model policies iac validator-cli; do
  dir="$base/$module/$version"
  need "$dir/$module-*.pom" "$module POM"
  need "$dir/$module-*[0-9].jar" "$module jar"
  need "$dir/$module-*-sources.jar" "$module sources jar"
  need "$dir/$module-*-javadoc.jar" "$module Javadoc jar"
done
for pom in payflow-platform payflow-bom; do
  file=$(compgen -G "$base/$pom/$version/$pom-*.pom" | sed -n 1p || true)
  if [[ -z "$file" ]]; then
    echo "publish-check: missing the $pom POM" >&2
    fail=1
    continue
  fi
  for element in name description url licenses developers scm; do
    grep -q "<$element>" "$file" || { echo "publish-check: $pom POM has no <$element>" >&2; fail=1; }
  done
done
bom=$(compgen -G "$base/payflow-bom/$version/payflow-bom-*.pom" | sed -n 1p || true)
if [[ -n "$bom" ]]; then
  for module in topology-model policies iac validator-cli; do
    grep -q "<artifactId>$module</artifactId>" "$bom" \
      || { echo "publish-check: the BOM does not pin $module" >&2; fail=1; }
  done
  grep -q "<version>$version</version>" "$bom" \
    || { echo "publish-check: the BOM's version is not the reactor's ($version)" >&2; fail=1; }
fi
if [[ $fail -ne 0 ]]; then
  exit 1
fi
echo "publish-check: every module has its POM, jar, sources and Javadoc; metadata and BOM complete ($version)"
