#!/usr/bin/env bash
# The SDK as its users get it, checked from the outside:
#  1. builds the published artifacts the way a release does (profile release, unsigned; the tests were run by
#     `mvn verify`) and checks that the Central bundle holds a POM, jar, -sources and -javadoc jar for each;
#  2. builds .ci/consumer against that bundle, unzipped into a throwaway repository, with a throwaway local
#     repository (nothing is installed into ~/.m2; Maven Central must be reachable): it imports sdk-bom, depends
#     on the four providers and sdk-testkit, compiles with `javac -Xlint:all -Werror` and runs a JUnit test of
#     each client against its testkit fake;
#  3. sums the runtime jars of the four providers (the footprint) and fails above FOOTPRINT_BUDGET bytes.
# Usage: .ci/consumer-check.sh   (from anywhere; KEEP_WORK=1 keeps the temporary directory)
set -euo pipefail
cd "$(dirname "$0")/.."

FOOTPRINT_BUDGET=${FOOTPRINT_BUDGET:-8000000}
PUBLISHED="cloudsdk-parent sdk-bom sdk-core sdk-scp sdk-infomaniak sdk-spaceone sdk-omnistrate sdk-testkit"

work="$(mktemp -d "${TMPDIR:-/tmp}/cloudsdk-consumer.XXXXXX")"
if [ "${KEEP_WORK:-0}" = 1 ]; then
  echo "consumer check: working in $work (kept)"
else
  trap 'rm -rf "$work"' EXIT
fi

# The project's version: the first <version> of the root POM, right after its artifactId.
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | sed -n 1p)"
echo "consumer check: SDK $version"

# 1. The published artifacts and their Central bundle.
mvn -B -ntp -P release -Dgpg.skip -DskipTests verify

bundle=target/central-publishing/central-bundle.zip
entries="$(jar tf "$bundle")"
missing=0
for artifact in $PUBLISHED; do
  suffixes=".pom"
  case "$artifact" in cloudsdk-parent|sdk-bom) ;; *) suffixes=".pom .jar -sources.jar -javadoc.jar" ;; esac
  for suffix in $suffixes; do
    if ! grep -q "^dev/cloudsdk/$artifact/$version/$artifact-$version$suffix\$" <<<"$entries"; then
      echo "consumer check: $bundle lacks $artifact-$version$suffix" >&2
      missing=1
    fi
  done
done
if grep -qE '^dev/cloudsdk/(examples|benchmarks)/' <<<"$entries"; then
  echo "consumer check: $bundle contains examples or benchmarks, which are not published" >&2
  missing=1
fi
if grep -qE -- '-tests\.jar$' <<<"$entries"; then
  echo "consumer check: $bundle contains a test jar (the build's own test helpers are not published)" >&2
  missing=1
fi
[ "$missing" = 0 ] || exit 1
echo "consumer check: the bundle holds $(grep -c '\.jar$' <<<"$entries") jars of $(wc -w <<<"$PUBLISHED") artifacts"

# 2. A consumer of the bundle, compiled with -Xlint:all -Werror and tested against the fakes.
mkdir "$work/sdk-repo"
(cd "$work/sdk-repo" && jar xf "$OLDPWD/$bundle")
cp -R .ci/consumer "$work/consumer"
mvn -B -ntp -f "$work/consumer/pom.xml" -Dmaven.repo.local="$work/m2" \
  -Dcloudsdk.version="$version" -Dcloudsdk.repository="file://$work/sdk-repo" package

# 3. The footprint: every runtime jar of the four providers.
total=0
count=0
for jar in "$work"/consumer/target/runtime-jars/*.jar; do
  size=$(wc -c <"$jar")
  printf '%10d  %s\n' "$size" "$(basename "$jar")"
  total=$((total + size))
  count=$((count + 1))
done
mb="$(awk -v b="$total" 'BEGIN { printf "%.2f", b / 1000000 }')"
echo "consumer check: footprint of the four providers: $mb MB in $count jars ($total bytes; budget $FOOTPRINT_BUDGET)"
if [ "$total" -gt "$FOOTPRINT_BUDGET" ]; then
  echo "consumer check: the footprint exceeds its budget" >&2
  exit 1
fi
