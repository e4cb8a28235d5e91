#!/usr/bin/env bash
# Creates a scratch org with the package: deploys force-app, assigns the permission sets to you, and creates the
# five users of the help page's example (an Enterprise scratch org; demo-users.apex creates only the users whose
# Salesforce licences are free, and names the others). Needs the sf CLI (npm install --global @salesforce/cli) and a Dev Hub
# (sf org login web --set-default-dev-hub).
#   scripts/scratch-org.sh [alias]        (default alias: vcc-user-creation)
set -euo pipefail
cd "$(dirname "$0")/.."
alias_name="${1:-vcc-user-creation}"
command -v sf >/dev/null || { echo "The sf CLI is not installed: npm install --global @salesforce/cli" >&2; exit 2; }

sf org create scratch --definition-file config/project-scratch-def.json --alias "$alias_name" --duration-days 7 --set-default --wait 15
sf project deploy start --target-org "$alias_name" --wait 30
sf org assign permset --name VCC_User_Creation_Admin --name VCC_Named_Credential_Access --name VCC_Task_Field_Access --target-org "$alias_name"
sf apex run --file scripts/apex/demo-users.apex --target-org "$alias_name"
cat <<TEXT

Scratch org '$alias_name' is ready. Next:
  1. Setup > Named Credentials > External Credentials > VCC User Admin > Principals > VCC_API_Client:
     enter your VCC API client ID and secret (and the token URL / API URL of your region if not EMEA).
  2. sf org open --target-org $alias_name --path /lightning/n/VCC_User_Creation
  3. npm run test:org   runs the Apex tests in this org.
TEXT
