#!/usr/bin/env bash
# Refreshes the vendored front-end packages from the npm registry (versions pinned in frontend/package.json).
# Run by a developer when upgrading; the Maven build itself never downloads Node or npm packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
cp "$root/frontend/package.json" "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts)
nm="$work/node_modules"
static="$root/src/main/resources/static/vendor"
mkdir -p "$static/utrecht" "$static/htmx" "$static/chartjs" "$root/src/test/resources/axe"
cp "$nm/@utrecht/component-library-css/dist/index.css" "$static/utrecht/component-library.css"
cp "$nm/@utrecht/component-library-css/LICENSE.md" "$static/utrecht/LICENSE.md"
cp "$nm/@utrecht/design-tokens/dist/theme.css" "$static/utrecht/design-tokens-theme.css"
cp "$nm/htmx.org/dist/htmx.min.js" "$static/htmx/htmx.min.js"
cp "$nm/htmx.org/LICENSE" "$static/htmx/LICENSE"
cp "$nm/chart.js/dist/chart.umd.min.js" "$static/chartjs/chart.umd.min.js"
cp "$nm/chart.js/LICENSE.md" "$static/chartjs/LICENSE.md"
cp "$nm/axe-core/axe.min.js" "$root/src/test/resources/axe/axe.min.js"
cp "$nm/axe-core/LICENSE" "$root/src/test/resources/axe/LICENSE"
cp "$work/package-lock.json" "$root/frontend/package-lock.json"
rm -rf "$work"
echo "Vendored front-end packages refreshed."
