#!/usr/bin/env bash
# The consumer example, end to end: packs the content packages and the toolchain packages
# they depend on (as `npm publish` would ship them), installs the tarballs into this app,
# which is outside the workspace, type-checks it under `strict`, runs it and checks its output.
# Needs the packages built first: `pnpm install && pnpm build` at the repository root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

# Toolchain packages first, then the content packages that depend on them.
packages=(
  packages/types
  packages/model
  packages/dose-calculator
  packages/conditions
  packages/content/knowledge-graph
  packages/content/references
  packages/content/regimens
  packages/content/rules
  packages/content/fhir
)

# pnpm as the repository pins it, also where only Node.js and npm are installed (as in CI).
if command -v pnpm >/dev/null; then pnpm=(pnpm); else pnpm=(npx --yes "$(node -p "require('$root/package.json').packageManager")"); fi

rm -rf vendor node_modules dist
mkdir -p vendor
for package in "${packages[@]}"; do
  if [ ! -f "$root/$package/dist/index.js" ] && [ ! -d "$root/$package/dist/package" ]; then
    echo "$package/dist is missing: run \`pnpm install && pnpm build\` at the repository root first." >&2
    exit 1
  fi
  # pnpm pack writes the workspace: ranges as versions; the tarball is renamed without its
  # version so that package.json can name it (file:vendor/<scope>-<name>.tgz).
  tarball="$(cd "$root/$package" && "${pnpm[@]}" pack --pack-destination "$here/vendor" | tail -n 1)"
  name="$(basename "$tarball")"
  mv "$tarball" "vendor/${name%-[0-9]*.[0-9]*.[0-9]*.tgz}.tgz"
done

echo "== install the packed tarballs (registry packages: TypeScript and Node types)"
npm install --no-package-lock --no-audit --no-fund --loglevel=error

echo "== type-check (strict)"
npx --no-install tsc --noEmit

echo "== build and run"
npx --no-install tsc
output="$(node dist/main.js)"
printf '%s\n' "$output"

expect() {
  if ! grep -qE -- "$1" <<<"$output"; then
    echo "consumer example: expected a line matching /$1/" >&2
    exit 1
  fi
}
expect '^  karboplatin \(carboplatin, L01XA02\) AUC 5 × \(GFR 90 \+ 25\) = 575 mg  \[guideline-src/livmoderkroppscancer/13-behandling-av-aterfall\.md:[0-9]+:[0-9]+\]$'
expect '^  paklitaxel \(paclitaxel, L01CD01\) 175 mg/m2 × BSA 1\.82 m2 = 318 mg  \[guideline-src/livmoderkroppscancer/13-behandling-av-aterfall\.md:[0-9]+:[0-9]+\]$'
expect '^Recommendations for dMMR recurrence after platinum:$'
expect '^  Vid tumör med defekta MMR-proteiner/MSI-H .* maximalt 2 år\. → dostarlimab  \[guideline-src/livmoderkroppscancer/13-behandling-av-aterfall\.md:[0-9]+:[0-9]+\]$'
expect '^  Vid dMMR bör patienten remitteras till en ärftlighetsmottagning\.  \['
expect '^KarPak from the FHIR Bundle:$'
expect '^  karboplatin \(carboplatin, L01XA02\) AUC 5 × \(GFR 90 \+ 25\) = 575 mg  \[guideline-src/livmoderkroppscancer/13-behandling-av-aterfall\.md:[0-9]+:[0-9]+\]$'
expect "^FHIR doses equal the regimens package's: yes$"
echo "consumer example: ok"
