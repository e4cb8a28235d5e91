#!/usr/bin/env bash
# npm run test:org: the Apex tests in an org (default: the sf CLI's default org; or SF_TARGET_ORG=alias).
set -euo pipefail
command -v sf >/dev/null || { echo "The sf CLI is not installed: npm install --global @salesforce/cli" >&2; exit 2; }
target=()
[ -n "${SF_TARGET_ORG:-}" ] && target=(--target-org "$SF_TARGET_ORG")
sf apex run test "${target[@]}" --test-level RunLocalTests --code-coverage --result-format human --wait 30
